namespace NewsLingo.Backends.SemanticKernel.Tests;

public sealed class FaithfulnessGuardTests
{
    [Theory]
    [InlineData("Le taux atteint 4,6 % en mars.", "The rate reached 4.6% in March.")]
    [InlineData("Le budget est de 1 000 euros.", "The budget is 1,000 euros.")]
    [InlineData("Le budget est de 1\u00A0000 euros.", "The budget is 1000 euros.")]
    [InlineData("Il y avait 12 500 000 habitants.", "There were 12,500,000 inhabitants.")]
    [InlineData("Le groupe a perdu 38 milliards d'euros.", "The group lost 38 billion euros.")]
    [InlineData("Le scrutin aura lieu le 30 septembre 2026.", "The vote is on September 30.")]
    public void Numbers_match_across_decimal_and_thousands_formats(string source, string summary)
    {
        var report = FaithfulnessGuard.Check([summary], [source], "fr", "en");

        Assert.Empty(report.UnsupportedNumbers);
    }

    [Fact]
    public void An_English_source_is_read_in_English()
    {
        var report = FaithfulnessGuard.Check(["Le budget est de 1 000 euros."], ["The budget is 1,000 euros."], "en", "fr");

        Assert.Empty(report.UnsupportedNumbers);
    }

    [Theory]
    [InlineData("Le groupe a perdu 38 milliards d'euros.", "The group lost 38 million euros.", "38 million euros")]
    [InlineData("Le taux atteint 4,6 % en mars.", "The rate reached 4.8% in March.", "4.8%")]
    [InlineData("Le scrutin aura lieu le 30 septembre 2026.", "The vote is on September 29, 2026.", "September 29, 2026")]
    public void A_changed_value_is_reported_as_the_summary_wrote_it(string source, string summary, string reported)
    {
        var report = FaithfulnessGuard.Check([summary], [source], "fr", "en");

        Assert.Equal([reported], report.UnsupportedNumbers);
    }

    [Fact]
    public void An_invented_number_is_reported_as_written()
    {
        var source = Samples.PalmyraSentences();

        var report = FaithfulnessGuard.Check(["Au moins 4 200 jihadistes ont été tués depuis le 7 mars."], source, "fr", "fr");

        Assert.False(report.IsFaithful);
        Assert.Equal(["4 200"], report.UnsupportedNumbers);
    }

    [Fact]
    public void Numbers_from_the_article_pass_and_small_spelled_out_ones_are_tolerated()
    {
        var source = Samples.PalmyraSentences();

        // "trois soldats" in the article, "3 soldats" in the summary.
        var report = FaithfulnessGuard.Check(["Au moins 400 jihadistes ont été tués depuis le 7 mars; 3 soldats irakiens sont morts."], source, "fr", "fr");

        Assert.True(report.IsFaithful, report.ToString());
    }

    [Fact]
    public void An_invented_name_is_reported_but_sentence_initial_words_are_not_names()
    {
        var source = Samples.PalmyraSentences();

        var report = FaithfulnessGuard.Check(["Selon l'armée, Palmyre a été reprise avec l'aide de Wagner."], source, "fr", "fr");

        Assert.Equal(["Wagner"], report.UnsupportedNames);
    }

    [Fact]
    public void Names_in_another_language_match_their_source_spelling()
    {
        var source = Samples.PalmyraSentences();

        var report = FaithfulnessGuard.Check(
            ["The Syrian army says it has retaken Palmyra, with help from Russian special forces and Hezbollah.", "Iraq hopes to retake Mosul this year."],
            source,
            "fr",
            "en");

        Assert.True(report.IsFaithful, report.ToString());
    }

    [Fact]
    public void Names_are_not_checked_in_German_where_every_noun_is_capitalised()
    {
        var report = FaithfulnessGuard.Check(["Die Armee meldet die Einnahme der Stadt."], Samples.PalmyraSentences(), "fr", "de");

        Assert.True(report.IsFaithful, report.ToString());
    }
}
