using System.ComponentModel.DataAnnotations;
using Microsoft.Extensions.Options;

namespace NewsLingo.Core.Memory;

/// <summary>Checks <see cref="TranslationMemoryOptions"/> at start-up: its ranges and its own rules, every failure named.</summary>
public sealed class TranslationMemoryOptionsValidator : IValidateOptions<TranslationMemoryOptions>
{
    public ValidateOptionsResult Validate(string? name, TranslationMemoryOptions options)
    {
        var results = new List<ValidationResult>();
        Validator.TryValidateObject(options, new ValidationContext(options), results, validateAllProperties: true);
        return results.Count == 0
            ? ValidateOptionsResult.Success
            : ValidateOptionsResult.Fail(results.Select(r => r.MemberNames.Any() && !r.ErrorMessage!.StartsWith(TranslationMemoryOptions.SectionName, StringComparison.Ordinal)
                ? $"{TranslationMemoryOptions.SectionName}:{string.Join(",", r.MemberNames)}: {r.ErrorMessage}"
                : r.ErrorMessage!));
    }
}
