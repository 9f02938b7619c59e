using System.Collections.Concurrent;
using System.Diagnostics.CodeAnalysis;
using System.Globalization;
using System.Text.RegularExpressions;

namespace NewsLingo.Core.Languages;

/// <summary>
/// A well-formed BCP-47 language tag in canonical case ("fr", "pt-BR", "zh-Hans", "sr-Latn-RS").
/// Equality is case-insensitive because tags are; <see cref="Language"/> is the primary subtag
/// that most backends key their directions on.
/// </summary>
public readonly partial record struct LanguageTag
{
    /// <summary>Callers send the same few codes over and over; parsing them is a regex and a few strings each time.</summary>
    private const int ParseCacheLimit = 4096;

    private static readonly ConcurrentDictionary<string, LanguageTag> ParsedTags = new(StringComparer.Ordinal);

    /// <summary>.NET does not cache predefined-only culture look-ups, and each one goes to ICU.</summary>
    private static readonly ConcurrentDictionary<string, bool> KnownLanguages = new(StringComparer.Ordinal);

    private LanguageTag(string value, string language)
    {
        Value = value;
        Language = language;
    }

    /// <summary>The canonical tag, e.g. "pt-BR".</summary>
    public string Value { get; }

    /// <summary>The primary language subtag in lower case, e.g. "pt".</summary>
    public string Language { get; }

    /// <summary>True when the tag has subtags beyond the primary language.</summary>
    public bool HasSubtags => Value.Length != Language.Length;

    public static LanguageTag Parse(string value) =>
        TryParse(value, out var tag) ? tag : throw new FormatException($"'{value}' is not a well-formed BCP-47 language tag.");

    /// <summary>
    /// Accepts the common shape of BCP-47 (language[-script][-region][-variant]*), rejects
    /// private-use-only and grandfathered tags that no translation backend understands.
    /// </summary>
    public static bool TryParse([NotNullWhen(true)] string? value, out LanguageTag tag)
    {
        if (value is not null && ParsedTags.TryGetValue(value, out tag))
        {
            return true;
        }

        if (!TryParseUncached(value, out tag))
        {
            return false;
        }

        if (ParsedTags.Count < ParseCacheLimit)
        {
            ParsedTags.TryAdd(value, tag);
        }

        return true;
    }

    private static bool TryParseUncached([NotNullWhen(true)] string? value, out LanguageTag tag)
    {
        tag = default;
        if (string.IsNullOrWhiteSpace(value) || value.Length > 35)
        {
            return false;
        }

        var match = TagPattern().Match(value.Trim().Replace('_', '-'));
        if (!match.Success)
        {
            return false;
        }

        var language = match.Groups["language"].Value.ToLowerInvariant();
        var parts = new List<string> { language };
        if (match.Groups["script"].Success)
        {
            var script = match.Groups["script"].Value;
            parts.Add(char.ToUpperInvariant(script[0]) + script[1..].ToLowerInvariant());
        }

        if (match.Groups["region"].Success)
        {
            parts.Add(match.Groups["region"].Value.ToUpperInvariant());
        }

        foreach (Capture variant in match.Groups["variant"].Captures)
        {
            parts.Add(variant.Value.ToLowerInvariant());
        }

        tag = new LanguageTag(string.Join('-', parts), language);
        return true;
    }

    /// <summary>True when the primary subtag names a language this runtime knows (ISO 639), not just a well-formed tag.</summary>
    public bool IsKnownLanguage() => KnownLanguages.GetOrAdd(Language, static language => IsPredefinedCulture(language));

    private static bool IsPredefinedCulture(string language)
    {
        try
        {
            // predefinedOnly: ICU would otherwise invent a culture for any well-formed code ("zz").
            _ = CultureInfo.GetCultureInfo(language, predefinedOnly: true);
            return true;
        }
        catch (CultureNotFoundException)
        {
            return false;
        }
    }

    /// <summary>The English display name of the language, for listings ("French").</summary>
    public string DisplayName
    {
        get
        {
            try
            {
                return CultureInfo.GetCultureInfo(Value).EnglishName;
            }
            catch (CultureNotFoundException)
            {
                return Value;
            }
        }
    }

    public bool Equals(LanguageTag other) => string.Equals(Value, other.Value, StringComparison.OrdinalIgnoreCase);

    public override int GetHashCode() => Value is null ? 0 : StringComparer.OrdinalIgnoreCase.GetHashCode(Value);

    public override string ToString() => Value ?? string.Empty;

    [GeneratedRegex(@"^(?<language>[A-Za-z]{2,3})(-(?<script>[A-Za-z]{4}))?(-(?<region>[A-Za-z]{2}|[0-9]{3}))?(-(?<variant>[A-Za-z0-9]{5,8}|[0-9][A-Za-z0-9]{3}))*$", RegexOptions.CultureInvariant)]
    private static partial Regex TagPattern();
}
