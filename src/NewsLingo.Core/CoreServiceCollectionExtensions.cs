using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;
using NewsLingo.Core.Articles;
using NewsLingo.Core.Languages;
using NewsLingo.Core.Pipeline;
using NewsLingo.Core.Summarization;
using NewsLingo.Core.Translation;

namespace NewsLingo.Core;

/// <summary>Registers the product's own logic. Backends (ITranslator, ISummarizer, ILanguageDetector) are registered by the host.</summary>
public static class CoreServiceCollectionExtensions
{
    public static IServiceCollection AddNewsLingoCore(this IServiceCollection services)
    {
        services.AddOptions<ArticleReaderOptions>().BindConfiguration(ArticleReaderOptions.SectionName).ValidateOnStart();
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IValidateOptions<ArticleReaderOptions>, ArticleReaderOptionsValidator>());
        services.TryAddSingleton<IArticleReader>(sp => new ArticleReader(
            sp.GetRequiredService<IOptions<ArticleReaderOptions>>(),
            sp.GetService<Microsoft.Extensions.Logging.ILogger<ArticleReader>>(),
            sp.GetService<Diagnostics.NewsLingoMetrics>()));
        services.TryAddSingleton<ISentenceSegmenter, SentenceSegmenter>();
        services.TryAddSingleton<SourceLanguageResolver>();
        services.TryAddSingleton<Facts.FactChecker>();
        services.AddOptions<Translation.Glossaries.GlossaryOptions>().BindConfiguration(Translation.Glossaries.GlossaryOptions.SectionName).ValidateOnStart();
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IValidateOptions<Translation.Glossaries.GlossaryOptions>, Translation.Glossaries.GlossaryOptionsValidator>());
        services.TryAddSingleton(sp => new Translation.Glossaries.DeploymentGlossary(sp.GetRequiredService<IOptions<Translation.Glossaries.GlossaryOptions>>()));
        services.TryAddSingleton(sp => new TranslationEngine(
            sp.GetService<Translation.Routing.TranslatorRouter>() ?? Translation.Routing.TranslatorRouter.Single(sp.GetRequiredService<ITranslator>()),
            sp.GetService<ISentenceSegmenter>(),
            sp.GetService<Facts.FactChecker>(),
            sp.GetService<Translation.Glossaries.DeploymentGlossary>()));
        services.TryAddSingleton(sp => sp.GetService<Backends.EnabledBackends<ISummarizer>>() is { } summarizers ? new SummaryWriter(summarizers) : new SummaryWriter(sp.GetRequiredService<ISummarizer>()));
        services.TryAddSingleton<ArticlePipeline>();
        services.TryAddSingleton<TextTranslationPipeline>();
        services.TryAddSingleton<SummarizationPipeline>();
        return services;
    }
}
