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

        if (candidates.Count == 0)
        {
            return [];
        }

        var maxSentences = request.Style == SummaryStyle.Headline ? 1 : request.Length.MaxSentences ?? int.MaxValue;
        var wordBudget = request.Length.MaxWords ?? int.MaxValue;
        var chosen = new List<int>();
        var usedWords = 0;
        var remaining = new List<int>(candidates);
        while (chosen.Count < maxSentences && remaining.Count > 0)
        {
            // Greedy maximal marginal relevance: a sentence's score shrinks by how much it repeats
            // what is already chosen. Ties go to the earlier sentence, so output is deterministic.
            var best = -1;
            var bestValue = double.NegativeInfinity;
            foreach (var i in remaining)
            {
                var overlap = chosen.Count == 0 ? 0 : chosen.Max(c => similarity[c][i]);
                var value = scores[i] * (1 - overlap);
                if (value > bestValue || (value == bestValue && i < best))
                {
                    best = i;
                    bestValue = value;
                }
            }

            remaining.Remove(best);
            if (usedWords + words[best] > wordBudget)
            {
                continue;
            }

            chosen.Add(best);
            usedWords += words[best];
        }

        if (chosen.Count == 0)
        {
            // Nothing fits the word budget: one whole sentence beats a cut one or none.
            chosen.Add(candidates.OrderByDescending(i => scores[i]).ThenBy(i => i).First());
        }

        chosen.Sort();
        return chosen;
    }
}
