using System.Diagnostics.Metrics;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Diagnostics.Metrics.Testing;
using NewsLingo.Core.Diagnostics;
using NewsLingo.Core.Errors;
using NewsLingo.Core.Translation;
using NewsLingo.Testing;

namespace NewsLingo.Server.Production.Tests;

public sealed class MetricsTests
{
    [Fact]
    public async Task The_metrics_endpoint_exposes_requests_backend_cost_cache_and_fallbacks()
    {
        // Backend names of their own: the meter listener sees every test host of the process.
        var primary = new ScriptedTranslator("metrics-primary", new BackendException("metrics-primary", BackendFailure.Unavailable, "down for the test."));
        var fallback = new ScriptedTranslator("metrics-fallback");
        await using var host = NewsLingoHost.Start(
            new Dictionary<string, string?>
            {
                ["NewsLingo:Backends:Translator"] = "metrics-primary",
                ["NewsLingo:Backends:TranslatorFallbacks:0"] = "metrics-fallback",
                ["NewsLingo:Resilience:MaxRetries"] = "0",
            },
            s =>
            {
                s.AddKeyedSingleton<ITranslator>("metrics-primary", primary);
                s.AddKeyedSingleton<ITranslator>("metrics-fallback", fallback);
            });
        using var http = host.CreateClient();

        // Down: the fallback serves (not cached); back: the primary serves (cached); again: a cache hit.
        await host.Translation.TranslateAsync(Requests.Translate("Première dépêche."));
        await host.Translation.TranslateAsync(Requests.Translate("Première dépêche."));
        await host.Translation.TranslateAsync(Requests.Translate("Première dépêche."));
        var metrics = await http.GetStringAsync("/metrics");

        Assert.Equal(1, fallback.Calls);
        Assert.Equal(2, primary.Calls);
        Assert.Contains("newslingo_request_duration_seconds_count{otel_scope_name=\"NewsLingo\",rpc_grpc_status_code=\"OK\",rpc_method=\"/newslingo.v1.TranslationService/Translate\"}", metrics, StringComparison.Ordinal);
        Assert.Contains("newslingo_backend_duration_seconds_count{otel_scope_name=\"NewsLingo\",backend=\"metrics-primary\",kind=\"translator\",outcome=\"BACKEND_UNAVAILABLE\"} 1", metrics, StringComparison.Ordinal);
        Assert.Contains("newslingo_backend_duration_seconds_count{otel_scope_name=\"NewsLingo\",backend=\"metrics-primary\",kind=\"translator\",outcome=\"ok\"} 1", metrics, StringComparison.Ordinal);
        Assert.Contains("newslingo_backend_duration_seconds_count{otel_scope_name=\"NewsLingo\",backend=\"metrics-fallback\",kind=\"translator\",outcome=\"ok\"} 1", metrics, StringComparison.Ordinal);
        Assert.Contains($"newslingo_backend_characters_total{{otel_scope_name=\"NewsLingo\",backend=\"metrics-fallback\"}} {"Première dépêche.".Length}", metrics, StringComparison.Ordinal);
        Assert.Contains("newslingo_cache_hits_total{otel_scope_name=\"NewsLingo\",kind=\"translation\"}", metrics, StringComparison.Ordinal);
        Assert.Contains("newslingo_cache_misses_total{otel_scope_name=\"NewsLingo\",kind=\"translation\"}", metrics, StringComparison.Ordinal);
        Assert.Contains("newslingo_fallbacks_total{otel_scope_name=\"NewsLingo\",failed=\"metrics-primary\",served=\"metrics-fallback\"} 1", metrics, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Every_call_is_timed_by_method_and_grpc_status_refusals_included()
    {
        await using var host = NewsLingoHost.Start();
        using var http = host.CreateClient();

        // Counted on this host's own meter: /metrics also carries the other test hosts of the process.
        using var durations = new MetricCollector<double>(host.Services.GetRequiredService<IMeterFactory>(), NewsLingoMetrics.MeterName, "newslingo.request.duration");
        await host.Translation.TranslateAsync(Requests.Translate("Première dépêche."));
        await host.Translation.TranslateAsync(Requests.Translate("Seconde dépêche."));
        var refused = Requests.Translate("Sans cible.");
        refused.TargetLanguages.Clear();
        var error = await Assert.ThrowsAsync<Grpc.Core.RpcException>(() => host.Translation.TranslateAsync(refused).ResponseAsync);
        var metrics = await http.GetStringAsync("/metrics");

        const string translate = "rpc_method=\"/newslingo.v1.TranslationService/Translate\"";
        var byStatus = durations.GetMeasurementSnapshot()
            .Where(m => (string?)m.Tags["rpc.method"] == "/newslingo.v1.TranslationService/Translate")
            .GroupBy(m => (string?)m.Tags["rpc.grpc.status_code"])
            .ToDictionary(g => g.Key!, g => g.Count());
        Assert.Equal(Grpc.Core.StatusCode.InvalidArgument, error.StatusCode);
        Assert.Equal(new Dictionary<string, int> { ["OK"] = 2, ["InvalidArgument"] = 1 }, byStatus);
        Assert.Contains($"newslingo_request_duration_seconds_bucket{{otel_scope_name=\"NewsLingo\",rpc_grpc_status_code=\"OK\",{translate},le=\"0.0005\"}}", metrics, StringComparison.Ordinal);
        Assert.Contains($"newslingo_request_duration_seconds_count{{otel_scope_name=\"NewsLingo\",rpc_grpc_status_code=\"InvalidArgument\",{translate}}}", metrics, StringComparison.Ordinal);
        Assert.DoesNotContain("http_server_request_duration", metrics, StringComparison.Ordinal);
    }
}
