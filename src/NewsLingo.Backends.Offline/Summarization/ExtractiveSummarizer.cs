using NewsLingo.Core.Languages;
using NewsLingo.Core.Summarization;
using NewsLingo.Core.Usage;

namespace NewsLingo.Backends.Offline.Summarization;

/// <summary>
/// Picks the article's own sentences (TextRank with a lead and title prior, see
/// <see cref="SentenceRanker"/>) and returns them in source order, in the source language.
/// Usage reports the characters read and one local request: nothing is billed, but the figure
/// feeds the same throughput metrics as remote backends.
/// </summary>
public sealed class ExtractiveSummarizer : ISummarizer
{
    public const string BackendName = "extractive";

    // Sentences this short are captions, bylines or subheadings rather than statements.
    private const int MinimumCandidateWords = 5;

    // A candidate this similar to one already picked would repeat it (a lead restating the title).
    private const double RedundancyThreshold = 0.6;

    public string Name => BackendName;

    /// <summary>Never: an extractive summary is made of source sentences, the pipeline translates it.</summary>
    public bool CanWriteIn(LanguageTag target) => false;

    public Task<SummaryResult> SummarizeAsync(SummaryRequest request, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        cancellationToken.ThrowIfCancellationRequested();
        var picked = Pick(request);
        var characters = request.Sentences.Sum(s => (long)s.Length);
        var result = new SummaryResult(
            picked.Select(i => request.Sentences[i].Trim()).ToList(),
            request.SourceLanguage,
            new BackendUsage(BackendName, characters, 1),
            picked.Count == 0 ? "The article has no sentence to summarize." : null);
        return Task.FromResult(result);
    }

    /// <summary>The indexes of the chosen sentences, in source order.</summary>
    internal static IReadOnlyList<int> Pick(SummaryRequest request)
    {
        var sentences = request.Sentences;
        if (sentences.Count == 0)
        {
            return [];
        }

        var stopWords = StopWordLists.For(request.SourceLanguage);
        var terms = sentences.Select(s => TextNormalizer.Terms(s, stopWords)).ToList();
        var title = string.IsNullOrWhiteSpace(request.Title) ? null : TextNormalizer.Terms(request.Title, stopWords);
        var scores = SentenceRanker.Rank(terms, title, out var similarity);
        var words = sentences.Select(TextNormalizer.CountWords).ToArray();

        var candidates = Enumerable.Range(0, sentences.Count)
            .Where(i => words[i] >= MinimumCandidateWords && terms[i].Count > 0)
            .ToList();
        if (candidates.Count == 0)
        {
            candidates = Enumerable.Range(0, sentences.Count).Where(i => words[i] > 0).ToList();
        }

        // Ties go to the earlier sentence so the same article always gives the same summary.
        var ranked = candidates.OrderByDescending(i => scores[i]).ThenBy(i => i).ToList();
        if (ranked.Count == 0)
        {
            return [];
        }

        var maxSentences = request.Style == SummaryStyle.Headline ? 1 : request.Length.MaxSentences ?? int.MaxValue;
        var wordBudget = request.Length.MaxWords ?? int.MaxValue;
        var chosen = new List<int>();
        var usedWords = 0;
        foreach (var i in ranked)
        {
            if (chosen.Count >= maxSentences)
            {
                break;
            }

            if (usedWords + words[i] > wordBudget || chosen.Any(c => similarity[c][i] >= RedundancyThreshold))
            {
                continue;
            }

            chosen.Add(i);
            usedWords += words[i];
        }

        if (chosen.Count == 0)
        {
            // Nothing fits the word budget: one whole sentence beats a cut one or none.
            chosen.Add(ranked[0]);
        }

        chosen.Sort();
        return chosen;
    }
}
