using System.Collections.Concurrent;
using System.Globalization;
using Microsoft.SemanticKernel;
using NewsLingo.Core.Languages;

namespace NewsLingo.Backends.SemanticKernel;

/// <summary>
/// The prompt files embedded in this assembly (Prompts/*.txt), parsed once and rendered with Semantic
/// Kernel's template engine; article text only ever enters a prompt as a template variable.
/// </summary>
internal sealed class PromptLibrary
{
    public const string SummarizeSystem = "summarize-system";
    public const string SummarizeUser = "summarize-user";
    public const string TranslateSystem = "translate-system";
    public const string TranslateUser = "translate-user";
    public const string Repair = "repair";

    private static readonly KernelPromptTemplateFactory Factory = new() { AllowDangerouslySetContent = true };
    private readonly ConcurrentDictionary<string, IPromptTemplate> _templates = new(StringComparer.Ordinal);

    public async Task<string> RenderAsync(string name, Kernel kernel, KernelArguments arguments, CancellationToken cancellationToken)
    {
        var template = _templates.GetOrAdd(name, Load);
        var text = await template.RenderAsync(kernel, arguments, cancellationToken).ConfigureAwait(false);
        return text.Trim();
    }

    /// <summary>The language's English name for the prompt ("French"), or the tag when .NET does not know it.</summary>
    public static string LanguageName(LanguageTag tag)
    {
        try
        {
            var culture = CultureInfo.GetCultureInfo(tag.Value);
            return string.IsNullOrEmpty(culture.EnglishName) || culture.EnglishName.StartsWith("Unknown", StringComparison.Ordinal)
                ? tag.Value
                : $"{culture.EnglishName} ({tag.Value})";
        }
        catch (CultureNotFoundException)
        {
            return tag.Value;
        }
    }

    /// <summary>Removes the delimiters the prompts use from untrusted text, so it cannot close its own block.</summary>
    public static string Neutralize(string text, params string[] markers)
    {
        foreach (var marker in markers)
        {
            text = text.Replace(marker, marker.Replace("<", "‹", StringComparison.Ordinal).Replace(">", "›", StringComparison.Ordinal), StringComparison.OrdinalIgnoreCase);
        }

        return text;
    }

    private static IPromptTemplate Load(string name)
    {
        var resource = $"NewsLingo.Llm.Prompts.{name}.txt";
        using var stream = typeof(PromptLibrary).Assembly.GetManifestResourceStream(resource)
            ?? throw new InvalidOperationException($"The prompt resource '{resource}' is missing from the assembly.");
        using var reader = new StreamReader(stream);
        var config = new PromptTemplateConfig(reader.ReadToEnd())
        {
            // The rendered text goes into a ChatHistory message as is and is never parsed for <message> tags,
            // so the HTML-encoding that guards against role injection would only garble the article (&amp;, &lt;).
            // Injection is handled by the delimiters, the system prompt and output validation instead.
            AllowDangerouslySetContent = true,
        };
        return Factory.Create(config);
    }
}
