using NewsLingo.Core.Errors;
using NewsLingo.Core.Languages;
using NewsLingo.Core.Translation;

namespace NewsLingo.Core.Tests.Translation;

public sealed class TermTranslationsTests
{
    [Fact]
    public void Valid_translations_are_kept_trimmed_by_normalized_tag_in_any_case()
    {
        var read = TermTranslations.Read(
        [
            new("EN", " Palmyra "),
            new("pt-br", "Palmira"),
        ]);

        Assert.Empty(read.Violations);
        Assert.Equal("Palmyra", read.ByTarget!["en"]);
        Assert.Equal("Palmira", read.ByTarget["pt-BR"]);
        Assert.Equal("Palmira", read.ByTarget["PT-BR"]);
        Assert.Equal("Palmyra", new GlossaryEntry("Palmyre", null, read.ByTarget).For(LanguageTag.Parse("en-GB"))!.Replacement);
    }

    [Fact]
    public void Nothing_to_read_is_no_translations_rather_than_an_empty_map()
    {
        var read = TermTranslations.Read([]);

        Assert.Null(read.ByTarget);
        Assert.Empty(read.Violations);
    }

    [Fact]
    public void Every_bad_tag_and_blank_translation_is_listed_in_order_and_the_valid_ones_kept()
    {
        var read = TermTranslations.Read(
        [
            new("not a tag!", "Palmyra"),
            new("es", "Palmira"),
            new("de", "   "),
            new("it", null),
        ]);

        Assert.Equal(["not a tag!", "de", "it"], read.Violations.Select(v => v.Tag));
        Assert.Equal([ErrorReasonCodes.InvalidLanguageCode, ErrorReasonCodes.FieldRequired, ErrorReasonCodes.FieldRequired], read.Violations.Select(v => v.Reason));
        Assert.Equal("'not a tag!' is not a BCP-47 language tag; key each translation by its target language (\"en\", \"pt-BR\").", read.Violations[0].Description);
        Assert.Equal("The translation for 'de' is empty; leave the target out to keep the term there.", read.Violations[1].Description);
        Assert.Equal(["es"], read.ByTarget!.Keys);
    }
}
