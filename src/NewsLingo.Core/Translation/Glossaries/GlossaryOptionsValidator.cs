using Microsoft.Extensions.Options;

namespace NewsLingo.Core.Translation.Glossaries;

/// <summary>Every glossary file exists and parses, or start-up stops naming the setting and the fault.</summary>
internal sealed class GlossaryOptionsValidator : IValidateOptions<GlossaryOptions>
{
    public ValidateOptionsResult Validate(string? name, GlossaryOptions options)
    {
        var failures = new List<string>();
        for (var i = 0; i < options.Files.Count; i++)
        {
            var setting = $"{GlossaryOptions.SectionName}:Files:{i}";
            var path = DeploymentGlossary.ResolvePath(options.Files[i]);
            if (!File.Exists(path))
            {
                failures.Add($"{setting} = '{options.Files[i]}': no such file ({path}).");
                continue;
            }

            try
            {
                GlossaryFile.Read(path);
            }
            catch (InvalidDataException error)
            {
                failures.Add($"{setting}: {error.Message}");
            }
        }

        return failures.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(failures);
    }
}
