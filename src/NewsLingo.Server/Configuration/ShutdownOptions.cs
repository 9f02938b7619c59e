namespace NewsLingo.Server.Configuration;

/// <summary>How long the server waits, on SIGTERM, for calls and streams in flight to finish.</summary>
public sealed class ShutdownOptions
{
    public const string SectionName = "NewsLingo:Shutdown";

    /// <summary>Drain time before in-flight calls are cancelled. Default 30 seconds (keep below the pod's terminationGracePeriodSeconds).</summary>
    public TimeSpan Timeout { get; set; } = TimeSpan.FromSeconds(30);
}
