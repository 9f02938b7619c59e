using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;
using NewsLingo.Core.Backends;

namespace NewsLingo.Backends.Fakes;

/// <summary>Registers the fake backends under the name "fake".</summary>
public static class FakeServiceCollectionExtensions
{
    /// <summary>
    /// The fake translator, summarizer and detector ("fake"), settings from <see cref="FakeBackendOptions.SectionName"/>.
    /// Their output is not real, so "auto" takes them only when nothing else can serve; their answers are
    /// not cached while they inject latency or failures, so callers' CI meets the configured delay and
    /// failure share on every repeated request.
    /// </summary>
    public static IServiceCollection AddFakeBackends(this IServiceCollection services, IConfiguration configuration)
    {
        services.TryAddSingleton<FaultInjector>();
        return services.AddNewsLingoBackend(configuration, FakeTranslator.BackendName, backend => backend
            .WithOptions<FakeBackendOptions>(FakeBackendOptions.SectionName)
            .Translates<FakeTranslator>()
            .Summarizes<FakeSummarizer>()
            .Detects<FakeLanguageDetector>()
            .AsFake()
            .CacheableWhen(sp => sp.GetRequiredService<IOptions<FakeBackendOptions>>().Value is { Latency.Ticks: 0, FailureRate: 0 }));
    }
}
