using System.CommandLine.Parsing;
using System.Globalization;

namespace NewsLingo.Cli;

/// <summary>Parses durations as people type them: "30s", "500ms", "2m", or a number of seconds.</summary>
public static class DurationParser
{
    public static TimeSpan? Parse(ArgumentResult result)
    {
        if (result.Tokens.Count == 0)
        {
            return null;
        }

        var text = result.Tokens[0].Value.Trim();
        if (TryParse(text, out var duration) && duration > TimeSpan.Zero)
        {
            return duration;
        }

        result.AddError($"'{text}' is not a positive duration (examples: 30s, 500ms, 2m, 10).");
        return null;
    }

    public static bool TryParse(string text, out TimeSpan duration)
    {
        (string Suffix, double Factor)[] units = [("ms", 0.001), ("s", 1), ("m", 60), ("h", 3600)];
        foreach (var (suffix, factor) in units)
        {
            if (text.EndsWith(suffix, StringComparison.OrdinalIgnoreCase)
                && double.TryParse(text[..^suffix.Length], NumberStyles.Float, CultureInfo.InvariantCulture, out var value))
            {
                duration = TimeSpan.FromSeconds(value * factor);
                return true;
            }
        }

        if (double.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out var seconds))
        {
            duration = TimeSpan.FromSeconds(seconds);
            return true;
        }

        duration = default;
        return false;
    }
}
