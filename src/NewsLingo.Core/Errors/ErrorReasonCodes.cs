namespace NewsLingo.Core.Errors;

/// <summary>
/// The reasons NewsLingo's errors carry, as the contract's ErrorReason enum names them (without
/// the ERROR_REASON_ prefix). Core cannot see the proto enum, so the strings live here once, and a
/// server test checks that this list and the enum are the same, both ways.
/// </summary>
public static class ErrorReasonCodes
{
    public const string InvalidRequest = "INVALID_REQUEST";
    public const string FieldRequired = "FIELD_REQUIRED";
    public const string TextTooLong = "TEXT_TOO_LONG";
    public const string TooManyTexts = "TOO_MANY_TEXTS";
    public const string TooManyTargets = "TOO_MANY_TARGETS";
    public const string InvalidLanguageCode = "INVALID_LANGUAGE_CODE";
    public const string UnsupportedLanguageDirection = "UNSUPPORTED_LANGUAGE_DIRECTION";
    public const string SourceLanguageUndetected = "SOURCE_LANGUAGE_UNDETECTED";
    public const string ValueOutOfRange = "VALUE_OUT_OF_RANGE";
    public const string DuplicateValue = "DUPLICATE_VALUE";
    public const string BackendUnavailable = "BACKEND_UNAVAILABLE";
    public const string BackendRateLimited = "BACKEND_RATE_LIMITED";
    public const string BackendCredentialsRejected = "BACKEND_CREDENTIALS_REJECTED";
    public const string BackendInvalidResponse = "BACKEND_INVALID_RESPONSE";
    public const string BackendTimeout = "BACKEND_TIMEOUT";
    public const string BackendRejectedInput = "BACKEND_REJECTED_INPUT";
    public const string ApiKeyInvalid = "API_KEY_INVALID";
    public const string RateLimited = "RATE_LIMITED";
    public const string Internal = "INTERNAL";
    public const string InvalidText = "INVALID_TEXT";
    public const string Cancelled = "CANCELLED";
    public const string BackendOperationNotAllowed = "BACKEND_OPERATION_NOT_ALLOWED";
    public const string BackendNotEnabled = "BACKEND_NOT_ENABLED";
    public const string HtmlTooComplex = "HTML_TOO_COMPLEX";
    public const string NoArticleText = "NO_ARTICLE_TEXT";
    public const string MemoryUnavailable = "MEMORY_UNAVAILABLE";
    public const string MemoryDisabled = "MEMORY_DISABLED";
    public const string MemoryEntryNotFound = "MEMORY_ENTRY_NOT_FOUND";
    public const string TmxInvalid = "TMX_INVALID";
    public const string TmxTooLarge = "TMX_TOO_LARGE";
}
