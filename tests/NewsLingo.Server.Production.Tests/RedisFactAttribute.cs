namespace NewsLingo.Server.Production.Tests;

/// <summary>
/// A fact that needs redis-server. Without it the test is skipped with the reason shown, except in
/// CI (CI=true), where a missing Redis must fail the run rather than hide the tests.
/// </summary>
public sealed class RedisFactAttribute : FactAttribute
{
    public RedisFactAttribute()
    {
        var why = RedisServer.WhyUnavailable;
        if (why is not null && !string.Equals(Environment.GetEnvironmentVariable("CI"), "true", StringComparison.OrdinalIgnoreCase))
        {
            Skip = why;
        }
    }
}
