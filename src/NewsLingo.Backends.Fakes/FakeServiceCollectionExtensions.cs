using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using NewsLingo.Core.Languages;
using NewsLingo.Core.Summarization;
using NewsLingo.Core.Translation;

namespace NewsLingo.Backends.Fakes;

/// <summary>Registers the fake backends under the key "fake".</summary>
public static class FakeServiceCollectionExtensions
{
    public static IServiceCollection AddFakeBackends(this IServiceCollection services)
    {
        services.AddOptions<FakeBackendOptions>()
            .BindConfiguration(FakeBackendOptions.SectionName)
            .ValidateDataAnnotations()
            .ValidateOnStart();
        services.TryAddSingleton<FaultInjector>();
        services.AddKeyedSingleton<ITranslator, FakeTranslator>(FakeTranslator.BackendName);
        services.AddKeyedSingleton<ISummarizer, FakeSummarizer>(FakeSummarizer.BackendName);
        services.AddKeyedSingleton<ILanguageDetector, FakeLanguageDetector>(FakeLanguageDetector.BackendName);
        return services;
    }
}
