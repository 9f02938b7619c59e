using NewsLingo.Core.Errors;

namespace NewsLingo.Core.Memory;

/// <summary>The deployment turned the translation memory off (FAILED_PRECONDITION).</summary>
public sealed class MemoryDisabledException()
    : NewsLingoException(ErrorReasonCodes.MemoryDisabled, "This deployment has the translation memory turned off (NewsLingo:Memory:Enabled = false); ask its operator to turn it on.");
