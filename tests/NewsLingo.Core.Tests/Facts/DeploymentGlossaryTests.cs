using NewsLingo.Core.Languages;
using NewsLingo.Core.Translation;
using NewsLingo.Core.Translation.Glossaries;

namespace NewsLingo.Core.Tests.Facts;

public sealed class DeploymentGlossaryTests
{
    private static readonly GlossaryFile Exonyms = new(LanguageTag.Parse("fr"),
    [
        new GlossaryEntry("Palmyre", null, new Dictionary<string, string> { ["en"] = "Palmyra", ["es"] = "Palmira" }),
        new GlossaryEntry("Mossoul", "Mosul"),
    ]);

    private static SegmentJob Job(string source, params string[] segments) =>
        new(segments, LanguageTag.Parse(source), LanguageTag.Parse("en"));

    [Fact]
    public void Only_the_entries_the_segments_name_join_the_job()
    {
        var glossary = new DeploymentGlossary([Exonyms]);

        var job = glossary.Apply(Job("fr", "Les ruines de PALMYRE."));

        Assert.Equal(["Palmyre"], job.Glossary!.Entries.Select(e => e.Term));
        Assert.Same(Job("fr", "Rien ici.").Glossary, glossary.Apply(Job("fr", "Rien ici.")).Glossary);
    }

    [Fact]
    public void A_file_applies_to_its_source_language_only_and_the_requests_entries_win()
    {
        var glossary = new DeploymentGlossary([Exonyms]);
        Assert.Null(glossary.Apply(Job("de", "Palmyre und Mossoul.")).Glossary);

        var own = new Glossary([new GlossaryEntry("Mossoul", "Al-Mawsil")]);
        var job = glossary.Apply(Job("fr", "Palmyre et Mossoul.") with { Glossary = own });

        Assert.Equal(["Mossoul", "Palmyre"], job.Glossary!.Entries.Select(e => e.Term));
        Assert.Equal("Al-Mawsil", job.Glossary.Entries[0].Translation);
    }

    [Fact]
    public void The_shipped_file_parses_and_a_broken_one_says_where()
    {
        var shipped = GlossaryFile.Read(Path.Combine(FindRepository(), "src", "NewsLingo.Server", "glossaries", "fr-exonyms.json"));
        Assert.Equal("fr", shipped.SourceLanguage.Value);
        Assert.True(shipped.Entries.Count >= 50);
        Assert.All(shipped.Entries, e => Assert.True(e.Translations!.ContainsKey("en") && e.Translations.ContainsKey("es"), e.Term));

        var broken = Path.GetTempFileName();
        File.WriteAllText(broken, """{ "sourceLanguage": "fr", "entries": [ { "term": "Palmyre", "translations": { "??": "x" } } ] }""");
        try
        {
            var error = Assert.Throws<InvalidDataException>(() => GlossaryFile.Read(broken));
            Assert.Contains("entries[0]", error.Message, StringComparison.Ordinal);
            Assert.Contains("'??'", error.Message, StringComparison.Ordinal);
            Assert.Equal($"'{broken}' entries[0] ('Palmyre'): translations must map language tags to non-empty terms; '??' does not.", error.Message);
        }
        finally
        {
            File.Delete(broken);
        }
    }

    private static string FindRepository()
    {
        var directory = new DirectoryInfo(AppContext.BaseDirectory);
        while (directory is not null && !File.Exists(Path.Combine(directory.FullName, "NewsLingo.sln")))
        {
            directory = directory.Parent;
        }

        return directory?.FullName ?? throw new InvalidOperationException("NewsLingo.sln not found above the test assembly.");
    }
}
