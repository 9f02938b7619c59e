using System.Diagnostics;
using NewsLingo.Backends.Offline.Apertium;

namespace NewsLingo.Backends.Offline.Tests.Apertium;

public sealed class ApertiumStreamFormatTests
{
    [Theory]
    [InlineData("Le maire a dit bonjour.", "Le maire a dit bonjour..[]")]
    [InlineData("a[b]c\\d^e$f/g@h<i>j{k}l", "a\\[b\\]c\\\\d\\^e\\$f\\/g\\@h\\<i\\>j\\{k\\}l.[]")]
    [InlineData("ligne un\nligne  deux", "ligne un[\n]ligne[  ]deux.[]")]
    [InlineData("a~b", "a[~]b.[]")]
    public void Deformat_escapes_and_wraps_blanks_as_apertium_destxt_does(string text, string expected) =>
        Assert.Equal(expected, ApertiumStreamFormat.Deformat(text));

    [Theory]
    [InlineData("Le maire a dit bonjour.")]
    [InlineData("Les [crochets], \\barres/, <balises> et {accolades} @ 4,6 % $.")]
    [InlineData("Deux lignes\nsans point final")]
    public void Reformat_gives_back_what_deformat_took(string text) =>
        Assert.Equal(text, ApertiumStreamFormat.Reformat(ApertiumStreamFormat.Deformat(text)));

    [ApertiumFact]
    public async Task Deformat_matches_apertium_destxt_itself()
    {
        const string text = "Le maire [PS] a dit : « 4,6 % » \\ <b> @ok\tfin";
        var start = new ProcessStartInfo("apertium-destxt") { RedirectStandardInput = true, RedirectStandardOutput = true };
        using var destxt = Process.Start(start)!;
        await destxt.StandardInput.WriteAsync(text);
        destxt.StandardInput.Close();

        var expected = await destxt.StandardOutput.ReadToEndAsync();

        Assert.Equal(expected, ApertiumStreamFormat.Deformat(text));
    }
}
