using NewsLingo.Core.Articles;
using NewsLingo.Core.Languages;
using NewsLingo.Testing;

namespace NewsLingo.Core.Tests.Articles;

public sealed class SentenceSegmenterTests
{
    private readonly SentenceSegmenter _segmenter = new();

    [Theory]
    [InlineData("fr", "Le déficit atteint 4,6 % du PIB. Il était de 5,1 % l'an dernier.", "Le déficit atteint 4,6 % du PIB.|Il était de 5,1 % l'an dernier.")]
    [InlineData("fr", "M. Dupont et Mme Martin sont arrivés. Le Dr Lefebvre aussi.", "M. Dupont et Mme Martin sont arrivés.|Le Dr Lefebvre aussi.")]
    [InlineData("fr", "L'opposition a dénoncé un calendrier « irréaliste ». Pour le conseiller, « rien n'est prêt. » Le vote a eu lieu.", "L'opposition a dénoncé un calendrier « irréaliste ».|Pour le conseiller, « rien n'est prêt. »|Le vote a eu lieu.")]
    [InlineData("fr", "La ville fut fondée en 52 av. J.-C. par les Romains. Elle compte 1 200 habitants.", "La ville fut fondée en 52 av. J.-C. par les Romains.|Elle compte 1 200 habitants.")]
    [InlineData("fr", "Est-ce la fin ? Personne ne le sait… Les marchés attendent !", "Est-ce la fin ?|Personne ne le sait…|Les marchés attendent !")]
    [InlineData("fr", "Le roman de J. K. Rowling se vend bien. Son éditeur est ravi.", "Le roman de J. K. Rowling se vend bien.|Son éditeur est ravi.")]
    [InlineData("fr", "Le budget (voir p. 12) est voté. 300 places disparaîtront.", "Le budget (voir p. 12) est voté.|300 places disparaîtront.")]
    [InlineData("en", "Mr. Smith went to Washington. He met the U.S. president at 3 p.m. on Monday.", "Mr. Smith went to Washington.|He met the U.S. president at 3 p.m. on Monday.")]
    [InlineData("en", "Growth was 3.5 per cent. \"It is a record,\" she said. Markets rose.", "Growth was 3.5 per cent.|\"It is a record,\" she said.|Markets rose.")]
    [InlineData("en", "Prices rose, e.g. for food. Wages did not.", "Prices rose, e.g. for food.|Wages did not.")]
    public void Splits_at_sentence_ends_only(string language, string text, string expected) =>
        Assert.Equal(expected.Split('|'), _segmenter.Split(text, LanguageTag.Parse(language)));

    [Theory]
    [InlineData("palmyre-euronews.txt")]
    [InlineData("budget-long.txt")]
    public void Every_paragraph_of_the_samples_rejoins_to_its_words(string sample)
    {
        var article = new ArticleReader().Read(ArticleInput.FromText(Samples.Read(sample)), removeBoilerplate: true).Article;

        foreach (var paragraph in article.Paragraphs)
        {
            var sentences = _segmenter.Split(paragraph.Text, LanguageTag.Parse("fr"));
            Assert.Equal(Words(paragraph.Text), Words(string.Join(' ', sentences)));
            Assert.All(sentences, s => Assert.Equal(s.Trim(), s));
        }
    }

    [Fact]
    public void The_Palmyra_lead_has_two_sentences()
    {
        var sentences = _segmenter.Split(
            "Les combattants de l'Etat Islamique ont été chassés de Palmyre. L'armée syrienne affirme avoir repris la ville aux jihadistes ce dimanche.",
            LanguageTag.Parse("fr"));

        Assert.Equal(2, sentences.Count);
    }

    private static string[] Words(string text) => text.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries);
}
