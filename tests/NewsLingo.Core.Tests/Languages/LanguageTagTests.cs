using NewsLingo.Core.Languages;

namespace NewsLingo.Core.Tests.Languages;

public sealed class LanguageTagTests
{
    [Theory]
    [InlineData("fr", "fr")]
    [InlineData("PT-br", "pt-BR")]
    [InlineData("zh-hans", "zh-Hans")]
    [InlineData("sr-latn-rs", "sr-Latn-RS")]
    [InlineData("en_GB", "en-GB")]
    [InlineData("es-419", "es-419")]
    public void Parse_gives_the_canonical_case(string input, string expected) =>
        Assert.Equal(expected, LanguageTag.Parse(input).Value);

    [Theory]
    [InlineData("")]
    [InlineData("f")]
    [InlineData("french")]
    [InlineData("fr-")]
    [InlineData("x-private")]
    [InlineData("fr--FR")]
    public void TryParse_refuses_malformed_tags(string input) =>
        Assert.False(LanguageTag.TryParse(input, out _));

    [Fact]
    public void IsKnownLanguage_tells_a_real_language_from_a_well_formed_code()
    {
        Assert.True(LanguageTag.Parse("ca").IsKnownLanguage());
        Assert.False(LanguageTag.Parse("zz").IsKnownLanguage());
    }

    [Fact]
    public void Tags_compare_without_case()
    {
        Assert.Equal(LanguageTag.Parse("pt-BR"), LanguageTag.Parse("pt-br"));
        Assert.Equal("pt", LanguageTag.Parse("pt-BR").Language);
    }
}
