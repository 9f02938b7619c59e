using System.Collections.Concurrent;
using NewsLingo.Core.Articles;
using NewsLingo.Core.Languages;
using NewsLingo.Core.Tests.Articles;
using NewsLingo.Core.Translation;
using NewsLingo.Core.Usage;
using NewsLingo.Testing;

namespace NewsLingo.Core.Tests.Translation;

/// <summary>budget-long.txt through a backend with small limits: the fewest calls, nothing lost, order kept.</summary>
public sealed class ChunkingTests
{
    private static readonly LanguageTag French = LanguageTag.Parse("fr");
    private static readonly LanguageTag English = LanguageTag.Parse("en");

    private static string[] BudgetBody() =>
        [.. new ArticleReader().Read(ArticleInput.FromText(Samples.Read("budget-long.txt")), removeBoilerplate: true).Article.Blocks.Select(b => b.Text)];

    /// <summary>
    /// The fewest contiguous calls: with segments kept in order, filling each call as far as the limits
    /// allow is optimal (an exchange argument: any other split can be moved boundary by boundary to the
    /// greedy one without adding a call). Computed here on its own, not with the engine's code.
    /// </summary>
    private static int MinimumCalls(IReadOnlyList<string> segments, BackendLimits limits)
    {
        var calls = 0;
        var i = 0;
        while (i < segments.Count)
        {
            calls++;
            var characters = segments[i].Length;
            var count = 1;
            i++;
            while (i < segments.Count && count < limits.MaxSegmentsPerRequest && characters + segments[i].Length <= limits.MaxCharactersPerRequest)
            {
                characters += segments[i].Length;
                count++;
                i++;
            }
        }

        return calls;
    }

    [Theory]
    [InlineData(2_000, 50, 3)]
    [InlineData(100_000, 8, 2)]
    [InlineData(1_000, 100, 1)]
    public async Task The_long_article_takes_the_fewest_calls_the_limits_allow_and_loses_nothing(int characters, int segments, int concurrency)
    {
        var body = BudgetBody();
        var limits = new BackendLimits(characters, segments, concurrency);
        var backend = new ConcurrencyProbe(limits);

        var outcome = await new TranslationEngine(backend).TranslateAsync(new SegmentJob(body, French, English), CancellationToken.None);
        var result = outcome.Segments;

        Assert.Equal(body.Length, result.Count);
        Assert.Equal(body.Select(b => $"<en>{b}</en>"), result.Select(r => r.Text));
        Assert.Equal(64, result.Count(r => r.Text.Contains("(paragraphe ", StringComparison.Ordinal)));
        Assert.Equal(MinimumCalls(body, limits), backend.Calls.Count);
        Assert.All(backend.Calls, call => Assert.True(call.Segments.Count <= segments && call.CharacterCount <= characters));
        Assert.InRange(backend.MostInFlight, 1, concurrency);
        Assert.Equal(body.Sum(b => (long)b.Length), outcome.Report.Backends.Single().Characters);
    }

    [Fact]
    public async Task Paragraphs_repeated_in_one_article_are_sent_once()
    {
        var body = BudgetBody();
        var repeated = body.Concat(body.Take(5)).ToArray();
        var backend = new ConcurrencyProbe(new BackendLimits(100_000, 1_000, 1));

        var outcome = await new TranslationEngine(backend).TranslateAsync(new SegmentJob(repeated, French, English), CancellationToken.None);
        var result = outcome.Segments;

        Assert.Equal(repeated.Length, result.Count);
        Assert.Equal(body.Length, backend.Calls.Sum(c => c.Segments.Count));
        Assert.Equal(result[0].Text, result[body.Length].Text);
    }

    [Fact]
    public async Task A_paragraph_longer_than_a_call_is_cut_at_sentence_ends_and_comes_back_whole()
    {
        var sentences = Enumerable.Range(1, 40).Select(n => $"La phrase numéro {n} du très long paragraphe parle du budget de l'État.").ToArray();
        var paragraph = string.Join(' ', sentences);
        var backend = new ConcurrencyProbe(new BackendLimits(500, 10, 2));

        var outcome = await new TranslationEngine(backend, new SentenceSegmenter()).TranslateAsync(
            new SegmentJob(["Avant.", paragraph, "Après."], French, English), CancellationToken.None);
        var result = outcome.Segments;

        Assert.Equal(3, result.Count);
        // Calls run two at a time, so they may reach the backend in either order: read the pieces in text order.
        var pieces = backend.Calls.SelectMany(c => c.Segments).Where(s => s.StartsWith("La phrase", StringComparison.Ordinal));
        Assert.Equal(paragraph, string.Join(' ', pieces.OrderBy(piece => paragraph.IndexOf(piece, StringComparison.Ordinal))));
        Assert.All(backend.Calls, call => Assert.True(call.CharacterCount <= 500));
        Assert.All(backend.Calls.SelectMany(c => c.Segments), piece => Assert.EndsWith(".", piece, StringComparison.Ordinal));
        Assert.StartsWith("<en>La phrase numéro 1 ", result[1].Text, StringComparison.Ordinal);
        Assert.EndsWith("numéro 40 du très long paragraphe parle du budget de l'État.</en>", result[1].Text, StringComparison.Ordinal);
        Assert.Equal("<en>Après.</en>", result[2].Text);
    }

    /// <summary>Answers after a short pause (so calls overlap), recording every call and the most in flight at once.</summary>
    private sealed class ConcurrencyProbe(BackendLimits limits) : ITranslator
    {
        private int _inFlight;
        private int _mostInFlight;

        public ConcurrentQueue<TranslationBatch> Calls { get; } = new();

        public int MostInFlight => Volatile.Read(ref _mostInFlight);

        public string Name => "probe";

        public BackendLimits Limits => limits;

        public bool SupportsHtml => false;

        public ValueTask<IReadOnlyCollection<LanguageDirection>> GetSupportedDirectionsAsync(CancellationToken cancellationToken) =>
            ValueTask.FromResult<IReadOnlyCollection<LanguageDirection>>([new(French, English)]);

        public async Task<TranslationBatchResult> TranslateAsync(TranslationBatch batch, CancellationToken cancellationToken)
        {
            Calls.Enqueue(batch);
            var now = Interlocked.Increment(ref _inFlight);
            int seen;
            while (now > (seen = Volatile.Read(ref _mostInFlight)) && Interlocked.CompareExchange(ref _mostInFlight, now, seen) != seen)
            {
            }

            try
            {
                await Task.Delay(5, cancellationToken);
                return new TranslationBatchResult(
                    batch.Segments.Select(s => new TranslatedSegment($"<en>{s}</en>")).ToList(),
                    new BackendUsage(Name, batch.CharacterCount, 1));
            }
            finally
            {
                Interlocked.Decrement(ref _inFlight);
            }
        }
    }
}
