using System.Text.Json;

namespace NewsLingo.Backends.SemanticKernel;

/// <summary>Reads the JSON object a model answered, tolerating the Markdown fence some OpenAI-compatible servers add.</summary>
internal static class LlmJson
{
    public static JsonElement? TryParseObject(string text, out string? error)
    {
        var trimmed = text.Trim();
        if (trimmed.StartsWith("```", StringComparison.Ordinal))
        {
            var firstLine = trimmed.IndexOf('\n');
            var lastFence = trimmed.LastIndexOf("```", StringComparison.Ordinal);
            if (firstLine > 0 && lastFence > firstLine)
            {
                trimmed = trimmed[(firstLine + 1)..lastFence].Trim();
            }
        }

        try
        {
            using var document = JsonDocument.Parse(trimmed);
            if (document.RootElement.ValueKind != JsonValueKind.Object)
            {
                error = "the answer is not a JSON object";
                return null;
            }

            error = null;
            return document.RootElement.Clone();
        }
        catch (JsonException ex)
        {
            error = $"the answer is not valid JSON ({ex.Message})";
            return null;
        }
    }
}
