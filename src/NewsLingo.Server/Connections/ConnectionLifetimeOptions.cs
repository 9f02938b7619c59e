using System.ComponentModel.DataAnnotations;

namespace NewsLingo.Server.Connections;

/// <summary>
/// How long a client's HTTP/2 connection lives. gRPC clients keep one connection for as long as it
/// works, so behind a connection-level balancer (a Kubernetes ClusterIP Service) or with DNS-based
/// client-side round robin, pods started after a client connected get none of its calls until the
/// connection is closed. A maximum age makes clients reconnect, and re-resolve, now and then.
/// Every default keeps Kestrel's own behaviour: no pings, no maximum age.
/// </summary>
public sealed class ConnectionLifetimeOptions : IValidatableObject
{
    public const string SectionName = "NewsLingo:Connections";

    /// <summary>Kestrel refuses ping intervals and timeouts under one second.</summary>
    private static readonly TimeSpan ShortestPing = TimeSpan.FromSeconds(1);

    /// <summary>
    /// Idle time after which the server sends an HTTP/2 PING to find dead connections (a pod's peer
    /// gone without a FIN). Default null: no pings (Kestrel's default).
    /// </summary>
    public TimeSpan? KeepAlivePingDelay { get; set; }

    /// <summary>How long an unanswered PING waits before the connection is closed. Default 20 seconds (Kestrel's default).</summary>
    public TimeSpan KeepAlivePingTimeout { get; set; } = TimeSpan.FromSeconds(20);

    /// <summary>
    /// Age after which the server asks a connection to close: HTTP/2 GOAWAY, so calls in flight
    /// finish and new calls go to a new connection (gRPC's MAX_CONNECTION_AGE). Each connection's age
    /// is drawn within ±10 % of this, so clients that connected together do not reconnect together.
    /// Default null: connections live until the client or a shutdown closes them. 5 to 30 minutes
    /// is the usual choice on Kubernetes.
    /// </summary>
    public TimeSpan? MaxAge { get; set; }

    /// <summary>
    /// After the GOAWAY, how long calls in flight (a long ProcessArticles feed) may keep the
    /// connection before it is aborted. Default null: they finish however long they take.
    /// </summary>
    public TimeSpan? MaxAgeGrace { get; set; }

    public IEnumerable<ValidationResult> Validate(ValidationContext validationContext)
    {
        if (KeepAlivePingDelay is { } delay && delay < ShortestPing)
        {
            yield return new ValidationResult($"{SectionName}:KeepAlivePingDelay = {delay} must be at least {ShortestPing} (or unset: no pings).", [nameof(KeepAlivePingDelay)]);
        }

        if (KeepAlivePingTimeout < ShortestPing)
        {
            yield return new ValidationResult($"{SectionName}:KeepAlivePingTimeout = {KeepAlivePingTimeout} must be at least {ShortestPing}.", [nameof(KeepAlivePingTimeout)]);
        }

        if (MaxAge is { } age && age <= TimeSpan.Zero)
        {
            yield return new ValidationResult($"{SectionName}:MaxAge = {age} must be positive (or unset: no maximum age).", [nameof(MaxAge)]);
        }

        if (MaxAgeGrace is { } grace && grace < TimeSpan.Zero)
        {
            yield return new ValidationResult($"{SectionName}:MaxAgeGrace = {grace} must not be negative.", [nameof(MaxAgeGrace)]);
        }

        if (MaxAgeGrace is not null && MaxAge is null)
        {
            yield return new ValidationResult($"{SectionName}:MaxAgeGrace is set without {SectionName}:MaxAge: it would never apply.", [nameof(MaxAgeGrace)]);
        }
    }
}
