using Microsoft.Extensions.Options;

namespace NewsLingo.Backends.Offline.Detection;

/// <summary>Rejects language names Lingua does not know, naming the setting, at start-up.</summary>
internal sealed class LanguageDetectionOptionsValidator : IValidateOptions<LanguageDetectionOptions>
{
    public ValidateOptionsResult Validate(string? name, LanguageDetectionOptions options)
    {
        var failures = new List<string>();
        if (options.Languages.Count == 1)
        {
            failures.Add($"{LanguageDetectionOptions.SectionName}:Languages needs at least two languages to tell apart (or none for the default eight).");
        }

        for (var i = 0; i < options.Languages.Count; i++)
        {
            if (!LinguaLanguageNames.TryResolve(options.Languages[i], out _, out _))
            {
                failures.Add($"{LanguageDetectionOptions.SectionName}:Languages:{i} = '{options.Languages[i]}' is not a language Lingua can detect (use an ISO 639-1 code such as 'fr' or an English name such as 'French').");
            }
        }

        var duplicates = options.Languages.GroupBy(l => l.Trim(), StringComparer.OrdinalIgnoreCase).Where(g => g.Count() > 1).Select(g => g.Key).ToList();
        if (duplicates.Count > 0)
        {
            failures.Add($"{LanguageDetectionOptions.SectionName}:Languages lists {string.Join(", ", duplicates)} more than once.");
        }

        return failures.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(failures);
    }
}
