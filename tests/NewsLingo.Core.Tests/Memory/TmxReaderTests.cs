using System.Text;
using NewsLingo.Core.Memory;
using NewsLingo.Core.Memory.Tmx;

namespace NewsLingo.Core.Tests.Memory;

public sealed class TmxReaderTests
{
    private static readonly TmxReadLimits Limits = new(1_000_000, 100, 1000);

    [Fact]
    public async Task Inline_codes_lose_their_native_code_and_keep_their_text()
    {
        var document = await ReadAsync(Tmx("""
            <tu tuid="42" creationdate="20250912T081502Z" creationid="alice" changedate="20251003T142210Z" changeid="bob">
              <tuv xml:lang="fr-FR"><seg>Le <bpt i="1">&lt;b&gt;</bpt>budget<ept i="1">&lt;/b&gt;</ept> de <hi type="i">2026</hi><ph x="1">&lt;br/&gt;</ph> est <it pos="begin">&lt;u&gt;</it>voté<ut>{\b}</ut>.</seg></tuv>
              <tuv xml:lang="en-US"><seg>The <bpt i="1">&lt;b&gt;</bpt>2026<ept i="1">&lt;/b&gt;</ept> budget is passed.</seg></tuv>
            </tu>
            """));

        var unit = Assert.Single(document.Units);
        Assert.Equal("Le budget de 2026 est voté.", unit.SourceText);
        Assert.Equal("The 2026 budget is passed.", unit.TargetText);
        Assert.Equal("bob", unit.Author);
        Assert.Equal("42", unit.PreferredId);
        Assert.Equal(new DateTimeOffset(2025, 9, 12, 8, 15, 2, TimeSpan.Zero), unit.CreatedAt);
        Assert.Equal(new DateTimeOffset(2025, 10, 3, 14, 22, 10, TimeSpan.Zero), unit.ChangedAt);
        Assert.Equal(MemoryOrigin.Import, unit.Origin);
    }

    [Fact]
    public async Task A_multilingual_unit_gives_one_pair_per_language_from_the_source()
    {
        var document = await ReadAsync(Tmx("""
            <tu tuid="7">
              <tuv xml:lang="en"><seg>Good evening.</seg></tuv>
              <tuv xml:lang="fr"><seg>Bonsoir.</seg></tuv>
              <tuv xml:lang="es"><seg>Buenas noches.</seg></tuv>
              <tuv xml:lang="de"><seg>Guten Abend.</seg></tuv>
            </tu>
            """, srclang: "fr"));

        Assert.Equal(["fr→en", "fr→es", "fr→de"], document.Units.Select(u => $"{u.SourceLanguage}→{u.TargetLanguage}"));
        Assert.All(document.Units, u => Assert.Equal("Bonsoir.", u.SourceText));
        Assert.Equal(["7-en", "7-es", "7-de"], document.Units.Select(u => u.PreferredId));
    }

    [Fact]
    public async Task Units_that_give_nothing_are_skipped_with_their_reason()
    {
        var document = await ReadAsync(Tmx("""
            <tu tuid="a"><tuv xml:lang="en"><seg>Only English.</seg></tuv><tuv xml:lang="de"><seg>Nur Deutsch.</seg></tuv></tu>
            <tu tuid="b"><tuv xml:lang="fr"><seg>   </seg></tuv><tuv xml:lang="en"><seg>Empty source.</seg></tuv></tu>
            <tu tuid="c"><tuv xml:lang="fr"><seg>Seul.</seg></tuv></tu>
            <tu tuid="d"><tuv xml:lang="x-klingon"><seg>Qapla'</seg></tuv><tuv xml:lang="fr"><seg>Succès.</seg></tuv><tuv xml:lang="en"><seg>Success.</seg></tuv></tu>
            """, srclang: "fr"));

        Assert.Equal("Succès.", Assert.Single(document.Units).SourceText);
        Assert.Equal(4, document.TranslationUnits);
        Assert.Equal(5, document.SkippedCount);
        Assert.Contains(document.Skipped, r => r.Contains("tuid a", StringComparison.Ordinal) && r.Contains("source language fr", StringComparison.Ordinal));
        Assert.Contains(document.Skipped, r => r.Contains("x-klingon", StringComparison.Ordinal));
    }

    [Fact]
    public async Task A_dtd_is_never_processed_so_entity_bombs_and_external_entities_are_refused()
    {
        var bomb = """
            <?xml version="1.0"?>
            <!DOCTYPE tmx [
              <!ENTITY lol "lol">
              <!ENTITY lol2 "&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;">
              <!ENTITY lol3 "&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;">
            ]>
            <tmx version="1.4"><header srclang="fr"/><body><tu><tuv xml:lang="fr"><seg>&lol3;</seg></tuv><tuv xml:lang="en"><seg>x</seg></tuv></tu></body></tmx>
            """;
        var external = """
            <?xml version="1.0"?>
            <!DOCTYPE tmx [ <!ENTITY secret SYSTEM "file:///etc/passwd"> ]>
            <tmx version="1.4"><header srclang="fr"/><body><tu><tuv xml:lang="fr"><seg>&secret;</seg></tuv><tuv xml:lang="en"><seg>x</seg></tuv></tu></body></tmx>
            """;

        var bombed = await Assert.ThrowsAsync<InvalidTmxException>(() => ReadAsync(bomb));
        var leaked = await Assert.ThrowsAsync<InvalidTmxException>(() => ReadAsync(external));

        Assert.Equal("TMX_INVALID", bombed.Reason);
        Assert.Contains("lol3", bombed.Message, StringComparison.Ordinal);
        Assert.DoesNotContain("root:", leaked.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Limits_and_malformed_files_are_refused_before_anything_is_stored()
    {
        var many = Tmx(string.Concat(Enumerable.Range(0, 101).Select(i => $"<tu><tuv xml:lang=\"fr\"><seg>Phrase {i}.</seg></tuv><tuv xml:lang=\"en\"><seg>Sentence {i}.</seg></tuv></tu>")));

        var tooMany = await Assert.ThrowsAsync<InvalidTmxException>(() => ReadAsync(many));
        var tooLong = await Assert.ThrowsAsync<InvalidTmxException>(() => TmxReader.ReadAsync(new MemoryStream(Encoding.UTF8.GetBytes(many)), Limits with { MaxCharacters = 2000 }, "tmx", default));
        var broken = await Assert.ThrowsAsync<InvalidTmxException>(() => ReadAsync("<tmx version=\"1.4\"><header srclang=\"fr\"/><body><tu></body></tmx>"));
        var notTmx = await Assert.ThrowsAsync<InvalidTmxException>(() => ReadAsync("<xliff version=\"1.2\"/>"));

        Assert.Equal("TMX_TOO_LARGE", tooMany.Reason);
        Assert.Equal("TMX_INVALID", tooLong.Reason);
        Assert.Contains("line 1", broken.Message, StringComparison.Ordinal);
        Assert.Contains("<xliff>", notTmx.Message, StringComparison.Ordinal);
    }

    private static Task<TmxDocument> ReadAsync(string xml) => TmxReader.ReadAsync(new MemoryStream(Encoding.UTF8.GetBytes(xml)), Limits, "tmx", default);

    private static string Tmx(string body, string srclang = "fr-FR") =>
        $"""<?xml version="1.0" encoding="UTF-8"?><tmx version="1.4"><header creationtool="test" segtype="sentence" o-tmf="test" adminlang="en" srclang="{srclang}" datatype="plaintext"/><body>{body}</body></tmx>""";
}
