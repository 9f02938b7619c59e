using System.ComponentModel.DataAnnotations;

namespace NewsLingo.Core.Backends.Resilience;

/// <summary>
/// Timeouts, retries and circuit breaking applied around every backend (translators and
/// summarizers), each backend with its own circuit. The only retries and timeouts of a backend
/// call: adapters make one transport attempt and declare at most a default timeout.
/// </summary>
public sealed class BackendResilienceOptions : IValidatableObject
{
    public const string SectionName = "NewsLingo:Resilience";

    /// <summary>The timeout when a backend declares none and <see cref="Timeout"/> is not set.</summary>
    public static readonly TimeSpan DefaultTimeout = TimeSpan.FromSeconds(30);

    /// <summary>
    /// Longest one backend call may take before it counts as failed, for every backend without an
    /// entry in <see cref="Timeouts"/>. Unset (default): each backend's own default (the LLM's
    /// NewsLingo:Llm:Timeout, Azure's NewsLingo:Azure:Translator:Timeout, Apertium's
    /// NewsLingo:Apertium:BatchTimeout), else 30 seconds.
    /// </summary>
    public TimeSpan? Timeout { get; set; }

    /// <summary>Per-backend timeouts, by backend name (e.g. "llm": "00:01:00"); they win over everything else.</summary>
    public Dictionary<string, TimeSpan> Timeouts { get; set; } = new(StringComparer.OrdinalIgnoreCase);

    /// <summary>Retries of a transient failure on the same backend before falling back. Default 2; 0 turns retries off.</summary>
    [Range(0, 10)]
    public int MaxRetries { get; set; } = 2;

    /// <summary>First retry delay; later ones double, with jitter. Default 200 ms.</summary>
    public TimeSpan RetryBaseDelay { get; set; } = TimeSpan.FromMilliseconds(200);

    /// <summary>A rate-limited backend asking to wait longer than this is not retried (the fallback serves instead). Default 10 seconds.</summary>
    public TimeSpan MaxRetryAfter { get; set; } = TimeSpan.FromSeconds(10);

    /// <summary>Share of failed calls in <see cref="CircuitSamplingDuration"/> that opens a backend's circuit. Default 0.5.</summary>
    [Range(0.01, 1.0)]
    public double CircuitFailureRatio { get; set; } = 0.5;

    /// <summary>Calls needed in the sampling window before the circuit may open. Default 5.</summary>
    [Range(2, int.MaxValue)]
    public int CircuitMinimumThroughput { get; set; } = 5;

    /// <summary>Window the failure ratio is measured over. Default 30 seconds.</summary>
    public TimeSpan CircuitSamplingDuration { get; set; } = TimeSpan.FromSeconds(30);

    /// <summary>How long an open circuit skips its backend before trying it again. Default 30 seconds.</summary>
    public TimeSpan CircuitBreakDuration { get; set; } = TimeSpan.FromSeconds(30);

    /// <summary>The timeout of <paramref name="backend"/>'s calls: its own entry, else the server-wide setting, else what the backend declares, else 30 s.</summary>
    public TimeSpan TimeoutFor(string backend, TimeSpan? declared = null) =>
        Timeouts.TryGetValue(backend, out var timeout) ? timeout : Timeout ?? declared ?? DefaultTimeout;

    public IEnumerable<ValidationResult> Validate(ValidationContext validationContext)
    {
        foreach (var (backend, timeout) in Timeouts.Prepend(new KeyValuePair<string, TimeSpan>("*", Timeout ?? DefaultTimeout)))
        {
            if (timeout < TimeSpan.FromMilliseconds(10) || timeout > TimeSpan.FromHours(1))
            {
                var setting = backend == "*" ? $"{SectionName}:Timeout" : $"{SectionName}:Timeouts:{backend}";
                yield return new ValidationResult($"{setting} = {timeout} must be between 10 ms and 1 hour.", [nameof(Timeout)]);
            }
        }

        if (RetryBaseDelay <= TimeSpan.Zero)
        {
            yield return new ValidationResult($"{SectionName}:RetryBaseDelay must be positive.", [nameof(RetryBaseDelay)]);
        }

        if (MaxRetryAfter < TimeSpan.Zero)
        {
            yield return new ValidationResult($"{SectionName}:MaxRetryAfter must not be negative.", [nameof(MaxRetryAfter)]);
        }

        if (CircuitSamplingDuration < TimeSpan.FromMilliseconds(500))
        {
            yield return new ValidationResult($"{SectionName}:CircuitSamplingDuration must be at least 500 ms.", [nameof(CircuitSamplingDuration)]);
        }

        if (CircuitBreakDuration < TimeSpan.FromMilliseconds(500))
        {
            yield return new ValidationResult($"{SectionName}:CircuitBreakDuration must be at least 500 ms.", [nameof(CircuitBreakDuration)]);
        }
    }
}
