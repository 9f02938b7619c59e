namespace NewsLingo.Core.Errors;

/// <summary>The request is malformed; every problem found is listed so a caller can fix all of them at once.</summary>
public sealed class RequestValidationException : NewsLingoException
{
    public RequestValidationException(IReadOnlyList<FieldViolation> violations)
        : base(violations.Count == 1 ? violations[0].Reason : ErrorReasonCodes.InvalidRequest, Describe(violations))
    {
        Violations = violations;
    }

    public IReadOnlyList<FieldViolation> Violations { get; }

    private static string Describe(IReadOnlyList<FieldViolation> violations) =>
        violations.Count == 1
            ? $"{violations[0].Field}: {violations[0].Description}"
            : $"{violations.Count} invalid fields: " + string.Join("; ", violations.Select(v => $"{v.Field}: {v.Description}"));
}
