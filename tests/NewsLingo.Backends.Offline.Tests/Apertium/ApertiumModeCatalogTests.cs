using NewsLingo.Backends.Offline.Apertium;
using NewsLingo.Core.Languages;

namespace NewsLingo.Backends.Offline.Tests.Apertium;

public sealed class ApertiumModeCatalogTests : IDisposable
{
    private readonly string _modes = Directory.CreateTempSubdirectory("newslingo-modes-").FullName;

    public void Dispose() => Directory.Delete(_modes, recursive: true);

    private void Install(params string[] modeNames)
    {
        foreach (var name in modeNames)
        {
            File.WriteAllText(Path.Combine(_modes, name + ".mode"), "lt-proc x.bin");
        }
    }

    private static LanguageDirection Direction(string source, string target) => new(LanguageTag.Parse(source), LanguageTag.Parse(target));

    [Fact]
    public void Directions_come_from_the_installed_modes_with_ISO_639_3_names_mapped_to_BCP_47()
    {
        Install("fr-es", "fra-cat", "cat-fra", "eng-cat_valencia", "cat-eng_US", "eco-fr-es", "README");

        var catalog = ApertiumModeCatalog.Discover(_modes, []);

        Assert.Equal(["cat-fra", "fr-es", "fra-cat"], catalog.Modes.Select(m => m.Name));
        Assert.Equal([Direction("ca", "fr"), Direction("fr", "ca"), Direction("fr", "es")], catalog.Directions);
    }

    [Fact]
    public void A_direction_no_pair_covers_goes_through_the_first_configured_pivot()
    {
        Install("fr-es", "spa-eng", "fra-cat", "cat-eng");

        var viaSpanish = ApertiumModeCatalog.Discover(_modes, ["es", "ca"]);
        var viaCatalan = ApertiumModeCatalog.Discover(_modes, ["ca", "es"]);

        Assert.True(viaSpanish.TryGetRoute(Direction("fr", "en"), out var route));
        Assert.Equal("fr-es | spa-eng", route.ToString());
        Assert.True(viaCatalan.TryGetRoute(Direction("fr", "en"), out route));
        Assert.Equal("fra-cat | cat-eng", route.ToString());
        Assert.True(viaSpanish.TryGetRoute(Direction("fr", "es"), out route));
        Assert.False(route.IsPivot);
    }

    [Fact]
    public void A_region_subtag_in_the_request_finds_the_language_route()
    {
        Install("fr-es");

        var catalog = ApertiumModeCatalog.Discover(_modes, []);

        Assert.True(catalog.TryGetRoute(Direction("fr-FR", "es-ES"), out _));
        Assert.False(catalog.TryGetRoute(Direction("es", "fr"), out _));
    }

    [Fact]
    public void A_missing_directory_gives_no_directions()
    {
        var catalog = ApertiumModeCatalog.Discover(Path.Combine(_modes, "absent"), ["es"]);

        Assert.Empty(catalog.Modes);
        Assert.Empty(catalog.Directions);
    }
}
