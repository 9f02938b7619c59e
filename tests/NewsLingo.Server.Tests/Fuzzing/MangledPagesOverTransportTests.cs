using System.Net;
using System.Text;
using System.Text.Json;
using CsCheck;
using Grpc.Core;
using Grpc.Health.V1;
using NewsLingo.Contracts.V1;
using NewsLingo.Server.Errors;
using NewsLingo.Testing;
using NewsLingo.Testing.Fuzzing;
using Xunit.Abstractions;

namespace NewsLingo.Server.Tests.Fuzzing;

/// <summary>
/// Mangled real pages and tag soup (CsCheck, <see cref="HtmlFuzz"/>) sent to the real server in memory,
/// over gRPC and over the JSON port (the body written as Python's json.dumps writes it: every character
/// outside ASCII escaped, a lone surrogate as its escape). Every answer is an article with safe blocks
/// or a refusal the caller can act on, never INTERNAL or UNKNOWN (a 500 over JSON), no answer carries a
/// reading fallback's note, and the server serves the next caller.
/// </summary>
public sealed class MangledPagesOverTransportTests(ITestOutputHelper output) : IDisposable
{
    private readonly NewsLingoHost _host = new();

    public void Dispose() => _host.Dispose();

    [Fact]
    public async Task Mangled_pages_over_grpc_and_json_get_an_article_or_a_refusal_never_an_internal_error()
    {
        var corpus = PageCorpus.Default;
        var client = new ArticleService.ArticleServiceClient(_host.CreateChannel());
        using var http = _host.CreateClient();
        try
        {
            await HtmlFuzz.Pages(corpus).SampleAsync(
                page => CheckAsync(page, client, http),
                writeLine: output.WriteLine,
                iter: FuzzBudget.Iterations(120),
                print: p => p.ToString());
        }
        catch (CsCheckException failure)
        {
            throw new CsCheckException(failure.Message + Environment.NewLine + FuzzBudget.HowToReplay, failure.InnerException);
        }

        var health = await new Grpc.Health.V1.Health.HealthClient(_host.CreateChannel()).CheckAsync(new HealthCheckRequest());
        Assert.Equal(HealthCheckResponse.Types.ServingStatus.Serving, health.Status);
        Assert.NotEmpty((await client.ProcessArticleAsync(Request(Samples.Read("pages/regional-og.html")))).Source.Article.Blocks);
    }

    private static async Task CheckAsync(FuzzPage page, ArticleService.ArticleServiceClient client, HttpClient http)
    {
        // A gRPC client cannot send a lone surrogate: it encodes the text as UTF-8 first, replacing it.
        var html = Encoding.UTF8.GetString(Encoding.UTF8.GetBytes(page.Html));
        try
        {
            var response = await client.ProcessArticleAsync(Request(html));
            Assert.DoesNotContain(response.Usage.Notes, n => n.StartsWith("Reading the page failed", StringComparison.Ordinal));
            foreach (var (block, i) in response.Source.Article.Blocks.Select((b, i) => (b, i)))
            {
                SafeOutput.AssertSafeBlock(block.Text, $"source.article.blocks[{i}]");
            }
        }
        catch (RpcException refused)
        {
            Assert.True(refused.StatusCode is not (StatusCode.Internal or StatusCode.Unknown), $"gRPC {refused.StatusCode}: {refused.Status.Detail}");
            Assert.Contains(RpcAssert.ErrorInfo(refused.GetRpcStatus()!).Reason, ErrorReasons.All);
        }

        using var content = new StringContent(JsonBody(page.Html), Encoding.UTF8, "application/json");
        using var answer = await http.PostAsync("/v1/articles:process", content);
        var body = await answer.Content.ReadAsStringAsync();
        Assert.True(answer.StatusCode is HttpStatusCode.OK or HttpStatusCode.BadRequest, $"JSON {(int)answer.StatusCode}: {body}");
        using var json = JsonDocument.Parse(body);
        if (answer.StatusCode == HttpStatusCode.BadRequest)
        {
            Assert.Equal((int)StatusCode.InvalidArgument, json.RootElement.GetProperty("code").GetInt32());
        }
    }

    private static ProcessArticleRequest Request(string html) => new()
    {
        Article = new ArticleContent { Html = html },
        TargetLanguages = { "en" },
        Options = new ArticleOptions { SourceLanguage = "fr", SkipSummary = html.Length % 2 == 0, KeepBoilerplate = html.Length % 5 == 0 },
    };

    /// <summary>The request as json.dumps writes it: ASCII only, every other UTF-16 unit escaped (a lone surrogate too).</summary>
    private static string JsonBody(string html)
    {
        var json = new StringBuilder("{\"article\": {\"html\": \"", html.Length + 200);
        foreach (var c in html)
        {
            json.Append(c switch
            {
                '"' => "\\\"",
                '\\' => "\\\\",
                _ when c < ' ' || c > '~' => $"\\u{(int)c:x4}",
                _ => c.ToString(),
            });
        }

        return json.Append($"\"}}, \"targetLanguages\": [\"en\"], \"options\": {{\"sourceLanguage\": \"fr\", \"skipSummary\": {(html.Length % 2 == 0 ? "true" : "false")}}}}}").ToString();
    }
}
