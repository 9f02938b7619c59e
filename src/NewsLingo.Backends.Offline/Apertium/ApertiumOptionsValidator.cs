using Microsoft.Extensions.Options;

namespace NewsLingo.Backends.Offline.Apertium;

/// <summary>Checks what data annotations cannot: the modes directory exists and holds at least one pair.</summary>
internal sealed class ApertiumOptionsValidator : IValidateOptions<ApertiumOptions>
{
    public ValidateOptionsResult Validate(string? name, ApertiumOptions options)
    {
        if (!Directory.Exists(options.ModesDirectory))
        {
            return ValidateOptionsResult.Fail(
                $"{ApertiumOptions.SectionName}:ModesDirectory = '{options.ModesDirectory}' does not exist; install Apertium ({ApertiumProbe.InstallAdvice}) or point it at the pairs' modes directory.");
        }

        var catalog = ApertiumModeCatalog.Discover(options.ModesDirectory, options.EffectivePivotLanguages);
        return catalog.Modes.Count == 0
            ? ValidateOptionsResult.Fail($"{ApertiumOptions.SectionName}:ModesDirectory = '{options.ModesDirectory}' holds no language pair (*.mode); install some with: {ApertiumProbe.InstallAdvice}")
            : ValidateOptionsResult.Success;
    }
}
