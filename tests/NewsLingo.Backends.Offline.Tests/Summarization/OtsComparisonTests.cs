using NewsLingo.Backends.Offline.Summarization;
using NewsLingo.Core.Languages;
using NewsLingo.Core.Summarization;
using Xunit.Abstractions;

namespace NewsLingo.Backends.Offline.Tests.Summarization;

/// <summary>
/// Documents what our summarizer picks on the three samples (golden indexes into the sentences
/// <see cref="SampleArticle"/> produces) next to what Debian's ots picks at 30 %.
/// </summary>
public sealed class OtsComparisonTests(ITestOutputHelper output)
{
    private static readonly LanguageTag French = LanguageTag.Parse("fr");

    // palmyre: the lead and the two sentences restating the capture (ots: 0, 3, 9).
    // budget: the lead, then two of the sixty regional lines that make up most of the body
    //   (ots: 19 sentences at 30 %, mostly regional lines).
    // conseil: the vote, the plan's content, its financing (ots: 0, 4).
    [Theory]
    [InlineData("palmyre-euronews.txt", new[] { 0, 1, 2 })]
    [InlineData("budget-long.txt", new[] { 0, 2, 3 })]
    [InlineData("conseil-municipal.html", new[] { 0, 1, 4 })]
    public void Extractive_picks_these_three_sentences_of_each_sample(string sample, int[] expected)
    {
        var article = SampleArticle.Load(sample);

        var picks = ExtractiveSummarizer.Pick(Request(article));

        Assert.Equal(expected, picks);
    }

    [OtsFact]
    public async Task Extractive_and_ots_both_pick_sentences_in_source_order_and_ours_keeps_the_palmyre_lead()
    {
        foreach (var sample in SampleArticle.Names)
        {
            var article = SampleArticle.Load(sample);

            var ours = ExtractiveSummarizer.Pick(Request(article));
            var ots = await OtsRunner.PickAsync(article.Sentences, 30, CancellationToken.None);

            output.WriteLine($"{sample} ({article.Sentences.Count} sentences)");
            output.WriteLine($"  extractive: {string.Join(", ", ours)}");
            output.WriteLine($"  ots -r 30:  {string.Join(", ", ots)}");
            foreach (var i in ours.Union(ots).Order())
            {
                output.WriteLine($"  [{(ours.Contains(i) ? "E" : " ")}{(ots.Contains(i) ? "O" : " ")}] {i}: {article.Sentences[i]}");
            }

            Assert.NotEmpty(ours);
            Assert.NotEmpty(ots);
            Assert.Equal(ours.Order(), ours);
            Assert.Equal(ots.Order(), ots);
            if (sample == "palmyre-euronews.txt")
            {
                Assert.Equal("Les combattants de l'Etat Islamique ont été chassés de Palmyre.", article.Sentences[0]);
                Assert.Contains(0, ours);
            }
        }
    }

    private static SummaryRequest Request(SampleArticle article) =>
        new(article.Sentences, French, LanguageTag.Parse("en"), SummaryLength.Sentences(3), SummaryStyle.Paragraph, article.Title);
}
