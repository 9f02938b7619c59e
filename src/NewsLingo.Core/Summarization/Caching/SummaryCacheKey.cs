using System.Globalization;
using NewsLingo.Core.Caching;

namespace NewsLingo.Core.Summarization.Caching;

/// <summary>The shared-cache key of a summary (<see cref="ContentHash"/>): every input that shapes it, no text in the clear.</summary>
public static class SummaryCacheKey
{
    /// <summary>Bumped when the shape of cached summaries changes, so old entries are ignored.</summary>
    private const string Version = "v1";

    /// <summary>The key of the summary <paramref name="summarizer"/> makes of <paramref name="request"/>.</summary>
    public static string For(string summarizer, SummaryRequest request)
    {
        var parts = new List<string>(request.Sentences.Count + 8)
        {
            Version,
            summarizer,
            request.SourceLanguage.Value,
            request.TargetLanguage.Value,
            request.Length.MaxSentences?.ToString(CultureInfo.InvariantCulture) ?? "-",
            request.Length.MaxWords?.ToString(CultureInfo.InvariantCulture) ?? "-",
            request.Style.ToString(),
            request.Title ?? "\u0000",
        };
        parts.AddRange(request.Sentences);
        return ContentHash.Of("newslingo:s:", System.Runtime.InteropServices.CollectionsMarshal.AsSpan(parts));
    }
}
