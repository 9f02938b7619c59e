namespace NewsLingo.Core.Articles.Html;

/// <summary>Which stages each <see cref="PageReading"/> runs, and how it is described to the caller.</summary>
internal static class PageReadings
{
    public static bool Uses(this PageReading reading, ReadingStage stage) => (reading, stage) switch
    {
        (PageReading.PageText, _) => false,
        (PageReading.Detected, _) => true,
        (PageReading.WholeWithRules, ReadingStage.MainContent) => false,
        (PageReading.WholeWithRules, _) => true,
        (PageReading.WholeAsIs, ReadingStage.MainContent or ReadingStage.BoilerplateRules) => false,
        (PageReading.WholeAsIs, _) => true,
        _ => true,
    };

    /// <summary>The next way after <paramref name="failed"/> failed reading <paramref name="current"/>.</summary>
    public static PageReading Next(this PageReading current, IReadOnlySet<ReadingStage> failed)
    {
        var next = current + 1;
        while (next < PageReading.PageText && failed.Any(stage => next.Uses(stage)))
        {
            next++;
        }

        return next;
    }

    public static string Describe(this PageReading reading) => reading switch
    {
        PageReading.WholeWithRules => "the whole page was read through the boilerplate rules, without main-content detection",
        PageReading.WholeAsIs => "the whole page was read as it is, without boilerplate rules",
        PageReading.PageText => "the page's text was read with its tags stripped, as scraped text",
        _ => "the page was read without its declared metadata",
    };
}
