namespace NewsLingo.Core.Backends;

/// <summary>What one backend's health probe found.</summary>
/// <param name="IsHealthy">False when the backend cannot serve now.</param>
/// <param name="Description">What was checked and found ("42 directions", "its key was rejected").</param>
public sealed record BackendHealth(bool IsHealthy, string Description)
{
    public static BackendHealth Healthy(string description) => new(true, description);

    public static BackendHealth Unhealthy(string description) => new(false, description);
}
