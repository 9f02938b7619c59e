namespace NewsLingo.Backends.Offline.Tests.Apertium;

/// <summary>
/// A test that runs the real Apertium. Where it is not installed the test is skipped with the
/// reason, except in CI (CI=true), which installs Apertium: there a missing engine must fail.
/// </summary>
public sealed class ApertiumFactAttribute : FactAttribute
{
    public ApertiumFactAttribute()
    {
        if (!ApertiumInstallation.IsPresent && !string.Equals(Environment.GetEnvironmentVariable("CI"), "true", StringComparison.OrdinalIgnoreCase))
        {
            Skip = $"Apertium is not installed ({ApertiumInstallation.ModesDirectory} has no pairs); install it with scripts/install-offline-engines.sh.";
        }
    }
}
