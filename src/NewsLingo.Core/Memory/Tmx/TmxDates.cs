using System.Globalization;

namespace NewsLingo.Core.Memory.Tmx;

/// <summary>TMX's date format, ISO 8601 basic in UTC: <c>20260314T180200Z</c>.</summary>
public static class TmxDates
{
    private const string Format = "yyyyMMdd'T'HHmmss'Z'";

    public static string Write(DateTimeOffset time) => time.UtcDateTime.ToString(Format, CultureInfo.InvariantCulture);

    /// <summary>Reads TMX's format, and the extended ISO form some tools write instead; null when neither.</summary>
    public static DateTimeOffset? Read(string? value)
    {
        if (string.IsNullOrWhiteSpace(value))
        {
            return null;
        }

        if (DateTime.TryParseExact(value.Trim(), Format, CultureInfo.InvariantCulture, DateTimeStyles.AdjustToUniversal | DateTimeStyles.AssumeUniversal, out var basic))
        {
            return new DateTimeOffset(basic, TimeSpan.Zero);
        }

        return DateTimeOffset.TryParse(value.Trim(), CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out var extended) ? extended.ToUniversalTime() : null;
    }
}
