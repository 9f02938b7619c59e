using System.Text.Json;
using NewsLingo.Backends.Azure.Tests.Emulation;
using NewsLingo.Core.Languages;
using NewsLingo.Core.Translation;

namespace NewsLingo.Backends.Azure.Tests;

/// <summary>
/// Glossary terms reach Translator in its documented markup (dynamic dictionary, notranslate) where it honours it,
/// English on one side of the direction, and nothing of it stays in the answer; for other directions, where the
/// service silently ignores a dictionary's forced translation, they travel as NewsLingo's placeholders.
/// </summary>
public sealed class AzureGlossaryTests : IAsyncLifetime
{
    private static readonly LanguageTag French = LanguageTag.Parse("fr");
    private static readonly LanguageTag English = LanguageTag.Parse("en");

    private static readonly Glossary Terms = new(
    [
        new GlossaryEntry("Palmyre", null, new Dictionary<string, string> { ["en"] = "Palmyra", ["es"] = "Palmira" }),
        new GlossaryEntry("Sophie Marchand", null),
    ]);

    private TranslatorEmulator _emulator = null!;

    public async Task InitializeAsync() => _emulator = await TranslatorEmulator.StartAsync();

    public async Task DisposeAsync() => await _emulator.DisposeAsync();

    [Fact]
    public async Task Plain_text_terms_travel_as_dynamic_dictionary_entries()
    {
        using var harness = new AzureHarness(_emulator);
        var engine = new TranslationEngine(harness.Resilient);

        var outcome = await engine.TranslateAsync(new SegmentJob(["Les ruines de Palmyre, selon Sophie Marchand."], French, English, Glossary: Terms), CancellationToken.None);

        var sent = SentTexts().Single();
        Assert.Equal(
            """Les ruines de <mstrans:dictionary translation="Palmyra">Palmyre</mstrans:dictionary>, selon <mstrans:dictionary translation="Sophie Marchand">Sophie Marchand</mstrans:dictionary>.""",
            sent);
        Assert.Equal("[en] Les ruines de Palmyra, selon Sophie Marchand.", outcome.Segments[0].Text);
        Assert.Empty(outcome.Report.Notes);
    }

    [Fact]
    public async Task Html_keeps_terms_with_notranslate_and_forces_translations_with_the_dictionary()
    {
        using var harness = new AzureHarness(_emulator);
        var engine = new TranslationEngine(harness.Resilient);
        const string html = """<p>Les ruines de <a href="/tags/palmyre">Palmyre</a>, selon Sophie Marchand. <span class="notranslate">PUBLICITÉ</span></p>""";

        var outcome = await engine.TranslateAsync(new SegmentJob([html], French, English, TextFormat.Html, Glossary: Terms), CancellationToken.None);

        var sent = SentTexts().Single();
        Assert.Contains("""<a href="/tags/palmyre"><mstrans:dictionary translation="Palmyra">Palmyre</mstrans:dictionary></a>""", sent, StringComparison.Ordinal);
        Assert.Contains("""<span class="notranslate" data-newslingo-term="">Sophie Marchand</span>""", sent, StringComparison.Ordinal);
        Assert.DoesNotContain("⟦", sent, StringComparison.Ordinal);

        var answer = outcome.Segments[0].Text;
        Assert.Contains("""<a href="/tags/palmyre">[en] Palmyra</a>""", answer, StringComparison.Ordinal);
        Assert.Contains(", selon Sophie Marchand", answer, StringComparison.Ordinal);
        Assert.DoesNotContain("data-newslingo-term", answer, StringComparison.Ordinal);
        Assert.DoesNotContain("mstrans", answer, StringComparison.Ordinal);

        // The article's own notranslate span is the article's: kept, and its text untranslated.
        Assert.Contains("""<span class="notranslate">PUBLICITÉ</span>""", answer, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("es", "Palmira")]
    [InlineData("de", "Palmyra")]
    public async Task Directions_without_English_force_the_translation_with_placeholders_not_the_dictionary(string target, string forced)
    {
        using var harness = new AzureHarness(_emulator);
        var engine = new TranslationEngine(harness.Resilient);
        var glossary = new Glossary([new GlossaryEntry("Palmyre", null, new Dictionary<string, string> { ["en"] = "Palmyra", ["es"] = "Palmira", ["de"] = "Palmyra" })]);

        var outcome = await engine.TranslateAsync(new SegmentJob(["Palmyre, Palmyre."], French, LanguageTag.Parse(target), Glossary: glossary), CancellationToken.None);

        var sent = SentTexts().Single();
        Assert.DoesNotContain("mstrans", sent, StringComparison.Ordinal);
        Assert.Equal("⟦0⟧, ⟦1⟧.", sent);
        Assert.Equal($"[{target}] {forced}, {forced}.", outcome.Segments[0].Text);
    }

    [Fact]
    public async Task French_to_English_forces_the_translation_and_French_to_Spanish_does_too_where_the_dictionary_would_not()
    {
        using var harness = new AzureHarness(_emulator);
        var engine = new TranslationEngine(harness.Resilient);

        var english = await engine.TranslateAsync(new SegmentJob(["Les ruines de Palmyre."], French, English, Glossary: Terms), CancellationToken.None);
        var spanish = await engine.TranslateAsync(new SegmentJob(["Les ruines de Palmyre."], French, LanguageTag.Parse("es"), Glossary: Terms), CancellationToken.None);

        Assert.Equal("[en] Les ruines de Palmyra.", english.Segments[0].Text);
        Assert.Equal("[es] Les ruines de Palmira.", spanish.Segments[0].Text);
        var sent = SentTexts().ToList();
        Assert.Contains("<mstrans:dictionary", sent[0], StringComparison.Ordinal);
        Assert.DoesNotContain("<mstrans:dictionary", sent[1], StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_emulated_service_ignores_a_dictionarys_forced_translation_between_two_languages_other_than_English()
    {
        using var harness = new AzureHarness(_emulator);
        const string marked = """Les ruines de <mstrans:dictionary translation="Palmira">Palmyre</mstrans:dictionary>.""";

        var spanish = await harness.Client.TranslateAsync([marked], "es", "fr", Client.TextType.Plain, ProfanityAction.NoAction, ProfanityMarker.Asterisk, CancellationToken.None);
        var english = await harness.Client.TranslateAsync([marked.Replace("Palmira", "Palmyra", StringComparison.Ordinal)], "en", "fr", Client.TextType.Plain, ProfanityAction.NoAction, ProfanityMarker.Asterisk, CancellationToken.None);

        // As Microsoft documents it: what NewsLingo sent for fr→es before it knew the rule silently lost the glossary.
        Assert.Equal("[es] Les ruines de Palmyre.", Assert.Single(spanish.Texts));
        Assert.Equal("[en] Les ruines de Palmyra.", Assert.Single(english.Texts));
    }

    private IEnumerable<string> SentTexts() =>
        _emulator.RequestsTo("/translate").SelectMany(r => JsonDocument.Parse(r.Body).RootElement.EnumerateArray().Select(e => e.GetProperty("Text").GetString()!));
}
