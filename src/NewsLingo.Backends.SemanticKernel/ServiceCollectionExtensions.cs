using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using NewsLingo.Core.Backends;

namespace NewsLingo.Backends.SemanticKernel;

public static class ServiceCollectionExtensions
{
    /// <summary>The summarizer the LLM summarizer's stack falls back to unless NewsLingo:Backends:SummarizerFallbacks says otherwise.</summary>
    public const string ExtractiveSummarizerKey = "extractive";

    /// <summary>
    /// Registers the LLM as the backend "llm" (a summarizer and a translator), with options bound from
    /// "NewsLingo:Llm", checked at start-up when the deployment enables llm. A summary the model gets wrong
    /// twice is the backend's failure; by default the extractive summarizer then serves, as the usage report says.
    /// </summary>
    public static IServiceCollection AddLlmBackends(this IServiceCollection services, IConfiguration configuration)
    {
        services.TryAddSingleton(sp => new LlmChat(sp.GetRequiredService<IOptions<LlmOptions>>(), sp.GetService<ILogger<LlmChat>>()));
        services.TryAddSingleton<PromptLibrary>();
        return services.AddNewsLingoBackend(configuration, LlmBackend.Name, backend => backend
            .WithOptions<LlmOptions>(LlmOptions.SectionName)
            .Summarizes(sp => new LlmSummarizer(sp.GetRequiredService<LlmChat>(), sp.GetRequiredService<PromptLibrary>(), sp.GetService<ILogger<LlmSummarizer>>()))
            .Translates(sp => new LlmTranslator(
                sp.GetRequiredService<LlmChat>(),
                sp.GetRequiredService<PromptLibrary>(),
                sp.GetRequiredService<IOptions<LlmOptions>>(),
                sp.GetService<ILogger<LlmTranslator>>()))
            .WithDefaultTimeout(sp => sp.GetRequiredService<IOptions<LlmOptions>>().Value.Timeout)
            .FallsBackTo(BackendCapabilities.Summarize, ExtractiveSummarizerKey));
    }
}
