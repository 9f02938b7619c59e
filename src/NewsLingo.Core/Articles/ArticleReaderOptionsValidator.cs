using Microsoft.Extensions.Options;
using NewsLingo.Core.Articles.Boilerplate;

namespace NewsLingo.Core.Articles;

/// <summary>Every extra rule file exists and parses, or start-up stops naming the setting and the file.</summary>
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

        return failures.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(failures);
    }
}
