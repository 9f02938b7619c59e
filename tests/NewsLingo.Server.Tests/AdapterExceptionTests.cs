using System.Text.Json;
using Grpc.Core;
using Microsoft.Extensions.DependencyInjection;
using NewsLingo.Contracts.V1;
using NewsLingo.Core.Languages;
using NewsLingo.Core.Summarization;
using NewsLingo.Core.Translation;
using NewsLingo.Server.Tests.Infrastructure;
using NewsLingo.Testing;

namespace NewsLingo.Server.Tests;

/// <summary>
/// Whatever an adapter throws is that backend's failure, a property of the one stack for every capability:
/// through the real server, a caller meets UNAVAILABLE with a backend reason (never INTERNAL) when nothing
/// else can serve, the fallback's answer when something can, and the failures count for the backend's circuit.
/// </summary>
public sealed class AdapterExceptionTests
{
    private const string Thrower = "thrower";

    public static TheoryData<string> Failures => [.. Thrown.Keys];

    private static readonly Dictionary<string, Func<Exception>> Thrown = new()
    {
        ["FormatException"] = () => new FormatException("The input is not a valid Base-64 string."),
        ["NullReferenceException"] = () => new NullReferenceException(),
        ["InvalidOperationException"] = () => new InvalidOperationException("Sequence contains no elements."),
        ["JsonException"] = () => new JsonException("'s' is an invalid start of a value."),
        ["HttpRequestException"] = () => new HttpRequestException("Connection refused (127.0.0.1:9)"),
        ["AggregateException"] = () => new AggregateException(new IOException("reset"), new FormatException("bad")),
        ["KeyNotFoundException"] = () => new KeyNotFoundException("choices"),
    };

    private static NewsLingoHost On(ThrowingBackend backend, bool withFallbacks = false)
    {
        var host = new NewsLingoHost()
            .With("NewsLingo:Backends:Translator", Thrower)
            .With("NewsLingo:Backends:Summarizer", Thrower)
            .With("NewsLingo:Backends:LanguageDetector", Thrower)
            .With("NewsLingo:Resilience:MaxRetries", "0")
            .With("NewsLingo:Resilience:CircuitMinimumThroughput", "1000")
            .WithServices(services =>
            {
                services.AddKeyedSingleton<ITranslator>(Thrower, backend);
                services.AddKeyedSingleton<ISummarizer>(Thrower, backend);
                services.AddKeyedSingleton<ILanguageDetector>(Thrower, backend);
            });
        return withFallbacks
            ? host.With("NewsLingo:Backends:TranslatorFallbacks:0", "fake")
                .With("NewsLingo:Backends:SummarizerFallbacks:0", "fake")
                .With("NewsLingo:Backends:LanguageDetectorFallbacks:0", "fake")
            : host;
    }

    private static ProcessArticleRequest Article() => new()
    {
        Article = new ArticleContent { Text = Samples.Read("palmyre-euronews.txt") },
        TargetLanguages = { "en" },
        Options = new ArticleOptions { SourceLanguage = "fr", Summary = new Contracts.V1.SummaryOptions { MaxSentences = 2 } },
    };

    private static void AssertBackendFailure(Google.Rpc.Status status)
    {
        Assert.Equal((int)StatusCode.Unavailable, status.Code);
        var info = RpcAssert.ErrorInfo(status);
        Assert.Contains(info.Reason, new[] { "BACKEND_INVALID_RESPONSE", "BACKEND_UNAVAILABLE" });
        Assert.Equal(Thrower, info.Metadata["backend"]);
    }

    [Theory]
    [MemberData(nameof(Failures))]
    public async Task Every_rpc_answers_UNAVAILABLE_naming_the_backend_when_nothing_else_can_serve(string failure)
    {
        await using var host = On(new ThrowingBackend(Thrower, Thrown[failure]));

        AssertBackendFailure(await RpcAssert.FailsWithAsync(StatusCode.Unavailable, async () =>
            await host.Translation.TranslateAsync(new TranslateRequest { Texts = { "Le maire a parlé." }, SourceLanguage = "fr", TargetLanguages = { "en" } })));
        AssertBackendFailure(await RpcAssert.FailsWithAsync(StatusCode.Unavailable, async () =>
            await host.Translation.DetectLanguageAsync(new DetectLanguageRequest { Text = "Le maire a parlé devant le conseil." })));
        AssertBackendFailure(await RpcAssert.FailsWithAsync(StatusCode.Unavailable, async () =>
            await host.Summaries.SummarizeAsync(new SummarizeRequest { Text = Samples.Read("palmyre-euronews.txt"), SourceLanguage = "fr", TargetLanguage = "en" })));
        AssertBackendFailure(await RpcAssert.FailsWithAsync(StatusCode.Unavailable, async () =>
            await host.Articles.ProcessArticleAsync(Article())));
        AssertBackendFailure(await RpcAssert.FailsWithAsync(StatusCode.Unavailable, async () =>
        {
            var request = Article();
            using var stream = host.Articles.StreamArticle(new StreamArticleRequest { Article = request.Article, TargetLanguages = { "en" }, Options = request.Options });
            await foreach (var _ in stream.ResponseStream.ReadAllAsync())
            {
            }
        }));

        using var feed = host.Articles.ProcessArticles();
        await feed.RequestStream.WriteAsync(new ProcessArticlesRequest { RequestId = "one", Article = Article().Article, TargetLanguages = { "en" }, Options = Article().Options });
        await feed.RequestStream.CompleteAsync();
        var answers = new List<ProcessArticlesResponse>();
        await foreach (var answer in feed.ResponseStream.ReadAllAsync())
        {
            answers.Add(answer);
        }

        AssertBackendFailure(Assert.Single(answers).Error);
    }

    [Theory]
    [MemberData(nameof(Failures))]
    public async Task The_fallbacks_serve_every_capability_and_the_usage_says_why(string failure)
    {
        var thrower = new ThrowingBackend(Thrower, Thrown[failure]);
        await using var host = On(thrower, withFallbacks: true);

        var texts = await host.Translation.TranslateAsync(new TranslateRequest { Texts = { "Le maire a parlé." }, SourceLanguage = "fr", TargetLanguages = { "en" } });
        var detection = await host.Translation.DetectLanguageAsync(new DetectLanguageRequest { Text = "Le maire a parlé devant le conseil de la ville." });
        var article = await host.Articles.ProcessArticleAsync(Article());

        Assert.Equal("[en] Le maire a parlé.", texts.Texts[0].Translations[0].Text);
        Assert.StartsWith($"{Thrower} failed (BACKEND_", Assert.Single(texts.Usage.Fallbacks), StringComparison.Ordinal);
        Assert.Contains($"({failure})", texts.Usage.Fallbacks[0], StringComparison.Ordinal);
        Assert.Equal(("fr", "fake"), (detection.Language, detection.Detector));
        Assert.Equal("fake", article.Translations[0].Translator);
        Assert.Contains(article.Usage.Fallbacks, f => f.StartsWith($"{Thrower} failed", StringComparison.Ordinal) && f.EndsWith("; fake served", StringComparison.Ordinal));
        Assert.NotEmpty(article.Translations[0].Summary.Sentences);
    }

    [Fact]
    public async Task Unexpected_exceptions_count_for_the_backends_circuit()
    {
        var thrower = new ThrowingBackend(Thrower, Thrown["NullReferenceException"]);
        await using var host = On(thrower, withFallbacks: true).With("NewsLingo:Resilience:CircuitMinimumThroughput", "2");

        for (var i = 0; i < 6; i++)
        {
            await host.Translation.TranslateAsync(new TranslateRequest { Texts = { $"Dépêche {i}." }, SourceLanguage = "fr", TargetLanguages = { "en" } });
        }

        var last = await host.Translation.TranslateAsync(new TranslateRequest { Texts = { "Dernière dépêche." }, SourceLanguage = "fr", TargetLanguages = { "en" } });

        Assert.Equal(2, thrower.Calls);
        Assert.Contains("circuit is open", Assert.Single(last.Usage.Fallbacks), StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_adapter_whose_directions_throw_is_unavailable_not_an_internal_error()
    {
        await using var host = On(new ThrowingBackend(Thrower, Thrown["InvalidOperationException"], directionsFail: true));

        var status = await RpcAssert.FailsWithAsync(StatusCode.Unavailable, async () =>
            await host.Translation.TranslateAsync(new TranslateRequest { Texts = { "Le maire a parlé." }, SourceLanguage = "fr", TargetLanguages = { "en" } }));

        AssertBackendFailure(status);
    }
}
