using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Diagnostics.HealthChecks;
using NewsLingo.Core.Translation;
using NewsLingo.Server.Tests.Infrastructure;
using NewsLingo.Testing;

namespace NewsLingo.Server.Tests;

/// <summary>Health probes every backend the deployment enables, not only the default translator.</summary>
public sealed class BackendHealthTests
{
    private static ThrowingBackend Broken() => new("broken", () => new InvalidOperationException("no language list"), directionsFail: true);

    [Fact]
    public async Task Every_enabled_backend_is_probed_and_named_and_a_broken_fallback_degrades_health()
    {
        using var factory = new NewsLingoHost()
            .With("NewsLingo:Backends:TranslatorFallbacks:0", "broken")
            .WithServices(services => services.AddKeyedSingleton<ITranslator>("broken", Broken()));

        var report = await factory.Services.GetRequiredService<HealthCheckService>().CheckHealthAsync();
        var backends = report.Entries["backends"];

        Assert.Equal(HealthStatus.Degraded, backends.Status);
        Assert.StartsWith("Healthy: ", (string)backends.Data["backend:fake"], StringComparison.Ordinal);
        Assert.Contains("directions", (string)backends.Data["backend:fake"], StringComparison.Ordinal);
        Assert.StartsWith("Unhealthy: ", (string)backends.Data["backend:broken"], StringComparison.Ordinal);
        Assert.Contains("Backend 'broken' cannot serve", backends.Description, StringComparison.Ordinal);
        Assert.Equal("Degraded", await factory.CreateClient().GetStringAsync("/healthz"));
    }

    [Fact]
    public async Task A_default_backend_that_cannot_serve_makes_health_unhealthy()
    {
        using var factory = new NewsLingoHost()
            .With("NewsLingo:Backends:Translator", "broken")
            .WithServices(services => services.AddKeyedSingleton<ITranslator>("broken", Broken()));

        var report = await factory.Services.GetRequiredService<HealthCheckService>().CheckHealthAsync();

        Assert.Equal(HealthStatus.Unhealthy, report.Entries["backends"].Status);
        Assert.Contains("InvalidOperationException", (string)report.Entries["backends"].Data["backend:broken"], StringComparison.Ordinal);
    }
}
