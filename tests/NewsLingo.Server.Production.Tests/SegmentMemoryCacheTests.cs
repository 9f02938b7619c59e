using NewsLingo.Core.Languages;
using NewsLingo.Core.Translation;
using NewsLingo.Core.Translation.Caching;
using NewsLingo.Server.Caching;

namespace NewsLingo.Server.Production.Tests;

public sealed class SegmentMemoryCacheTests
{
    private static SegmentCacheKey Key(string segment, string target = "es") =>
        new("fake", LanguageTag.Parse("fr"), LanguageTag.Parse(target), TextFormat.Plain, Formality.Default, segment);

    [Fact]
    public void A_segment_is_found_only_under_exactly_the_inputs_it_was_kept_under()
    {
        using var cache = new SegmentMemoryCache(1024 * 1024, TimeSpan.FromHours(1));
        cache.Set(Key("Le budget est adopté."), new TranslatedSegment("El presupuesto es adoptado.", ["adopté"]));

        var hit = cache.Get(Key("Le budget est adopté."));

        Assert.NotNull(hit);
        Assert.Equal("El presupuesto es adoptado.", hit.Text);
        Assert.Equal(["adopté"], hit.UnknownWords);
        Assert.Null(cache.Get(Key("Le budget est adopté.", target: "en")));
        Assert.Null(cache.Get(Key("le budget est adopté.")));
        Assert.Null(cache.Get(Key("Le budget est adopté. ")));
    }

    [Fact]
    public void What_is_kept_never_exceeds_the_size_limit()
    {
        const long limit = 64 * 1024;
        using var cache = new SegmentMemoryCache(limit, TimeSpan.FromHours(1));
        var paragraph = new string('x', 1000);

        for (var i = 0; i < 500; i++)
        {
            cache.Set(Key($"{i} {paragraph}"), new TranslatedSegment($"{i} {paragraph}"));
        }

        var kept = Enumerable.Range(0, 500).Count(i => cache.Get(Key($"{i} {paragraph}")) is not null);
        Assert.InRange(cache.ApproximateBytes, 1, limit);
        Assert.InRange(kept, 1, 499);
    }

    [Fact]
    public void A_kept_segment_does_not_change_when_the_backend_reuses_its_list()
    {
        using var cache = new SegmentMemoryCache(1024 * 1024, TimeSpan.FromHours(1));
        var unknown = new List<string> { "adopté" };
        cache.Set(Key("Le budget est adopté."), new TranslatedSegment("El presupuesto es adoptado.", unknown));

        unknown.Add("budget");

        Assert.Equal(["adopté"], cache.Get(Key("Le budget est adopté."))!.UnknownWords);
    }
}
