using NewsLingo.Server.Decoding;

namespace NewsLingo.Server.Tests.Decoding;

/// <summary>
/// The surrogate escapes of a JSON string, read in one pass: Python's json.dumps writes every character
/// outside ASCII as \uXXXX and every emoji as a surrogate pair, so a page can hold thousands of them.
/// </summary>
public sealed class JsonSurrogateEscapeTests
{
    [Theory]
    [InlineData("\"caf\\u00e9 \\ud83d\\ude00 \\uD83D\\uDE00\"")]
    [InlineData("\"\\\\ud800\"")]
    [InlineData("\"\\n\\t\\\"\\u0041\"")]
    [InlineData("\"\\ud83d\\ude00\\ud83d\\ude00\\ud83d\\ude00\"")]
    [InlineData("\"\\u12\"")]
    public void Paired_escapes_and_escapes_that_are_not_surrogates_are_valid(string raw)
    {
        Assert.True(JsonTextValidationMiddleware.IsValidUtf16(raw));
    }

    [Theory]
    [InlineData("\"\\ud83d\"")]
    [InlineData("\"\\ude00\"")]
    [InlineData("\"\\ud83d x \\ude00\"")]
    [InlineData("\"\\ud83d\\ud83d\\ude00\"")]
    [InlineData("\"\\ud83d\\n\"")]
    [InlineData("\"\\ud83d\\u0041\"")]
    public void An_unpaired_surrogate_escape_is_not_valid_unicode(string raw)
    {
        Assert.False(JsonTextValidationMiddleware.IsValidUtf16(raw));
    }

    [Fact]
    public void A_long_string_of_pairs_and_one_lone_escape_at_its_end_is_found()
    {
        var pairs = string.Concat(Enumerable.Repeat("\\ud83d\\ude00 a\\u00e9", 200_000));

        Assert.True(JsonTextValidationMiddleware.IsValidUtf16($"\"{pairs}\""));
        Assert.False(JsonTextValidationMiddleware.IsValidUtf16($"\"{pairs}\\ud83d\""));
    }
}
