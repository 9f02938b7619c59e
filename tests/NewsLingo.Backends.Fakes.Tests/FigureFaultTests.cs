using Microsoft.Extensions.Options;
using NewsLingo.Core.Facts;
using NewsLingo.Core.Languages;
using NewsLingo.Core.Translation;
using NewsLingo.Testing;

namespace NewsLingo.Backends.Fakes.Tests;

/// <summary>Every figure the fake is told to change is reported by the fact check on its own segment, and nothing else is.</summary>
public sealed class FigureFaultTests
{
    [Theory]
    [InlineData("en")]
    [InlineData("es")]
    [InlineData("de")]
    public async Task Each_changed_figure_is_reported_on_its_segment_and_the_others_are_clean(string target)
    {
        var sentences = Samples.Lines("figures-fr.txt");
        Assert.True(sentences.Count >= 30);
        var faulty = new FakeTranslator(Options.Create(new FakeBackendOptions { FigureFaultRate = 0.5 }), new FaultInjector(Options.Create(new FakeBackendOptions())));
        var engine = new TranslationEngine(faulty, facts: new FactChecker());

        var outcome = await engine.TranslateAsync(new SegmentJob(sentences, LanguageTag.Parse("fr"), LanguageTag.Parse(target)), CancellationToken.None);

        var changed = 0;
        for (var i = 0; i < sentences.Count; i++)
        {
            var wasChanged = FigureFault.Apply(sentences[i], 0.5) != sentences[i];
            changed += wasChanged ? 1 : 0;
            if (wasChanged)
            {
                var issue = Assert.Single(outcome.Segments[i].Issues);
                Assert.NotEqual(FactKind.Name, issue.Kind);
                Assert.NotNull(issue.Found);
            }
            else
            {
                Assert.True(outcome.Segments[i].Issues.Count == 0, $"[{i}] {sentences[i]}: {string.Join("; ", outcome.Segments[i].Issues)}");
            }
        }

        Assert.InRange(changed, 5, sentences.Count - 5);
        Assert.Equal(changed, outcome.Report.FactIssues);
        Assert.Equal(sentences.Count, outcome.Report.SegmentsFactChecked);
    }
}
