using NewsLingo.Core.Errors;
using NewsLingo.Core.Languages;
using NewsLingo.Core.Translation;
using NewsLingo.Core.Usage;

namespace NewsLingo.Core.Tests.Translation;

public sealed class TranslationEngineTests
{
    private static readonly LanguageTag French = LanguageTag.Parse("fr");
    private static readonly LanguageTag English = LanguageTag.Parse("en");

    [Fact]
    public async Task Segments_are_packed_into_the_fewest_calls_the_limits_allow_and_come_back_in_order()
    {
        var translator = new RecordingTranslator(new BackendLimits(MaxCharactersPerRequest: 10, MaxSegmentsPerRequest: 3, MaxConcurrentRequests: 2));
        var segments = new[] { "aaaa", "bbbb", "cc", "dddddd", "e", "f", "g", "hhhhhhhhhh" };

        var outcome = await new TranslationEngine(translator).TranslateAsync(new SegmentJob(segments, French, English), CancellationToken.None);
        var result = outcome.Segments;

        Assert.Equal(segments.Select(s => s.ToUpperInvariant()), result.Select(r => r.Text));
        var sent = translator.Batches.OrderBy(b => Array.IndexOf(segments, b.Segments[0])).Select(b => string.Join("|", b.Segments)).ToList();
        Assert.Equal(["aaaa|bbbb|cc", "dddddd|e|f", "g", "hhhhhhhhhh"], sent);
        Assert.Equal(segments.Sum(s => s.Length), outcome.Report.Backends.Single().Characters);
        Assert.Equal(4, outcome.Report.Backends.Single().Requests);
    }

    [Fact]
    public async Task Blank_and_repeated_segments_are_not_sent_but_keep_their_place()
    {
        var translator = new RecordingTranslator(BackendLimits.Unbounded);

        var outcome = await new TranslationEngine(translator).TranslateAsync(new SegmentJob(["un", "", "deux", "un", "  "], French, English), CancellationToken.None);
        var result = outcome.Segments;

        Assert.Equal(["UN", "", "DEUX", "UN", "  "], result.Select(r => r.Text));
        Assert.Equal(["un", "deux"], Assert.Single(translator.Batches).Segments);
        Assert.Equal(1, outcome.Report.DuplicateSegments);
        Assert.Equal(2, outcome.Report.SegmentsTranslated);
    }

    [Theory]
    [InlineData(6)]
    [InlineData(60)]
    public async Task Repeats_are_found_in_short_and_long_batches_alike(int distinct)
    {
        // Short batches look for repeats by scanning, long ones through a dictionary: both must agree.
        var translator = new RecordingTranslator(BackendLimits.Unbounded);
        var segments = Enumerable.Range(0, distinct).Select(i => $"phrase {i}").ToList();
        segments.AddRange(segments.Where((_, i) => i % 3 == 0).ToList());
        segments.Insert(distinct / 2, " ");

        var outcome = await new TranslationEngine(translator).TranslateAsync(new SegmentJob(segments, French, English), CancellationToken.None);
        var result = outcome.Segments;

        var repeats = segments.Count - distinct - 1;
        Assert.Equal(segments.Select(s => string.IsNullOrWhiteSpace(s) ? s : s.ToUpperInvariant()), result.Select(r => r.Text));
        Assert.Equal(distinct, translator.Batches.Sum(b => b.Segments.Count));
        Assert.Equal(repeats, outcome.Report.DuplicateSegments);
    }

    [Fact]
    public async Task An_unsupported_direction_names_the_field_and_what_is_supported()
    {
        var engine = new TranslationEngine(new RecordingTranslator(BackendLimits.Unbounded));

        var exception = await Assert.ThrowsAsync<UnsupportedDirectionException>(async () =>
            await engine.EnsureSupportedAsync(new LanguageDirection(English, French), "target_languages[3]", CancellationToken.None));

        Assert.Equal("target_languages[3]", exception.Field);
        Assert.Equal("fr->en", exception.Details["supported"]);
    }

    [Fact]
    public async Task A_regional_target_is_served_by_the_language_direction()
    {
        var translator = new RecordingTranslator(BackendLimits.Unbounded);

        var outcome = await new TranslationEngine(translator).TranslateAsync(new SegmentJob(["oui"], LanguageTag.Parse("fr-CA"), LanguageTag.Parse("en-GB")), CancellationToken.None);
        var result = outcome.Segments;

        Assert.Equal("OUI", Assert.Single(result).Text);
    }

    [Fact]
    public async Task Stopping_the_enumeration_cancels_the_calls_still_running()
    {
        var translator = new RecordingTranslator(new BackendLimits(100, 1, 2), latency: TimeSpan.FromSeconds(30));
        var engine = new TranslationEngine(translator);
        using var timeout = new CancellationTokenSource(TimeSpan.FromMilliseconds(200));

        await Assert.ThrowsAnyAsync<OperationCanceledException>(async () =>
        {
            await foreach (var _ in engine.Start(new SegmentJob(["a", "b", "c", "d"], French, English)).ReadAllAsync(timeout.Token))
            {
            }
        });

        Assert.Equal(2, translator.Batches.Count);
    }
}
