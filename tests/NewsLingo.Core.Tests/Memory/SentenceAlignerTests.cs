using NewsLingo.Core.Articles;
using NewsLingo.Core.Languages;
using NewsLingo.Core.Memory.Alignment;

namespace NewsLingo.Core.Tests.Memory;

public sealed class SentenceAlignerTests
{
    private static readonly LanguageTag French = LanguageTag.Parse("fr");
    private static readonly LanguageTag English = LanguageTag.Parse("en");
    private readonly SentenceAligner _aligner = new(new SentenceSegmenter());

    // A paragraph of the Palmyra sample and an editor's English for it.
    private const string Source = "L’armée syrienne avait lancé l’offensive sur Palmyre le 7 mars dernier. Il s’agit de la victoire la plus importante du régime face à Daech depuis l’intervention fin septembre 2015 dans le conflit de la Russie.";

    [Fact]
    public void As_many_sentences_of_plausible_lengths_pair_one_to_one()
    {
        var alignment = _aligner.Align(Source, French, "The Syrian army launched its offensive on Palmyra on 7 March. It is the regime's most important victory against Daesh since Russia entered the conflict at the end of September 2015.", English);

        Assert.Equal(AlignmentMethod.OneToOne, alignment.Method);
        Assert.Equal(2, alignment.Pairs.Count);
        Assert.StartsWith("L’armée syrienne", alignment.Pairs[0].Source, StringComparison.Ordinal);
        Assert.StartsWith("The Syrian army", alignment.Pairs[0].Target, StringComparison.Ordinal);
        Assert.StartsWith("It is the regime", alignment.Pairs[1].Target, StringComparison.Ordinal);
    }

    [Fact]
    public void Two_sentences_an_editor_merged_align_two_to_one()
    {
        var source = "Le maire a présenté le budget. Il prévoit 38 milliards d’économies. Le conseil votera jeudi soir après un long débat public. L’opposition a déjà annoncé qu’elle voterait contre ce texte qu’elle juge injuste.";
        var target = "The mayor presented the budget, which plans 38 billion in savings. The council will vote on Thursday evening after a long public debate. The opposition has already said it will vote against a text it considers unfair.";

        var alignment = _aligner.Align(source, French, target, English);

        Assert.Equal(AlignmentMethod.LengthBased, alignment.Method);
        Assert.Equal(["2:1", "1:1", "1:1"], alignment.Pairs.Select(p => p.Shape));
        Assert.Equal("Le maire a présenté le budget. Il prévoit 38 milliards d’économies.", alignment.Pairs[0].Source);
        Assert.Equal("The mayor presented the budget, which plans 38 billion in savings.", alignment.Pairs[0].Target);
    }

    [Fact]
    public void A_single_sentence_on_one_side_is_the_whole_block()
    {
        var alignment = _aligner.Align(Source, French, "Syria's army launched its Palmyra offensive on 7 March, the regime's biggest win over Daesh since Russia joined the war in late September 2015.", English);

        Assert.Equal(AlignmentMethod.WholeBlock, alignment.Method);
        var pair = Assert.Single(alignment.Pairs);
        Assert.Equal(Source, pair.Source);
        Assert.Contains("one sentence in the translation", alignment.Explanation, StringComparison.Ordinal);
    }

    [Fact]
    public void A_rewrite_whose_lengths_do_not_align_is_kept_whole()
    {
        var source = "Le maire a présenté le budget. Il prévoit 38 milliards d’économies sur cinq ans, dont la moitié dans les transports publics et le reste dans la culture.";
        var target = "The mayor presented a budget with 38 billion in savings over five years, half of them in public transport and the rest in culture, and much more besides that the council will debate. Savings.";

        var alignment = _aligner.Align(source, French, target, English);

        Assert.Equal(AlignmentMethod.WholeBlock, alignment.Method);
        Assert.Equal(target, Assert.Single(alignment.Pairs).Target);
    }
}
