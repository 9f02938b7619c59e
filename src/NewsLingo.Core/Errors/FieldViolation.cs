namespace NewsLingo.Core.Errors;

/// <summary>One problem with one request field (it becomes a google.rpc.BadRequest.FieldViolation).</summary>
/// <param name="Field">The field path in the request, e.g. "texts[2]" or "target_languages[0]".</param>
/// <param name="Reason">UPPER_SNAKE code, e.g. "TEXT_TOO_LONG".</param>
/// <param name="Description">What is wrong and what would be accepted.</param>
public sealed record FieldViolation(string Field, string Reason, string Description);
