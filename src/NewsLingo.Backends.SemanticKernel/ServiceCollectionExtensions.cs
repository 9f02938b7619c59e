using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using NewsLingo.Core.Summarization;
using NewsLingo.Core.Translation;

namespace NewsLingo.Backends.SemanticKernel;

public static class ServiceCollectionExtensions
{
    /// <summary>The key of the summarizer the LLM summarizer falls back to when its answers are rejected.</summary>
    public const string ExtractiveSummarizerKey = "extractive";

    /// <summary>
    /// Registers the LLM summarizer as keyed <see cref="ISummarizer"/> "llm" and the LLM translator as keyed
    /// <see cref="ITranslator"/> "llm", with options bound from "NewsLingo:Llm". The summarizer falls back to
    /// the keyed <see cref="ISummarizer"/> "extractive" when one is registered.
    /// </summary>
    /// <param name="services">The services.</param>
    /// <param name="selected">
    /// True when configuration uses the llm backend (as summarizer, translator or in a fallback chain): its
    /// options are then validated at start-up, so a missing key stops the server before it serves. When false
    /// the backend stays registered but unvalidated until something resolves it (it then fails with the same
    /// message), so a server without an LLM configured still starts.
    /// </param>
    public static IServiceCollection AddLlmBackends(this IServiceCollection services, bool selected = true)
    {
        var options = services.AddOptions<LlmOptions>()
            .BindConfiguration(LlmOptions.SectionName)
            .ValidateDataAnnotations();
        if (selected)
        {
            options.ValidateOnStart();
        }

        services.TryAddSingleton(sp => new LlmChat(sp.GetRequiredService<IOptions<LlmOptions>>(), sp.GetService<ILogger<LlmChat>>()));
        services.TryAddSingleton<PromptLibrary>();
        services.AddKeyedSingleton<ISummarizer>(
            LlmFailures.BackendName,
            (sp, _) => new LlmSummarizer(
                sp.GetRequiredService<LlmChat>(),
                sp.GetRequiredService<PromptLibrary>(),
                sp.GetKeyedService<ISummarizer>(ExtractiveSummarizerKey),
                sp.GetService<ILogger<LlmSummarizer>>()));
        services.AddKeyedSingleton<ITranslator>(
            LlmFailures.BackendName,
            (sp, _) => new LlmTranslator(
                sp.GetRequiredService<LlmChat>(),
                sp.GetRequiredService<PromptLibrary>(),
                sp.GetRequiredService<IOptions<LlmOptions>>(),
                sp.GetService<ILogger<LlmTranslator>>()));
        return services;
    }
}
