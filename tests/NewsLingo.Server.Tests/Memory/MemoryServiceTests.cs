using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using Google.Protobuf;
using Grpc.Core;
using NewsLingo.Contracts.V1;
using NewsLingo.Testing;

namespace NewsLingo.Server.Tests.Memory;

public sealed class MemoryServiceTests
{
    private const string Tmx = """
        <?xml version="1.0" encoding="UTF-8"?>
        <tmx version="1.4">
          <header creationtool="memoQ" segtype="sentence" o-tmf="memoQTM" adminlang="en-us" srclang="fr-fr" datatype="plaintext"/>
          <body>
            <tu creationdate="20251220T161200Z" creationid="lucia" changedate="20260102T093000Z" changeid="lucia">
              <tuv xml:lang="fr-fr"><seg>Les Bleus se sont imposés 3 à 1 face à l’Espagne.</seg></tuv>
              <tuv xml:lang="en-gb"><seg>Les Bleus beat Spain 3-1.</seg></tuv>
            </tu>
            <tu creationdate="20251220T161530Z" creationid="lucia">
              <tuv xml:lang="fr-fr"><seg>L’entraîneur s’est dit <it pos="begin">&lt;i&gt;</it>« très fier »<it pos="end">&lt;/i&gt;</it>.</seg></tuv>
              <tuv xml:lang="en-gb"><seg>The coach said he was <it pos="begin">&lt;i&gt;</it>"very proud"<it pos="end">&lt;/i&gt;</it>.</seg></tuv>
            </tu>
          </body>
        </tmx>
        """;

    [Fact]
    public async Task Corrections_are_stored_listed_by_article_and_author_and_deleted()
    {
        await using var host = NewsLingoHost.Start();
        var request = new AddCorrectionsRequest { SourceLanguage = "fr", TargetLanguage = "en", ArticleId = "https://www.example.fr/palmyre", Element = "blocks[3]", Author = "claire" };
        request.Corrections.Add(new Correction { SourceText = "L’armée syrienne a repris Palmyre.", TargetText = "The Syrian army has retaken Palmyra." });
        request.Corrections.Add(new Correction { SourceText = "Les combattants ont été chassés.", TargetText = "The fighters were driven out." });

        var added = await host.Memory.AddCorrectionsAsync(request);
        var again = await host.Memory.AddCorrectionsAsync(request);
        var byArticle = await host.Memory.ListEntriesAsync(new ListEntriesRequest { ArticleId = "https://www.example.fr/palmyre" });
        var byAuthor = await host.Memory.ListEntriesAsync(new ListEntriesRequest { Author = "claire", PageSize = 1 });
        var deleted = await host.Memory.DeleteEntryAsync(new DeleteEntryRequest { Id = added.Stored[0].Entry.Id });
        var after = await host.Memory.ListEntriesAsync(new ListEntriesRequest { ArticleId = "https://www.example.fr/palmyre" });

        Assert.Equal([StoreOutcome.Added, StoreOutcome.Added], added.Stored.Select(s => s.Outcome));
        Assert.Equal([StoreOutcome.Updated, StoreOutcome.Updated], again.Stored.Select(s => s.Outcome));
        Assert.Equal(added.Stored.Select(s => s.Entry.Id), again.Stored.Select(s => s.Entry.Id));
        Assert.Equal(2, byArticle.Entries.Count);
        Assert.All(byArticle.Entries, e => Assert.Equal(MemoryOrigin.Correction, e.Origin));
        Assert.Single(byAuthor.Entries);
        Assert.NotEmpty(byAuthor.NextPageToken);
        Assert.Equal("The Syrian army has retaken Palmyra.", deleted.Entry.TargetText);
        Assert.Equal("Les combattants ont été chassés.", Assert.Single(after.Entries).SourceText);
    }

    [Fact]
    public async Task A_corrected_block_of_a_processed_article_is_aligned_sentence_by_sentence()
    {
        await using var host = NewsLingoHost.Start();
        var article = new ArticleContent { Text = Samples.Read("palmyre-euronews.txt") };
        var processed = await host.Articles.ProcessArticleAsync(new ProcessArticleRequest { Article = article, TargetLanguages = { "en" }, Options = new ArticleOptions { SourceLanguage = "fr", SkipSummary = true } });
        var blocks = processed.Source.Article.Blocks;
        var index = blocks.ToList().FindIndex(b => b.Text.StartsWith("L’armée syrienne avait lancé", StringComparison.Ordinal));

        var corrected = await host.Memory.CorrectElementAsync(new CorrectElementRequest
        {
            Article = article,
            SourceLanguage = "fr",
            BlockIndex = index,
            TargetLanguage = "en",
            Text = "The Syrian army launched its offensive on Palmyra on 7 March. It is the regime&#39;s most important victory against Daesh since Russia entered the conflict at the end of September 2015.",
            ArticleId = "palmyre",
        });
        var listed = await host.Memory.ListEntriesAsync(new ListEntriesRequest { ArticleId = "palmyre" });

        Assert.True(index >= 0);
        Assert.Equal(AlignmentMethod.OneToOne, corrected.Method);
        Assert.Equal("fr", corrected.SourceLanguage);
        Assert.Equal(["1:1", "1:1"], corrected.Entries.Select(e => e.Shape));
        Assert.Equal("It is the regime's most important victory against Daesh since Russia entered the conflict at the end of September 2015.", corrected.Entries[1].Stored.Entry.TargetText);
        Assert.All(listed.Entries, e => Assert.Equal($"blocks[{index}]", e.Element));
        Assert.Equal(2, listed.Entries.Count);
    }

    [Fact]
    public async Task A_tmx_imported_comes_back_out_whole_and_streamed_in_chunks()
    {
        await using var host = NewsLingoHost.Start();

        var imported = await host.Memory.ImportTmxAsync(new ImportTmxRequest { Tmx = ByteString.CopyFromUtf8(Tmx) });
        var exported = await host.Memory.ExportTmxAsync(new ExportTmxRequest());
        using var stream = host.Memory.StreamExportTmx(new StreamExportTmxRequest());
        var streamed = new MemoryStream();
        await foreach (var chunk in stream.ResponseStream.ReadAllAsync())
        {
            chunk.Chunk.WriteTo(streamed);
        }

        var text = exported.Tmx.ToStringUtf8();
        Assert.Equal(2, imported.Added);
        Assert.Equal(2, exported.Entries);
        Assert.Contains("<seg>The coach said he was \"very proud\".</seg>", text, StringComparison.Ordinal);
        Assert.Contains("srclang=\"fr-FR\"", text, StringComparison.Ordinal);
        Assert.Contains("changeid=\"lucia\"", text, StringComparison.Ordinal);
        Assert.Equal(Normalize(text), Normalize(Encoding.UTF8.GetString(streamed.ToArray())));
    }

    [Fact]
    public async Task Bad_requests_name_every_field_and_unknown_entries_are_not_found()
    {
        await using var host = NewsLingoHost.Start();
        var request = new AddCorrectionsRequest { SourceLanguage = "français", TargetLanguage = "" };
        request.Corrections.Add(new Correction { SourceText = "Une phrase.", TargetText = " " });

        var invalid = await RpcAssert.FailsWithAsync(StatusCode.InvalidArgument, () => host.Memory.AddCorrectionsAsync(request).ResponseAsync);
        var brokenTmx = await RpcAssert.FailsWithAsync(StatusCode.InvalidArgument, () => host.Memory.ImportTmxAsync(new ImportTmxRequest { Tmx = ByteString.CopyFromUtf8("<tmx><header srclang=\"fr\"/><body><tu>") }).ResponseAsync);
        var missing = await RpcAssert.FailsWithAsync(StatusCode.NotFound, () => host.Memory.DeleteEntryAsync(new DeleteEntryRequest { Id = "0196a1b2c3d4e5f60718293a4b5c6d7e" }).ResponseAsync);
        var noElement = await RpcAssert.FailsWithAsync(StatusCode.InvalidArgument, () => host.Memory.CorrectElementAsync(new CorrectElementRequest { Article = new ArticleContent { Text = "Un titre\n\nUn paragraphe." }, TargetLanguage = "en", Text = "x" }).ResponseAsync);

        Assert.Equal(
            ["source_language", "target_language", "corrections[0].target_text"],
            RpcAssert.Violations(invalid).Select(v => v.Field));
        Assert.Equal("TMX_INVALID", RpcAssert.ErrorInfo(brokenTmx).Reason);
        Assert.Equal("tmx", Assert.Single(RpcAssert.Violations(brokenTmx)).Field);
        Assert.Equal("MEMORY_ENTRY_NOT_FOUND", RpcAssert.ErrorInfo(missing).Reason);
        Assert.Equal("element", Assert.Single(RpcAssert.Violations(noElement)).Field);
    }

    [Fact]
    public async Task A_deployment_without_memory_says_so()
    {
        await using var host = NewsLingoHost.Start(new Dictionary<string, string?> { ["NewsLingo:Memory:Enabled"] = "false" });
        var request = new AddCorrectionsRequest { SourceLanguage = "fr", TargetLanguage = "en" };
        request.Corrections.Add(new Correction { SourceText = "Bonjour.", TargetText = "Hello." });

        var status = await RpcAssert.FailsWithAsync(StatusCode.FailedPrecondition, () => host.Memory.AddCorrectionsAsync(request).ResponseAsync);

        Assert.Equal("MEMORY_DISABLED", RpcAssert.ErrorInfo(status).Reason);
        Assert.False(File.Exists(host.MemoryPath));
    }

    [Fact]
    public async Task Corrections_survive_a_restart_of_the_server()
    {
        string path;
        var request = new AddCorrectionsRequest { SourceLanguage = "fr", TargetLanguage = "es" };
        request.Corrections.Add(new Correction { SourceText = "Le conseil a voté le budget.", TargetText = "El pleno aprobó el presupuesto." });
        await using (var first = NewsLingoHost.Start().KeepingMemory())
        {
            path = first.MemoryPath;
            await first.Memory.AddCorrectionsAsync(request);
        }

        await using var second = NewsLingoHost.Start(new Dictionary<string, string?> { ["NewsLingo:Memory:Sqlite:Path"] = path });
        var exported = await second.Memory.ExportTmxAsync(new ExportTmxRequest());

        Assert.Equal(1, exported.Entries);
        Assert.Contains("El pleno aprobó el presupuesto.", exported.Tmx.ToStringUtf8(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Every_memory_rpc_answers_json_over_http()
    {
        await using var host = NewsLingoHost.Start();
        using var http = host.CreateClient();

        using var added = await http.PostAsJsonAsync("/v1/memory/corrections", new
        {
            sourceLanguage = "fr",
            targetLanguage = "en",
            articleId = "budget-2026",
            corrections = new[] { new { sourceText = "Le budget est adopté.", targetText = "The budget is passed." } },
        });
        using var addedBody = JsonDocument.Parse(await added.Content.ReadAsStringAsync());
        var id = addedBody.RootElement.GetProperty("stored")[0].GetProperty("entry").GetProperty("id").GetString();
        using var listed = JsonDocument.Parse(await http.GetStringAsync("/v1/memory/entries?articleId=budget-2026"));
        using var imported = await http.PostAsJsonAsync("/v1/memory:importTmx", new { tmx = Convert.ToBase64String(Encoding.UTF8.GetBytes(Tmx)) });
        using var exported = JsonDocument.Parse(await http.GetStringAsync("/v1/memory:exportTmx"));
        using var deleted = await http.DeleteAsync($"/v1/memory/entries/{id}");
        using var gone = await http.DeleteAsync($"/v1/memory/entries/{id}");

        Assert.Equal(HttpStatusCode.OK, added.StatusCode);
        Assert.Equal("The budget is passed.", listed.RootElement.GetProperty("entries")[0].GetProperty("targetText").GetString());
        Assert.Equal(HttpStatusCode.OK, imported.StatusCode);
        Assert.Contains("Les Bleus beat Spain 3-1.", Encoding.UTF8.GetString(Convert.FromBase64String(exported.RootElement.GetProperty("tmx").GetString()!)), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.OK, deleted.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, gone.StatusCode);
    }

    /// <summary>Two exports made a moment apart differ only in the header's creation date.</summary>
    private static string Normalize(string tmx) => System.Text.RegularExpressions.Regex.Replace(tmx, "creationdate=\"\\d{8}T\\d{6}Z\"(?=[^>]*o-tmf|\\s*/>)", string.Empty);
}
