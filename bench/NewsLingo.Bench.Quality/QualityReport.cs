using System.Globalization;
using NewsLingo.Bench.Quality.Scoring;

namespace NewsLingo.Bench.Quality;

/// <summary>
/// The figures of a run as Markdown tables: per target and serving backend BLEU and chrF over the
/// sentences that backend served, then the characters each backend billed over all targets.
/// </summary>
public static class QualityReport
{
    public static void Print(IReadOnlyList<TargetRun> runs, Func<string, IReadOnlyList<string>> referencesFor, TextWriter output)
    {
        var details = new List<string>();
        output.WriteLine("| target | served by | sentences | BLEU | chrF2 | characters billed | cache hits | failed | calls | seconds |");
        output.WriteLine("|---|---|---:|---:|---:|---:|---:|---:|---:|---:|");
        foreach (var run in runs)
        {
            var references = referencesFor(run.Target);
            foreach (var group in run.Sentences.GroupBy(s => s.Backend))
            {
                // A target routed to one backend is the whole corpus; a fallback that served some
                // batches is scored on its own sentences, so the two figures are not comparable.
                var hypotheses = group.Select(s => s.Text).ToList();
                var subset = group.Select(s => references[s.Index]).ToList();
                var bleu = Bleu.Score(hypotheses, subset);
                var chrF = ChrF.Score(hypotheses, subset);
                var backendCharacters = group.Key.Split(',', StringSplitOptions.TrimEntries).Sum(b => run.CharactersBilled.GetValueOrDefault(b));
                output.WriteLine(string.Create(
                    CultureInfo.InvariantCulture,
                    $"| {run.Target} | {Name(group.Key)} | {hypotheses.Count} | {bleu.Score:F1} | {chrF:F1} | {backendCharacters:N0} | {run.CacheHits} | {run.Failed} | {run.Calls} | {run.Elapsed.TotalSeconds:F1} |"));
                details.Add($"fr→{run.Target} {Name(group.Key)}: {bleu}");
            }
        }

        output.WriteLine();
        output.WriteLine("| backend | characters billed | backend requests |");
        output.WriteLine("|---|---:|---:|");
        foreach (var backend in runs.SelectMany(r => r.CharactersBilled.Keys).Distinct().Order(StringComparer.Ordinal))
        {
            var characters = runs.Sum(r => r.CharactersBilled.GetValueOrDefault(backend));
            var requests = runs.Sum(r => r.Requests.GetValueOrDefault(backend));
            output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"| {backend} | {characters:N0} | {requests:N0} |"));
        }

        output.WriteLine();
        foreach (var line in details)
        {
            output.WriteLine(line);
        }
    }

    private static string Name(string backend) => backend.Length == 0 ? "(unnamed)" : backend;
}
