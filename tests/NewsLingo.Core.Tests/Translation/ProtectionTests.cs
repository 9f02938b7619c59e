using NewsLingo.Backends.Fakes;
using NewsLingo.Core.Languages;
using NewsLingo.Core.Translation;
using NewsLingo.Core.Usage;

namespace NewsLingo.Core.Tests.Translation;

public sealed class ProtectionTests
{
    private static readonly LanguageTag French = LanguageTag.Parse("fr");
    private static readonly LanguageTag Spanish = LanguageTag.Parse("es");

    private static FakeTranslator Fake()
    {
        var options = Microsoft.Extensions.Options.Options.Create(new FakeBackendOptions());
        return new FakeTranslator(options, new FaultInjector(options));
    }

    private static async Task<(IReadOnlyList<TranslatedSegment> Result, CallReport Usage)> TranslateAsync(ITranslator translator, SegmentJob job)
    {
        var outcome = await new TranslationEngine(translator).TranslateAsync(job, CancellationToken.None);
        var result = outcome.Segments;
        return (result, outcome.Report);
    }

    [Fact]
    public async Task Do_not_translate_terms_survive_a_backend_that_would_translate_them()
    {
        var backend = new ApertiumLikeTranslator();
        var glossary = new Glossary([new GlossaryEntry("Sophie Marchand", null), new GlossaryEntry("Part-Dieu", null)]);

        var (result, _) = await TranslateAsync(backend, new SegmentJob(["Le maire a parlé avec Sophie Marchand de la gare Part-Dieu."], French, Spanish, Glossary: glossary));

        Assert.Equal("El alcalde ha hablado con Sophie Marchand de la estación Part-Dieu.", result[0].Text);
        Assert.DoesNotContain("Marchand", backend.Batches.Single().Segments[0], StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_forced_term_comes_back_as_its_given_translation_and_longer_terms_win()
    {
        var glossary = new Glossary([new GlossaryEntry("gare", "terminal"), new GlossaryEntry("gare Part-Dieu", "estación Lyon Part-Dieu")]);

        var (result, _) = await TranslateAsync(new ApertiumLikeTranslator(), new SegmentJob(["Le maire de la gare Part-Dieu a parlé avec la gare."], French, Spanish, Glossary: glossary));

        Assert.Equal("El alcalde de la estación Lyon Part-Dieu ha hablado con la terminal.", result[0].Text);
    }

    [Fact]
    public async Task Terms_match_regardless_of_case_and_keep_the_sources_spelling()
    {
        var glossary = new Glossary([new GlossaryEntry("palmyre", null), new GlossaryEntry("daech", "ISIS")]);

        var (result, _) = await TranslateAsync(Fake(), new SegmentJob(["PALMYRE libérée de Daech."], French, Spanish, Glossary: glossary));

        Assert.Equal("[es] PALMYRE libérée de ISIS.", result[0].Text);
    }

    [Fact]
    public async Task Terms_match_whole_words_only()
    {
        var glossary = new Glossary([new GlossaryEntry("Dieu", null)]);

        var (result, _) = await TranslateAsync(Fake(), new SegmentJob(["Dieudonné a parlé. Dieu merci."], French, Spanish, Glossary: glossary));

        Assert.Equal("[es] Dieudonné a parlé. Dieu merci.", result[0].Text);
    }

    [Fact]
    public async Task Inline_markup_survives_a_plain_text_backend_tag_for_tag()
    {
        const string html = "Le <strong>maire</strong> a <a href=\"https://x.fr/a?b=1&amp;c=2\">parlé</a> avec <em>Sophie</em>.";
        var backend = new ApertiumLikeTranslator();

        var (result, usage) = await TranslateAsync(backend, new SegmentJob([html], French, Spanish, TextFormat.Html));

        Assert.Equal("El <strong>alcalde</strong> ha <a href=\"https://x.fr/a?b=1&amp;c=2\">hablado</a> con <em>Sophie</em>.", result[0].Text);
        var sent = backend.Batches.Single();
        Assert.Equal(TextFormat.Plain, sent.Format);
        Assert.DoesNotContain('<', sent.Segments[0]);
        Assert.Empty(usage.Fallbacks);
        Assert.Empty(usage.Notes);
    }

    [Fact]
    public async Task A_backend_that_translates_HTML_gets_the_markup_as_it_is()
    {
        const string html = "Le <strong>maire</strong> a parlé.";
        var backend = new RecordingTranslator(new BackendLimits(1000, 10, 1)) { HtmlCapable = true };

        await TranslateAsync(backend, new SegmentJob([html], French, LanguageTag.Parse("en"), TextFormat.Html));

        Assert.Equal(html, backend.Batches.Single().Segments[0]);
        Assert.Equal(TextFormat.Html, backend.Batches.Single().Format);
    }

    [Fact]
    public async Task A_placeholder_the_backend_lost_is_reported_not_shown()
    {
        var backend = new DroppingTranslator();
        var glossary = new Glossary([new GlossaryEntry("Palmyre", null)]);

        var (result, usage) = await TranslateAsync(backend, new SegmentJob(["La ville de Palmyre."], French, Spanish, Glossary: glossary));

        Assert.DoesNotContain('⟦', result[0].Text);
        Assert.Contains(usage.Notes, f => f.Contains("dropped 1 protected", StringComparison.Ordinal));
    }

    /// <summary>Loses every placeholder, as a careless model might.</summary>
    private sealed class DroppingTranslator : ITranslator
    {
        public string Name => "dropping";

        public BackendLimits Limits => BackendLimits.Unbounded;

        public bool SupportsHtml => false;

        public ValueTask<IReadOnlyCollection<LanguageDirection>> GetSupportedDirectionsAsync(CancellationToken cancellationToken) =>
            ValueTask.FromResult<IReadOnlyCollection<LanguageDirection>>([new(French, Spanish)]);

        public Task<TranslationBatchResult> TranslateAsync(TranslationBatch batch, CancellationToken cancellationToken) =>
            Task.FromResult(new TranslationBatchResult(
                batch.Segments.Select(s => new TranslatedSegment(System.Text.RegularExpressions.Regex.Replace(s, "⟦\\d+⟧", string.Empty))).ToList(),
                new BackendUsage(Name, batch.CharacterCount, 1)));
    }
}
