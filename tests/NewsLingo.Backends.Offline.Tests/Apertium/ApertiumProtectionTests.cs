using NewsLingo.Core.Languages;
using NewsLingo.Core.Translation;
using NewsLingo.Core.Usage;

namespace NewsLingo.Backends.Offline.Tests.Apertium;

/// <summary>The engine's placeholders through the real Apertium, direct and through the pivot.</summary>
public sealed class ApertiumProtectionTests
{
    [ApertiumFact]
    public async Task Names_and_inline_markup_come_back_intact_from_Apertium()
    {
        await using var apertium = ApertiumInstallation.CreateTranslator();
        var engine = new TranslationEngine(apertium);
        const string html = "La gare de <a href=\"/tags/part-dieu\">Part-Dieu</a> accueillera <strong>85 kilomètres</strong> de voies, selon Sophie Marchand.";
        var glossary = new Glossary([new GlossaryEntry("Sophie Marchand", null), new GlossaryEntry("Part-Dieu", null)]);

        foreach (var target in new[] { "es", "en" })
        {
            var job = new SegmentJob([html], LanguageTag.Parse("fr"), LanguageTag.Parse(target), TextFormat.Html, Glossary: glossary);

            var outcome = await engine.TranslateAsync(job, CancellationToken.None);
            var translated = outcome.Segments[0].Text;

            Assert.Contains("<a href=\"/tags/part-dieu\">Part-Dieu</a>", translated, StringComparison.Ordinal);
            Assert.Contains("Sophie Marchand", translated, StringComparison.Ordinal);
            Assert.Matches("<strong>85 [^<]+</strong>", translated);
            Assert.DoesNotContain("⟦", translated, StringComparison.Ordinal);
            Assert.Empty(outcome.Report.Fallbacks);
            Assert.Empty(outcome.Report.Notes);
        }
    }
}
