using NewsLingo.Core.Facts;
using NewsLingo.Core.Languages;
using NewsLingo.Core.Translation;
using NewsLingo.Testing;
using Xunit.Abstractions;

namespace NewsLingo.Backends.Offline.Tests.Apertium;

/// <summary>Figures, dates and amounts of French news sentences through the real Apertium, direct (es) and through the pivot (en).</summary>
public sealed class FactsThroughApertiumTests(ITestOutputHelper output)
{
    [ApertiumFact]
    public async Task Every_figure_date_and_amount_arrives_by_value_in_the_targets_format()
    {
        await using var apertium = ApertiumInstallation.CreateTranslator();
        var engine = new TranslationEngine(apertium, segmenter: null, new FactChecker());
        var sentences = Samples.Lines("figures-fr.txt");
        var failures = new List<string>();

        foreach (var target in new[] { "es", "en", "ca" })
        {
            var job = new SegmentJob(sentences, LanguageTag.Parse("fr"), LanguageTag.Parse(target), TextFormat.Plain);
            var outcome = await engine.TranslateAsync(job, CancellationToken.None);

            for (var i = 0; i < sentences.Count; i++)
            {
                var translated = outcome.Segments[i].Text;
                output.WriteLine($"{target}: {translated}");
                foreach (var issue in outcome.Segments[i].Issues)
                {
                    output.WriteLine($"   issue {issue}");
                }

                // Read in the target's conventions only: a figure left in French format does not count.
                var found = FactExtractor.Extract(translated, target).Select(f => f.Key).ToList();
                foreach (var fact in FactExtractor.Extract(sentences[i], "fr"))
                {
                    if (!found.Remove(fact.Key) && (fact.AlternateKey is null || !found.Remove(fact.AlternateKey)))
                    {
                        failures.Add($"{target} [{i}] '{fact.Text}' ({fact.Key}) missing from: {translated}");
                    }
                }

                Assert.DoesNotContain("  ", translated, StringComparison.Ordinal);
            }
        }

        Assert.True(failures.Count == 0, string.Join('\n', failures));
    }
}
