using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using NewsLingo.Core.Memory.Alignment;
using NewsLingo.Core.Memory.Corrections;

namespace NewsLingo.Core.Memory;

/// <summary>
/// Registers the translation memory: its options (validated at start-up), the store the options
/// name (resolved by name among the keyed <see cref="ITranslationMemoryStore"/> the store projects
/// register), <see cref="TranslationMemory"/>, the aligner and the element corrector.
/// </summary>
public static class MemoryServiceCollectionExtensions
{
    public static IServiceCollection AddTranslationMemory(this IServiceCollection services)
    {
        services.AddOptions<TranslationMemoryOptions>().BindConfiguration(TranslationMemoryOptions.SectionName).ValidateOnStart();
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IValidateOptions<TranslationMemoryOptions>, TranslationMemoryOptionsValidator>());
        services.TryAddSingleton(TimeProvider.System);
        services.TryAddSingleton<MemoryMetrics>();
        services.TryAddSingleton(sp =>
        {
            var options = sp.GetRequiredService<IOptions<TranslationMemoryOptions>>();
            var store = options.Value.Enabled ? sp.GetRequiredKeyedService<ITranslationMemoryStore>(options.Value.Store.ToLowerInvariant()) : null;
            return new TranslationMemory(
                store,
                options,
                sp.GetRequiredService<TimeProvider>(),
                sp.GetRequiredService<MemoryMetrics>(),
                sp.GetServices<ITranslationMemoryObserver>(),
                sp.GetRequiredService<ILogger<TranslationMemory>>());
        });
        services.TryAddSingleton<SentenceAligner>();
        services.TryAddSingleton<ElementCorrector>();
        return services;
    }
}
