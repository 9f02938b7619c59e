using NewsLingo.Testing;

namespace NewsLingo.Cli.Tests;

/// <summary>A backend that rejects the server's own credentials is the operator's problem: the CLI must not blame the caller's key.</summary>
public sealed class BackendFailureExitCodeTests
{
    [Fact]
    public async Task Rejected_backend_credentials_exit_3_unavailable_not_4_authentication()
    {
        await using var server = new NewsLingoHost()
            .With("NewsLingo:Fakes:FailureRate", "1")
            .With("NewsLingo:Fakes:FailureKind", "CredentialsRejected")
            .With("NewsLingo:Resilience:MaxRetries", "0");

        var run = await CliHarness.RunAsync(server, ["translate", "Le maire a parlé.", "--from", "fr", "--to", "es"]);

        Assert.Equal(ExitCodes.Unavailable, run.ExitCode);
        Assert.Contains("Unavailable", run.Error, StringComparison.Ordinal);
        Assert.Contains("reason: BACKEND_CREDENTIALS_REJECTED", run.Error, StringComparison.Ordinal);
    }
}
