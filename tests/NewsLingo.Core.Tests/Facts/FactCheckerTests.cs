using NewsLingo.Core.Articles;
using NewsLingo.Core.Facts;
using NewsLingo.Core.Languages;
using NewsLingo.Core.Translation;

namespace NewsLingo.Core.Tests.Facts;

public sealed class FactCheckerTests
{
    private static readonly FactChecker Checker = new();

    private static CheckedTranslation Check(string source, string translation, string target, TextFormat format = TextFormat.Plain, Glossary? glossary = null) =>
        Checker.Check(source, translation, LanguageTag.Parse("fr"), LanguageTag.Parse(target), format, glossary);

    [Theory]
    [InlineData("Les prix ont augmenté de 2,3 %.", "Prices rose by 2,3 %.", "en", "Prices rose by 2.3%.")]
    [InlineData("La ville compte 3 000 habitants.", "The town has 3 000 inhabitants.", "en", "The town has 3,000 inhabitants.")]
    [InlineData("La ville compte 3 000 habitants.", "La ciudad tiene 3 000 habitantes.", "es", "La ciudad tiene 3000 habitantes.")]
    [InlineData("La ville compte 12 500 habitants.", "La ciudad tiene 12 500 habitantes.", "es", "La ciudad tiene 12.500 habitantes.")]
    [InlineData("Le litre coûte 1,87 euro.", "The litre costs 1,87 euro.", "en", "The litre costs 1.87 euro.")]
    [InlineData("Le litre coûte 1,87 euro.", "Der Liter kostet 1,87 Euro.", "de", "Der Liter kostet 1,87 Euro.")]
    [InlineData("Une hausse de 2,3 %.", "Un aumento del 2,3%.", "it", "Un aumento del 2,3%.")]
    [InlineData("Son 25e but à la 78e minute.", "His 25e goal in the 78e minute.", "en", "His 25th goal in the 78th minute.")]
    [InlineData("Son 2e but.", "El seu 2e gol.", "ca", "El seu 2n gol.")]
    [InlineData("Rendez-vous à 14 h 30.", "Meeting at 14 h 30.", "en", "Meeting at 14:30.")]
    [InlineData("Il a dit : « non » ?", "He said :  « no » ?", "en", "He said: “no”?")]
    public void Figures_a_backend_copied_are_written_in_the_targets_conventions(string source, string translation, string target, string expected)
    {
        var result = Check(source, translation, target);

        Assert.Equal(expected, result.Text.Replace('\u00A0', ' ').Replace('\u202F', ' '));
        Assert.Empty(result.Issues);
    }

    [Theory]
    [InlineData("Le groupe a perdu 38 milliards d'euros.", "The group lost 38 million euros.", FactKind.Amount, "38 milliards d'euros", "38 million euros")]
    [InlineData("Le taux atteint 4,6 %.", "The rate reached 4.8%.", FactKind.Percent, "4,6 %", "4.8%")]
    [InlineData("Le scrutin aura lieu le 7 mars.", "The vote is on 8 March.", FactKind.Date, "7 mars", "8 March")]
    [InlineData("Le train part à 19 h 03.", "The train leaves at 19:30.", FactKind.Time, "19 h 03", "19:30")]
    [InlineData("La ville compte 3 000 habitants.", "The town has 300 inhabitants.", FactKind.Number, "3 000", "300")]
    [InlineData("Il termine 2e.", "He finishes 3rd.", FactKind.Ordinal, "2e", "3rd")]
    public void A_changed_fact_is_reported_with_what_came_back(string source, string translation, FactKind kind, string written, string found)
    {
        var issue = Assert.Single(Check(source, translation, "en").Issues);

        Assert.Equal(kind, issue.Kind);
        Assert.Equal(written, issue.Source);
        Assert.Equal(found, issue.Found);
    }

    [Fact]
    public void Values_in_other_words_are_the_same_facts()
    {
        Assert.Empty(Check("Le 1er janvier, 38 milliards d'euros.", "On 1 January, 38 billion euros.", "en").Issues);
        Assert.Empty(Check("Le 1er janvier, 38 milliards d'euros.", "El 1.º de enero, 38.000 millones de euros.", "es").Issues);
        Assert.Empty(Check("Le 30 septembre 2026 à 11 h 30.", "On September 30, 2026 at 11:30 a.m.", "en").Issues);
        Assert.Empty(Check("Il a plu 120 millimètres.", "Ha caigut 120 mil·límetres.", "ca").Issues);
    }

    [Fact]
    public void A_name_the_translation_lost_is_reported_and_an_acronym_may_take_the_targets_form()
    {
        var issue = Assert.Single(Check("Selon Sophie Marchand, l'ONU agira.", "According to Sophie Merchant, the UN will act.", "en").Issues);
        Assert.Equal(FactKind.Name, issue.Kind);
        Assert.Equal("Sophie Marchand", issue.Source);

        Assert.Empty(Check("L'équipe de France a gagné.", "The French team won.", "en").Issues);
    }

    [Fact]
    public void A_glossary_term_must_come_back_in_its_forced_form_for_that_target()
    {
        var glossary = new Glossary([new GlossaryEntry("Palmyre", null, new Dictionary<string, string> { ["en"] = "Palmyra" })]);

        Assert.Empty(Check("Les ruines de Palmyre.", "The ruins of Palmyra.", "en", glossary: glossary).Issues);
        var issue = Assert.Single(Check("Les ruines de Palmyre.", "The ruins of Tadmur.", "en", glossary: glossary).Issues);
        Assert.Equal("Palmyra", issue.Expected);
    }

    [Fact]
    public void Html_is_localized_in_its_text_only()
    {
        var result = Check("<p>Hausse de <b>2,3 %</b></p>", """<p data-v="2,3">Rise of <b>2,3 %</b></p>""", "en", TextFormat.Html);

        Assert.Equal("""<p data-v="2,3">Rise of <b>2.3%</b></p>""", result.Text);
        Assert.Equal(1, result.NumbersLocalized);
    }
}
