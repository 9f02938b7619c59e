using NewsLingo.Core.Errors;
using NewsLingo.Core.Languages;

namespace NewsLingo.Server.Validation;

/// <summary>Collects every field violation of a request so the caller can fix them all in one go.</summary>
public sealed class ViolationCollector
{
    private readonly List<FieldViolation> _violations = [];
    private List<string>? _notes;

    /// <summary>How the input was normalized (for the response's usage notes); empty when it was not.</summary>
    public IReadOnlyList<string> Notes => _notes ?? (IReadOnlyList<string>)[];

    /// <summary>Records a normalization the caller should hear about; it is not a violation.</summary>
    public void Note(string note) => (_notes ??= []).Add(note);

    public void Add(string field, string reason, string description) => _violations.Add(new FieldViolation(field, reason, description));

    public void Add(FieldViolation violation) => _violations.Add(violation);

    /// <summary>Parses an optional language field; empty means "not given".</summary>
    public LanguageTag? OptionalLanguage(string field, string value) =>
        string.IsNullOrEmpty(value) ? null : RequiredLanguage(field, value);

    public LanguageTag? RequiredLanguage(string field, string value)
    {
        if (string.IsNullOrWhiteSpace(value))
        {
            Add(field, ErrorReasonCodes.FieldRequired, "A BCP-47 language code is required, e.g. \"en\" or \"pt-BR\".");
            return null;
        }

        if (!LanguageTag.TryParse(value, out var tag))
        {
            Add(field, ErrorReasonCodes.InvalidLanguageCode, $"'{Shorten(value)}' is not a well-formed BCP-47 language code; use e.g. \"en\", \"fr\" or \"pt-BR\".");
            return null;
        }

        if (!tag.IsKnownLanguage())
        {
            Add(field, ErrorReasonCodes.InvalidLanguageCode, $"'{tag}' is well-formed but names no known language; see ListLanguages for the supported codes.");
            return null;
        }

        return tag;
    }

    /// <summary>Target languages: 1 to <paramref name="max"/>, each valid, no duplicates.</summary>
    public IReadOnlyList<LanguageTag> Targets(string field, IReadOnlyList<string> values, int max)
    {
        if (values.Count == 0)
        {
            Add(field, ErrorReasonCodes.FieldRequired, "At least one target language is required, e.g. [\"en\"].");
            return [];
        }

        if (values.Count > max)
        {
            Add(field, ErrorReasonCodes.TooManyTargets, $"{values.Count} target languages given; the limit is {max} (NewsLingo:Limits:MaxTargets). Split the request.");
        }

        var targets = new List<LanguageTag>(values.Count);
        for (var i = 0; i < values.Count; i++)
        {
            if (RequiredLanguage(FieldPaths.Indexed(field, i), values[i]) is not { } tag)
            {
                continue;
            }

            if (targets.Contains(tag))
            {
                Add($"{field}[{i}]", ErrorReasonCodes.DuplicateValue, $"'{tag}' is listed twice; each target language once.");
                continue;
            }

            targets.Add(tag);
        }

        return targets;
    }

    /// <summary>
    /// A non-blank text of at most <paramref name="maxCharacters"/>, cleaned by <see cref="TextHygiene"/>
    /// (control characters out, invalid Unicode refused): the text to use from here on.
    /// </summary>
    public string Text(string field, string value, int maxCharacters, string limitName, string remedy = "Split it into several texts.")
    {
        value = TextHygiene.Clean(field, value, this);
        if (string.IsNullOrWhiteSpace(value))
        {
            Add(field, ErrorReasonCodes.FieldRequired, "The text is empty; send at least one non-blank character.");
        }
        else if (value.Length > maxCharacters)
        {
            Add(field, ErrorReasonCodes.TextTooLong, $"The text has {value.Length} characters; the limit is {maxCharacters} ({limitName}). {remedy}");
        }

        return value;
    }

    /// <summary>An optional text (a title, a glossary term) cleaned by <see cref="TextHygiene"/>.</summary>
    public string Clean(string field, string value) => value.Length == 0 ? value : TextHygiene.Clean(field, value, this);

    /// <summary>Throws <see cref="RequestValidationException"/> when anything was collected.</summary>
    public void ThrowIfAny()
    {
        if (_violations.Count > 0)
        {
            throw new RequestValidationException(_violations.ToList());
        }
    }

    private static string Shorten(string value) => value.Length <= 40 ? value : value[..40] + "…";
}
