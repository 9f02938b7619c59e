using NewsLingo.Core.Languages;

namespace NewsLingo.Core.Memory;

/// <summary>
/// Whether an entry's languages serve a requested direction. TMX files name regions ("en-US",
/// "fr-FR") where NewsLingo's requests usually name languages ("fr" → "en"), so a tag serves a
/// request for the same tag, for its language alone, or, when the request names the language alone,
/// for any of its regions; "en-GB" never serves "en-US". Nearer variants rank first.
/// </summary>
public static class LanguageVariants
{
    /// <summary>0 for the same direction, more for looser variants, null when the entry does not serve it.</summary>
    public static int? Distance(LanguageDirection requested, LanguageDirection stored) =>
        Distance(requested.Source, stored.Source) is { } source && Distance(requested.Target, stored.Target) is { } target ? source + target : null;

    private static int? Distance(LanguageTag requested, LanguageTag stored)
    {
        if (requested.Equals(stored))
        {
            return 0;
        }

        if (!string.Equals(requested.Language, stored.Language, StringComparison.Ordinal))
        {
            return null;
        }

        // One of them is the language alone: "fr" and "fr-FR" serve each other; "fr-CA" and "fr-FR" do not.
        return !requested.HasSubtags || !stored.HasSubtags ? 1 : null;
    }
}
