using System.Net;
using System.Net.Http.Json;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using NewsLingo.Testing;

namespace NewsLingo.Server.Production.Tests;

public sealed class JsonTranscodingTests
{
    [Fact]
    public async Task Translate_answers_json_over_http()
    {
        await using var host = NewsLingoHost.Start();
        using var http = host.CreateClient();

        using var response = await http.PostAsJsonAsync("/v1/translate", new { texts = new[] { "Le maire a présenté le budget." }, sourceLanguage = "fr", targetLanguages = new[] { "es", "en" } });
        using var body = JsonDocument.Parse(await response.Content.ReadAsStringAsync());

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var translations = body.RootElement.GetProperty("texts")[0].GetProperty("translations");
        Assert.Equal("[es] Le maire a présenté le budget.", translations[0].GetProperty("text").GetString());
        Assert.Equal("en", translations[1].GetProperty("targetLanguage").GetString());
        Assert.Equal("fake", body.RootElement.GetProperty("translator").GetString());
    }

    [Fact]
    public async Task ProcessArticle_answers_json_over_http()
    {
        await using var host = NewsLingoHost.Start();
        using var http = host.CreateClient();

        using var response = await http.PostAsJsonAsync("/v1/articles:process", new
        {
            article = new { text = Samples.Read("palmyre-euronews.txt") },
            targetLanguages = new[] { "en" },
            options = new { sourceLanguage = "fr" },
        });
        using var body = JsonDocument.Parse(await response.Content.ReadAsStringAsync());

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var translation = body.RootElement.GetProperty("translations")[0];
        Assert.Equal("en", translation.GetProperty("targetLanguage").GetString());
        Assert.StartsWith("[en] ", translation.GetProperty("article").GetProperty("title").GetString(), StringComparison.Ordinal);
        Assert.True(body.RootElement.GetProperty("usage").GetProperty("segmentsTranslated").GetInt32() > 0);
    }

    [Fact]
    public async Task ListLanguages_and_DetectLanguage_and_Summarize_answer_json_over_http()
    {
        await using var host = NewsLingoHost.Start();
        using var http = host.CreateClient();

        using var languages = JsonDocument.Parse(await http.GetStringAsync("/v1/languages"));
        using var detect = await http.PostAsJsonAsync("/v1/languages:detect", new { text = "Le conseil municipal s'est réuni hier soir pour voter le budget de la ville." });
        using var summarize = await http.PostAsJsonAsync("/v1/summarize", new { text = Samples.Read("palmyre-euronews.txt"), sourceLanguage = "fr", targetLanguage = "en" });

        Assert.True(languages.RootElement.GetProperty("directions").GetArrayLength() > 0);
        Assert.Equal(HttpStatusCode.OK, detect.StatusCode);
        Assert.Equal("fr", JsonDocument.Parse(await detect.Content.ReadAsStringAsync()).RootElement.GetProperty("language").GetString());
        Assert.Equal(HttpStatusCode.OK, summarize.StatusCode);
    }

    [Fact]
    public async Task Errors_come_back_as_a_json_google_rpc_status()
    {
        await using var host = NewsLingoHost.Start();
        using var http = host.CreateClient();

        using var response = await http.PostAsJsonAsync("/v1/translate", new { texts = Array.Empty<string>(), targetLanguages = new[] { "es" } });
        using var body = JsonDocument.Parse(await response.Content.ReadAsStringAsync());

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal(3, body.RootElement.GetProperty("code").GetInt32());
        Assert.False(string.IsNullOrEmpty(body.RootElement.GetProperty("message").GetString()));
        Assert.Contains(body.RootElement.GetProperty("details").EnumerateArray(), d => d.GetProperty("@type").GetString() == "type.googleapis.com/google.rpc.BadRequest");
    }

    [Fact]
    public async Task A_missing_key_over_http_is_401_with_the_reason()
    {
        const string key = "http-key";
        await using var host = NewsLingoHost.Start(new Dictionary<string, string?>
        {
            ["NewsLingo:Auth:Enabled"] = "true",
            ["NewsLingo:Auth:Keys:0:Name"] = "web",
            ["NewsLingo:Auth:Keys:0:Sha256"] = Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(key))),
        });
        using var http = host.CreateClient();
        var request = new { texts = new[] { "Bonjour." }, sourceLanguage = "fr", targetLanguages = new[] { "es" } };

        using var refused = await http.PostAsJsonAsync("/v1/translate", request);
        using var body = JsonDocument.Parse(await refused.Content.ReadAsStringAsync());
        http.DefaultRequestHeaders.Add("x-api-key", key);
        using var accepted = await http.PostAsJsonAsync("/v1/translate", request);

        Assert.Equal(HttpStatusCode.Unauthorized, refused.StatusCode);
        Assert.Equal(16, body.RootElement.GetProperty("code").GetInt32());
        Assert.Contains(body.RootElement.GetProperty("details").EnumerateArray(), d => d.TryGetProperty("reason", out var reason) && reason.GetString() == "API_KEY_INVALID");
        Assert.Equal(HttpStatusCode.OK, accepted.StatusCode);
    }
}
