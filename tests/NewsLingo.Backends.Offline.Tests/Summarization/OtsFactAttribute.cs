namespace NewsLingo.Backends.Offline.Tests.Summarization;

/// <summary>A fact that needs Debian's ots: skipped, with the reason shown, only off CI when ots is absent.</summary>
internal sealed class OtsFactAttribute : FactAttribute
{
    public OtsFactAttribute()
    {
        if (!File.Exists(OtsRunner.Path) && !string.Equals(Environment.GetEnvironmentVariable("CI"), "true", StringComparison.OrdinalIgnoreCase))
        {
            Skip = $"{OtsRunner.Path} is not installed (apt-get install ots); on CI this test runs and fails instead.";
        }
    }
}
