using NewsLingo.Backends.Fakes;
using NewsLingo.Core.Languages;
using NewsLingo.Core.Translation;
using NewsLingo.Core.Usage;

namespace NewsLingo.Core.Tests.Translation;

/// <summary>Markup, entities and placeholder look-alikes in the input never reach a backend as words and never come back as live markup.</summary>
public sealed class HostileMarkupTests
{
    private static readonly LanguageTag French = LanguageTag.Parse("fr");
    private static readonly LanguageTag Spanish = LanguageTag.Parse("es");

    private static async Task<(string Text, CallReport Usage)> TranslateAsync(ITranslator translator, string segment, TextFormat format, Glossary? glossary = null)
    {
        var outcome = await new TranslationEngine(translator).TranslateAsync(new SegmentJob([segment], French, Spanish, format, Glossary: glossary), CancellationToken.None);
        var result = outcome.Segments;
        return (result[0].Text, outcome.Report);
    }

    private static FakeTranslator Fake()
    {
        var options = Microsoft.Extensions.Options.Options.Create(new FakeBackendOptions());
        return new FakeTranslator(options, new FaultInjector(options));
    }

    [Fact]
    public async Task Entities_are_decoded_for_a_plain_text_backend_and_encoded_in_its_answer()
    {
        var backend = new PlainTextEcho();

        var (text, _) = await TranslateAsync(backend, "Le maire a dit &lt;script&gt; et &eacute;lu &amp; &#x1F600;.", TextFormat.Html);

        Assert.Equal("Le maire a dit ⟦0⟧ et élu & 😀.", backend.Sent.Single());
        Assert.Equal("[es] Le maire a dit &lt;script&gt; et élu &amp; 😀.", text);
    }

    [Fact]
    public async Task Scripts_styles_templates_and_comments_are_never_sent_and_come_back_unchanged()
    {
        const string html = "<p>Le maire</p><script>alert(document.cookie)</script><style>p{color:red}</style><template><b>Le maire</b></template><!-- le maire -->";
        foreach (var backend in new ITranslator[] { new PlainTextEcho(), new PlainTextEcho { ReadsHtml = true } })
        {
            var (text, _) = await TranslateAsync(backend, html, TextFormat.Html);

            var sent = ((PlainTextEcho)backend).Sent.Single();
            Assert.DoesNotContain("cookie", sent, StringComparison.Ordinal);
            Assert.DoesNotContain("color", sent, StringComparison.Ordinal);
            Assert.DoesNotContain("template", sent, StringComparison.Ordinal);
            Assert.DoesNotContain("<!--", sent, StringComparison.Ordinal);
            Assert.EndsWith("<script>alert(document.cookie)</script><style>p{color:red}</style><template><b>Le maire</b></template><!-- le maire -->", text, StringComparison.Ordinal);
        }
    }

    [Fact]
    public async Task A_backend_answer_with_markup_cannot_become_a_tag_for_a_plain_text_backend()
    {
        var (text, _) = await TranslateAsync(new InjectingTranslator(), "Le <b>maire</b>.", TextFormat.Html);

        Assert.Equal("Le <b>maire</b>. &lt;img src=x onerror=alert(1)&gt;", text);
    }

    [Theory]
    [InlineData(TextFormat.Plain)]
    [InlineData(TextFormat.Html)]
    public async Task A_literal_placeholder_in_the_text_comes_back_unchanged_with_a_glossary(TextFormat format)
    {
        var glossary = new Glossary([new GlossaryEntry("Palmyre", "Palmyra")]);

        var (text, usage) = await TranslateAsync(Fake(), "Le maire ⟦0⟧ a présenté le budget ⟦1⟧ de Palmyre.", format, glossary);

        Assert.Equal("[es] Le maire ⟦0⟧ a présenté le budget ⟦1⟧ de Palmyra.", text);
        Assert.Empty(usage.Notes);
    }

    [Fact]
    public async Task Lone_brackets_and_look_alikes_survive_a_plain_text_backend()
    {
        var (text, _) = await TranslateAsync(new ApertiumLikeTranslator(), "Le maire ⟦ a ⟧ ⟦⟧ <b>maire</b>", TextFormat.Html);

        Assert.Equal("El alcalde ⟦ ha ⟧ ⟦⟧ <b>alcalde</b>", text);
    }

    [Fact]
    public async Task Glossary_terms_never_match_inside_tags()
    {
        var glossary = new Glossary([new GlossaryEntry("Palmyre", "Palmyra")]);

        var (text, _) = await TranslateAsync(Fake(), "<a href=\"/tags/palmyre\" title=\"Palmyre\">Palmyre</a>", TextFormat.Html, glossary);

        Assert.Equal("[es] <a href=\"/tags/palmyre\" title=\"Palmyre\">Palmyra</a>", text);
    }

    /// <summary>A plain-text (or, with <see cref="ReadsHtml"/>, HTML) backend that prefixes the target and records what it was sent.</summary>
    private sealed class PlainTextEcho : ITranslator
    {
        public List<string> Sent { get; } = [];

        public bool ReadsHtml { get; init; }

        public string Name => "echo";

        public BackendLimits Limits => BackendLimits.Unbounded;

        public bool SupportsHtml => ReadsHtml;

        public ValueTask<IReadOnlyCollection<LanguageDirection>> GetSupportedDirectionsAsync(CancellationToken cancellationToken) =>
            ValueTask.FromResult<IReadOnlyCollection<LanguageDirection>>([new(French, Spanish)]);

        public Task<TranslationBatchResult> TranslateAsync(TranslationBatch batch, CancellationToken cancellationToken)
        {
            Sent.AddRange(batch.Segments);
            return Task.FromResult(new TranslationBatchResult(
                batch.Segments.Select(s => new TranslatedSegment("[es] " + s)).ToList(),
                new BackendUsage(Name, batch.CharacterCount, 1)));
        }
    }

    /// <summary>Answers every segment with an image tag appended, as a compromised or careless backend might.</summary>
    private sealed class InjectingTranslator : ITranslator
    {
        public string Name => "injecting";

        public BackendLimits Limits => BackendLimits.Unbounded;

        public bool SupportsHtml => false;

        public ValueTask<IReadOnlyCollection<LanguageDirection>> GetSupportedDirectionsAsync(CancellationToken cancellationToken) =>
            ValueTask.FromResult<IReadOnlyCollection<LanguageDirection>>([new(French, Spanish)]);

        public Task<TranslationBatchResult> TranslateAsync(TranslationBatch batch, CancellationToken cancellationToken) =>
            Task.FromResult(new TranslationBatchResult(
                batch.Segments.Select(s => new TranslatedSegment(s + " <img src=x onerror=alert(1)>")).ToList(),
                new BackendUsage(Name, batch.CharacterCount, 1)));
    }
}
