namespace NewsLingo.Backends.Azure.Tests.Emulation;

/// <summary>A failure the emulator injects into the next request (in queue order), as the real service can.</summary>
public sealed record EmulatedFault(int Status, string? RetryAfterHeader = null, string? RetryAfterValue = null, TimeSpan Delay = default, int? ErrorCode = null)
{
    /// <summary>403 with Translator's error code: 403000 "the operation isn't allowed", 403001 the free quota.</summary>
    public static EmulatedFault Forbidden(int errorCode) => new(403, ErrorCode: errorCode);

    public static EmulatedFault TooManyRequests(int retryAfterMilliseconds) => new(429, "retry-after-ms", retryAfterMilliseconds.ToString(System.Globalization.CultureInfo.InvariantCulture));

    public static EmulatedFault TooManyRequestsSeconds(int retryAfterSeconds) => new(429, "Retry-After", retryAfterSeconds.ToString(System.Globalization.CultureInfo.InvariantCulture));

    public static EmulatedFault ServerError() => new(500);

    /// <summary>Answers normally, but only after <paramref name="delay"/> (or when the client gives up).</summary>
    public static EmulatedFault Slow(TimeSpan delay) => new(200, Delay: delay);
}
