using System.Security.Cryptography;
using System.Text;
using Grpc.Core;
using Grpc.Health.V1;
using Microsoft.Extensions.DependencyInjection;
using NewsLingo.Core.Translation;
using NewsLingo.Server.Security;
using NewsLingo.Testing;

namespace NewsLingo.Server.Production.Tests;

public sealed class AuthTests
{
    private const string Key = "nl-test-key-0123456789";

    private static Dictionary<string, string?> Auth(int permits = 100, int concurrent = 8) => new()
    {
        ["NewsLingo:Auth:Enabled"] = "true",
        ["NewsLingo:Auth:Keys:0:Name"] = "ci",
        ["NewsLingo:Auth:Keys:0:Sha256"] = Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(Key))),
        ["NewsLingo:Auth:PermitsPerWindow"] = permits.ToString(System.Globalization.CultureInfo.InvariantCulture),
        ["NewsLingo:Auth:Window"] = "01:00:00",
        ["NewsLingo:Auth:MaxConcurrentCalls"] = concurrent.ToString(System.Globalization.CultureInfo.InvariantCulture),
    };

    [Theory]
    [InlineData(null)]
    [InlineData("x-api-key:wrong-key")]
    [InlineData("authorization:Bearer wrong-key")]
    public async Task A_missing_or_wrong_key_is_unauthenticated(string? header)
    {
        await using var host = NewsLingoHost.Start(Auth());
        var headers = new Metadata();
        if (header is not null)
        {
            var parts = header.Split(':', 2);
            headers.Add(parts[0], parts[1]);
        }

        var error = await Assert.ThrowsAsync<RpcException>(() => host.Translation.TranslateAsync(Requests.Translate("Bonjour."), headers).ResponseAsync);

        Assert.Equal(StatusCode.Unauthenticated, error.StatusCode);
        var info = error.GetRpcStatus()!.GetDetail<Google.Rpc.ErrorInfo>();
        Assert.Equal(AccessStatus.ApiKeyInvalid, info.Reason);
        Assert.Equal("newslingo", info.Domain);
    }

    [Theory]
    [InlineData("x-api-key", Key)]
    [InlineData("authorization", "Bearer " + Key)]
    public async Task A_valid_key_gets_in_either_way(string header, string value)
    {
        await using var host = NewsLingoHost.Start(Auth());

        var response = await host.Translation.TranslateAsync(Requests.Translate("Bonjour."), new Metadata { { header, value } });

        Assert.Equal("[es] Bonjour.", response.Texts[0].Translations[0].Text);
    }

    [Fact]
    public async Task Health_and_healthz_stay_open_without_a_key()
    {
        await using var host = NewsLingoHost.Start(Auth());
        using var http = host.CreateClient();

        var health = await new Grpc.Health.V1.Health.HealthClient(host.Channel).CheckAsync(new HealthCheckRequest());
        var healthz = await http.GetAsync("/healthz");

        Assert.Equal(HealthCheckResponse.Types.ServingStatus.Serving, health.Status);
        Assert.True(healthz.IsSuccessStatusCode);
    }

    [Fact]
    public async Task Exceeding_a_keys_rate_limit_is_resource_exhausted_with_retry_info()
    {
        await using var host = NewsLingoHost.Start(Auth(permits: 2));
        var headers = new Metadata { { "x-api-key", Key } };

        await host.Translation.TranslateAsync(Requests.Translate("Un."), headers);
        await host.Translation.TranslateAsync(Requests.Translate("Deux."), headers);
        var error = await Assert.ThrowsAsync<RpcException>(() => host.Translation.TranslateAsync(Requests.Translate("Trois."), headers).ResponseAsync);

        Assert.Equal(StatusCode.ResourceExhausted, error.StatusCode);
        var status = error.GetRpcStatus()!;
        Assert.Equal(AccessStatus.RateLimited, status.GetDetail<Google.Rpc.ErrorInfo>().Reason);
        var delay = status.GetDetail<Google.Rpc.RetryInfo>().RetryDelay.ToTimeSpan();
        Assert.InRange(delay, TimeSpan.FromSeconds(1), TimeSpan.FromHours(1));
    }

    [Fact]
    public async Task Enabling_auth_without_keys_stops_the_server_naming_the_setting()
    {
        var settings = new Dictionary<string, string?> { ["NewsLingo:Auth:Enabled"] = "true" };

        var error = await Assert.ThrowsAnyAsync<Exception>(async () =>
        {
            await using var host = NewsLingoHost.Start(settings);
        });

        Assert.Contains("NewsLingo:Auth:Keys is empty", error.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_key_over_its_concurrency_limit_is_refused_while_its_other_call_runs()
    {
        var gated = new GatedTranslator();
        await using var host = NewsLingoHost.Start(
            new Dictionary<string, string?>(Auth(concurrent: 1)) { ["NewsLingo:Backends:Translator"] = "gated" },
            s => s.AddKeyedSingleton<ITranslator>("gated", gated));
        var headers = new Metadata { { "x-api-key", Key } };

        var first = host.Translation.TranslateAsync(Requests.Translate("Premier appel."), headers).ResponseAsync;
        await gated.Started.Task.WaitAsync(TimeSpan.FromSeconds(30));
        var error = await Assert.ThrowsAsync<RpcException>(() => host.Translation.TranslateAsync(Requests.Translate("Second appel."), headers).ResponseAsync);
        gated.Release();
        var answered = await first;

        Assert.Equal(StatusCode.ResourceExhausted, error.StatusCode);
        Assert.Equal("concurrent calls", error.GetRpcStatus()!.GetDetail<Google.Rpc.ErrorInfo>().Metadata["limit"]);
        Assert.Equal("[es] Premier appel.", answered.Texts[0].Translations[0].Text);
    }
}
