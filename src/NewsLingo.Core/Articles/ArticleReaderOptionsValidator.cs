using Microsoft.Extensions.Options;
using NewsLingo.Core.Articles.Boilerplate;

namespace NewsLingo.Core.Articles;

/// <summary>Every extra rule file exists and parses, and every disabled rule exists, or start-up stops naming the setting.</summary>
internal sealed class ArticleReaderOptionsValidator : IValidateOptions<ArticleReaderOptions>
{
    public ValidateOptionsResult Validate(string? name, ArticleReaderOptions options)
    {
        var failures = new List<string>();
        for (var i = 0; i < options.ExtraRuleFiles.Count; i++)
        {
            var file = options.ExtraRuleFiles[i];
            var setting = $"{ArticleReaderOptions.SectionName}:ExtraRuleFiles:{i}";
            if (!File.Exists(file))
            {
                failures.Add($"{setting} = '{file}': no such file.");
                continue;
            }

            try
            {
                using var stream = File.OpenRead(file);
                BoilerplateRuleSet.Parse(stream, file);
            }
            catch (InvalidDataException error)
            {
                failures.Add($"{setting}: {error.Message}");
            }
        }

        if (failures.Count == 0 && options.DisabledRules.Count > 0)
        {
            var known = BoilerplateRuleSet.RuleNames(options.ExtraRuleFiles);
            for (var i = 0; i < options.DisabledRules.Count; i++)
            {
                if (!known.Contains(options.DisabledRules[i]))
                {
                    failures.Add($"{ArticleReaderOptions.SectionName}:DisabledRules:{i} = '{options.DisabledRules[i]}': no rule has that name; the rules are {string.Join(", ", known.Order(StringComparer.Ordinal))}.");
                }
            }
        }

        return failures.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(failures);
    }
}
