using NewsLingo.Core.Memory;

namespace NewsLingo.Core.Tests.Memory;

public sealed class MemoryTextTests
{
    [Theory]
    [InlineData("L’armée a repris la ville.", "L'armée a repris la ville.")]
    [InlineData("« Nous ne céderons rien », a-t-il dit.", "\"Nous ne céderons rien\", a-t-il dit.")]
    [InlineData("«\u202FNous ne céderons rien\u202F»", "\"Nous ne céderons rien\"")]
    [InlineData("“Quoted” and ‘single’", "\"Quoted\" and 'single'")]
    [InlineData("Le 7\u00A0mars,\tà  Palmyre\n", "Le 7 mars, à Palmyre")]
    [InlineData("Vraiment ? Oui ! Voici : la liste ; fin", "Vraiment? Oui! Voici: la liste; fin")]
    [InlineData("1990–2000 — une décennie − moins", "1990-2000 - une décennie - moins")]
    [InlineData("Et puis…", "Et puis...")]
    [InlineData("e\u0301te\u0301", "été")]
    [InlineData("anti\u00ADconstitutionnel\u200B", "anticonstitutionnel")]
    public void Typographic_variants_normalize_to_one_form(string text, string normalized) =>
        Assert.Equal(normalized, MemoryText.Normalize(text));

    [Theory]
    [InlineData("Le budget", "le budget")]
    [InlineData("3 000 euros", "3000 euros")]
    [InlineData("4,6 %", "4,6%")]
    [InlineData("4,6 %", "4.6 %")]
    [InlineData("Il a dit, non", "Il a dit; non")]
    public void Case_digits_and_other_punctuation_are_not_normalized(string one, string other) =>
        Assert.NotEqual(MemoryText.Normalize(one), MemoryText.Normalize(other));

    [Fact]
    public void Tokens_are_words_and_signs()
    {
        Assert.Equal(["l", "'", "État", ",", "4", ",", "6", "%", ".", ".", "."], MemoryText.Tokens(MemoryText.Normalize("l’État, 4,6 %…")));
        Assert.Equal(["Ἀθῆναι", "𝔘𝔫𝔦", "😀"], MemoryText.Tokens("Ἀθῆναι 𝔘𝔫𝔦 😀"));
    }

    [Fact]
    public void A_segment_key_is_the_hash_of_the_normalized_text()
    {
        var curly = SegmentKey.Of("L’armée « repart »");
        var straight = SegmentKey.Of("L'armée \"repart\"");

        Assert.Equal(curly.Hash, straight.Hash);
        Assert.Equal(32, curly.Hash.Length);
        Assert.Equal(["l", "armée", "repart"], curly.IndexWords);
    }
}
