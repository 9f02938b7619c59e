using NewsLingo.Core.Summarization;
using NewsLingo.Core.Usage;

namespace NewsLingo.Backends.Fakes;

/// <summary>Deterministic summarizer: the first sentences, up to the requested length, in the source language.</summary>
public sealed class FakeSummarizer(FaultInjector faults) : ISummarizer
{
    public const string BackendName = "fake";

    public string Name => BackendName;

    public bool CanWriteIn(Core.Languages.LanguageTag target) => false;

    public async Task<SummaryResult> SummarizeAsync(SummaryRequest request, CancellationToken cancellationToken)
    {
        await faults.BeforeCallAsync(Name, cancellationToken).ConfigureAwait(false);
        var chosen = new List<string>();
        var words = 0;
        var maxSentences = request.Style == SummaryStyle.Headline ? 1 : request.Length.MaxSentences ?? int.MaxValue;
        foreach (var sentence in request.Sentences)
        {
            var sentenceWords = sentence.Split(' ', StringSplitOptions.RemoveEmptyEntries).Length;
            if (chosen.Count >= maxSentences || (request.Length.MaxWords is { } maxWords && chosen.Count > 0 && words + sentenceWords > maxWords))
            {
                break;
            }

            chosen.Add(sentence);
            words += sentenceWords;
        }

        var characters = request.Sentences.Sum(s => (long)s.Length);
        return new SummaryResult(chosen, request.SourceLanguage, new BackendUsage(Name, characters, 1));
    }
}
