using System.Text;

namespace NewsLingo.Core.Articles.Parsing;

/// <summary>
/// Scraped text into lines: blank lines separate blocks; inside a block, each line stands alone
/// (scrapers put title, byline and share buttons on consecutive lines) unless it is a hard-wrapped
/// continuation of the previous one (no closing punctuation, next starts in lower case).
/// </summary>
internal static class PlainTextArticleParser
{
    public static List<TextUnit> Parse(string text)
    {
        var units = new List<TextUnit>();
        var current = new StringBuilder();
        foreach (var rawLine in text.ReplaceLineEndings("\n").Split('\n'))
        {
            var line = CollapseBlanks(rawLine);
            if (line.Length == 0)
            {
                Flush(current, units);
                continue;
            }

            if (current.Length > 0 && !(IsContinuation(current, line)))
            {
                Flush(current, units);
            }

            if (current.Length > 0)
            {
                current.Append(' ');
            }

            current.Append(line);
        }

        Flush(current, units);
        return units;
    }

    private static bool IsContinuation(StringBuilder previous, string line) =>
        !TextShapes.EndsLikeASentence(previous.ToString()) && char.IsLower(line[0]);

    private static void Flush(StringBuilder current, List<TextUnit> units)
    {
        if (current.Length > 0)
        {
            units.Add(new TextUnit(UnitRole.Line, current.ToString()));
            current.Clear();
        }
    }

    /// <summary>Trimmed, with runs of blanks (no-break spaces included) as one space.</summary>
    public static string CollapseBlanks(string text)
    {
        var builder = new StringBuilder(text.Length);
        var pendingSpace = false;
        foreach (var c in text)
        {
            if (char.IsWhiteSpace(c))
            {
                pendingSpace = builder.Length > 0;
                continue;
            }

            if (pendingSpace)
            {
                builder.Append(' ');
                pendingSpace = false;
            }

            builder.Append(c);
        }

        return builder.ToString();
    }
}
