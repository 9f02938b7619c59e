using Grpc.Core;
using NewsLingo.Backends.Azure.Tests.Emulation;
using NewsLingo.Backends.SemanticKernel.Tests.Emulation;
using NewsLingo.Contracts.V1;
using NewsLingo.Testing;

namespace NewsLingo.Server.Tests;

/// <summary>
/// The composed server against the vendor emulations: one owner for retries and timeouts, so a
/// failing call reaches the vendor at most 1 + NewsLingo:Resilience:MaxRetries times, a long
/// Retry-After is handed to the caller instead of waited, and each backend's declared timeout applies.
/// </summary>
public sealed class BackendCallOwnershipTests
{
    private static readonly TranslateRequest Request = new() { Texts = { "Le maire a parlé." }, SourceLanguage = "fr", TargetLanguages = { "es" } };

    private static NewsLingoHost OnAzure(TranslatorEmulator azure) => new NewsLingoHost()
        .With("NewsLingo:Backends:Translator", "azure")
        .With("NewsLingo:Cache:Enabled", "false")
        .With("NewsLingo:Azure:Translator:Endpoint", azure.Endpoint.ToString())
        .With("NewsLingo:Azure:Translator:Key", TranslatorEmulator.ValidKey)
        .With("NewsLingo:Azure:Translator:Region", TranslatorEmulator.ValidRegion);

    private static NewsLingoHost OnLlm(ChatCompletionsEmulator llm) => new NewsLingoHost()
        .With("NewsLingo:Backends:Translator", "llm")
        .With("NewsLingo:Cache:Enabled", "false")
        .With("NewsLingo:Llm:Provider", "OpenAI")
        .With("NewsLingo:Llm:ModelId", "gpt-4o-mini")
        .With("NewsLingo:Llm:Endpoint", llm.BaseUrl.AbsoluteUri)
        .With("NewsLingo:Llm:ApiKey", ChatCompletionsEmulator.ValidKey);

    /// <summary>The language list fetched first, so the faults a test injects meet the translate calls.</summary>
    private static async Task<NewsLingoHost> ReadyAsync(NewsLingoHost host)
    {
        await host.Translation.ListLanguagesAsync(new ListLanguagesRequest());
        return host;
    }

    [Theory]
    [InlineData(0)]
    [InlineData(2)]
    public async Task A_failing_Azure_call_makes_at_most_one_plus_MaxRetries_requests(int maxRetries)
    {
        await using var azure = await TranslatorEmulator.StartAsync();
        await using var host = await ReadyAsync(OnAzure(azure).With("NewsLingo:Resilience:MaxRetries", maxRetries.ToString(System.Globalization.CultureInfo.InvariantCulture)));
        azure.Inject([.. Enumerable.Repeat(EmulatedFault.ServerError(), 20)]);

        var status = await RpcAssert.FailsWithAsync(StatusCode.Unavailable, async () => await host.Translation.TranslateAsync(Request));

        Assert.Equal("BACKEND_UNAVAILABLE", RpcAssert.ErrorInfo(status).Reason);
        Assert.Equal(1 + maxRetries, azure.RequestsTo("/translate").Count);
    }

    [Fact]
    public async Task A_failing_LLM_call_makes_at_most_one_plus_MaxRetries_requests()
    {
        await using var llm = await ChatCompletionsEmulator.StartAsync();
        llm.Script([.. Enumerable.Repeat(ScriptedReply.Failure(503), 10)]);
        await using var host = OnLlm(llm);

        await RpcAssert.FailsWithAsync(StatusCode.Unavailable, async () => await host.Translation.TranslateAsync(Request));

        Assert.Equal(1 + 2, llm.Requests.Count);
    }

    [Fact]
    public async Task A_Retry_After_longer_than_MaxRetryAfter_comes_back_at_once_with_its_delay()
    {
        await using var azure = await TranslatorEmulator.StartAsync();
        await using var host = await ReadyAsync(OnAzure(azure));
        azure.Inject(EmulatedFault.TooManyRequestsSeconds(15));

        var status = await RpcAssert.FailsWithAsync(StatusCode.ResourceExhausted, async () => await host.Translation.TranslateAsync(Request));

        Assert.Equal("BACKEND_RATE_LIMITED", RpcAssert.ErrorInfo(status).Reason);
        Assert.Equal(TimeSpan.FromSeconds(15), RpcAssert.RetryInfo(status).RetryDelay.ToTimeSpan());
        Assert.Single(azure.RequestsTo("/translate"));
    }

    [Fact]
    public async Task An_Azure_failure_names_the_request_ids_Microsoft_support_asks_for()
    {
        await using var azure = await TranslatorEmulator.StartAsync();
        await using var host = await ReadyAsync(OnAzure(azure).With("NewsLingo:Resilience:MaxRetries", "0"));
        azure.Inject(EmulatedFault.ServerError());

        var status = await RpcAssert.FailsWithAsync(StatusCode.Unavailable, async () => await host.Translation.TranslateAsync(Request));

        var metadata = RpcAssert.ErrorInfo(status).Metadata;
        Assert.Equal(Assert.Single(azure.RequestsTo("/translate")).Header("X-ClientTraceId"), metadata["x_client_trace_id"]);
        Assert.True(metadata.ContainsKey("x_request_id"));
    }

    [Fact]
    public async Task Rejected_Azure_credentials_are_unavailable_and_say_whose_problem_it_is()
    {
        await using var azure = await TranslatorEmulator.StartAsync();
        await using var host = OnAzure(azure).With("NewsLingo:Azure:Translator:Key", "not-the-key");

        var status = await RpcAssert.FailsWithAsync(StatusCode.Unavailable, async () => await host.Translation.TranslateAsync(Request));

        Assert.Equal("BACKEND_CREDENTIALS_REJECTED", RpcAssert.ErrorInfo(status).Reason);
        Assert.Contains("not the caller's", status.Message, StringComparison.Ordinal);
        Assert.Single(azure.RequestsTo("/translate"));
    }

    [Fact]
    public async Task The_LLMs_own_timeout_applies_when_the_deployment_sets_none()
    {
        await using var llm = await ChatCompletionsEmulator.StartAsync();
        llm.Script([.. Enumerable.Repeat(ScriptedReply.Slow("""{"segments":[{"id":0,"text":"trop tard"}]}""", TimeSpan.FromSeconds(60)), 3)]);
        await using var host = OnLlm(llm).With("NewsLingo:Llm:Timeout", "00:00:00.300").With("NewsLingo:Resilience:MaxRetries", "0");

        var status = await RpcAssert.FailsWithAsync(StatusCode.DeadlineExceeded, async () => await host.Translation.TranslateAsync(Request));

        Assert.Equal("BACKEND_TIMEOUT", RpcAssert.ErrorInfo(status).Reason);
        Assert.Contains("00:00:00.3", status.Message, StringComparison.Ordinal);
    }
}
