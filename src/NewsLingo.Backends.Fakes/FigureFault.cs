using System.Globalization;

namespace NewsLingo.Backends.Fakes;

/// <summary>The fake's wrong figure: the first number's last digit plus one ("38" → "39"), in a share of segments chosen by their text.</summary>
internal static class FigureFault
{
    public static string Apply(string segment, double rate)
    {
        if (Share(segment) >= rate)
        {
            return segment;
        }

        var start = -1;
        for (var i = 0; i < segment.Length; i++)
        {
            if (char.IsAsciiDigit(segment[i]))
            {
                start = i;
                break;
            }
        }

        if (start < 0)
        {
            return segment;
        }

        var last = start;
        while (last + 1 < segment.Length && char.IsAsciiDigit(segment[last + 1]))
        {
            last++;
        }

        var digit = (segment[last] - '0' + 1) % 10;
        return string.Concat(segment.AsSpan(0, last), digit.ToString(CultureInfo.InvariantCulture), segment.AsSpan(last + 1));
    }

    /// <summary>A stable draw in [0, 1) from the text (FNV-1a), the same in every process.</summary>
    private static double Share(string text)
    {
        var hash = 2166136261u;
        foreach (var c in text)
        {
            hash = (hash ^ c) * 16777619u;
        }

        return hash / (double)uint.MaxValue;
    }
}
