using System.Security.Cryptography;
using System.Text;
using Grpc.Core;
using NewsLingo.Contracts.V1;
using NewsLingo.Testing;

namespace NewsLingo.Server.Production.Tests.Memory;

public sealed class MemoryScopeTests
{
    private static readonly string[] Keys = ["key-paris-editor", "key-paris-night", "key-lyon"];

    /// <summary>Three keys: two of the Paris desk share its memory, Lyon's key has a memory of its own.</summary>
    private static Dictionary<string, string?> Settings()
    {
        var settings = new Dictionary<string, string?>
        {
            ["NewsLingo:Auth:Enabled"] = "true",
            ["NewsLingo:Memory:Scopes:paris-editor"] = "desk-paris",
            ["NewsLingo:Memory:Scopes:paris-night"] = "desk-paris",
        };
        string[] names = ["paris-editor", "paris-night", "lyon"];
        for (var i = 0; i < Keys.Length; i++)
        {
            settings[$"NewsLingo:Auth:Keys:{i}:Name"] = names[i];
            settings[$"NewsLingo:Auth:Keys:{i}:Sha256"] = Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(Keys[i])));
        }

        return settings;
    }

    private static Metadata As(string key) => new() { { "x-api-key", key } };

    [Fact]
    public async Task Keys_of_one_desk_share_its_memory_and_another_desk_sees_none_of_it()
    {
        await using var host = NewsLingoHost.Start(Settings());
        var request = new AddCorrectionsRequest { SourceLanguage = "fr", TargetLanguage = "en", ArticleId = "conseil" };
        request.Corrections.Add(new Correction { SourceText = "Le préfet a pris un arrêté.", TargetText = "The prefect issued an order." });

        var added = await host.Memory.AddCorrectionsAsync(request, As(Keys[0]));
        var night = await host.Memory.ListEntriesAsync(new ListEntriesRequest { ArticleId = "conseil" }, As(Keys[1]));
        var lyon = await host.Memory.ListEntriesAsync(new ListEntriesRequest { ArticleId = "conseil" }, As(Keys[2]));
        var lyonExport = await host.Memory.ExportTmxAsync(new ExportTmxRequest(), As(Keys[2]));
        var lyonDelete = await RpcAssert.FailsWithAsync(StatusCode.NotFound, () => host.Memory.DeleteEntryAsync(new DeleteEntryRequest { Id = added.Stored[0].Entry.Id }, As(Keys[2])).ResponseAsync);
        var byEditor = await host.Memory.ListEntriesAsync(new ListEntriesRequest { Author = "paris-editor" }, As(Keys[1]));

        Assert.Equal("paris-editor", added.Stored[0].Entry.Author);
        Assert.Equal("The prefect issued an order.", Assert.Single(night.Entries).TargetText);
        Assert.Empty(lyon.Entries);
        Assert.Equal(0, lyonExport.Entries);
        Assert.Equal("MEMORY_ENTRY_NOT_FOUND", RpcAssert.ErrorInfo(lyonDelete).Reason);
        Assert.Single(byEditor.Entries);
    }

    [Fact]
    public async Task A_scope_for_a_key_the_deployment_does_not_have_stops_start_up()
    {
        var settings = Settings();
        settings["NewsLingo:Memory:Scopes:paris-intern"] = "desk-paris";

        var error = Assert.ThrowsAny<Exception>(() => NewsLingoHost.Start(settings));

        Assert.Contains("Scopes:paris-intern names no API key", error.ToString(), StringComparison.Ordinal);
    }
}
