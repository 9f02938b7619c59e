using Microsoft.Extensions.DependencyInjection;
using NewsLingo.Core.Diagnostics;
using NewsLingo.Core.Facts;
using NewsLingo.Core.Languages;
using NewsLingo.Core.Translation;
using NewsLingo.Core.Translation.Resilience;
using NewsLingo.Core.Usage;

namespace NewsLingo.Server.Production.Tests;

/// <summary>A segment whose figures the serving backend changed is translated once more by the next backend of the chain.</summary>
public sealed class FactFallbackTests
{
    private static readonly LanguageTag French = LanguageTag.Parse("fr");
    private static readonly LanguageTag English = LanguageTag.Parse("en");

    [Fact]
    public async Task Only_the_segments_with_changed_facts_go_to_the_fallback_and_its_faithful_answer_is_kept()
    {
        using var services = new ServiceCollection().AddMetrics().BuildServiceProvider();
        var metrics = new NewsLingoMetrics(services.GetRequiredService<System.Diagnostics.Metrics.IMeterFactory>());
        var careless = new RewritingTranslator("careless", text => text.Replace("38", "83", StringComparison.Ordinal));
        var careful = new RewritingTranslator("careful", text => text);
        var chain = new FallbackTranslator([careless, careful], metrics, new FactChecker());

        var result = await chain.TranslateAsync(new TranslationBatch(["Pas de chiffre.", "Il a perdu 38 milliards d'euros."], French, English), CancellationToken.None);

        Assert.Equal("Pas de chiffre.", result.Segments[0].Text);
        Assert.Equal("Il a perdu 38 milliards d'euros.", result.Segments[1].Text);
        Assert.Equal("careful", result.Segments[1].Backend);
        Assert.Equal(["Il a perdu 38 milliards d'euros."], careful.Received);
        var fallback = Assert.Single(result.Report.Fallbacks);
        Assert.Equal("careful", fallback.Served);
        Assert.Contains("FACTS_CHANGED", fallback.Describe(), StringComparison.Ordinal);
        Assert.Contains("'38 milliards d'euros' came back as '83 milliards d'euros'", fallback.Describe(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task When_the_fallback_does_no_better_the_first_answer_stands()
    {
        using var services = new ServiceCollection().AddMetrics().BuildServiceProvider();
        var metrics = new NewsLingoMetrics(services.GetRequiredService<System.Diagnostics.Metrics.IMeterFactory>());
        var careless = new RewritingTranslator("careless", text => text.Replace("38", "83", StringComparison.Ordinal));
        var alsoCareless = new RewritingTranslator("also-careless", text => text.Replace("38", "39", StringComparison.Ordinal));
        var chain = new FallbackTranslator([careless, alsoCareless], metrics, new FactChecker());

        var result = await chain.TranslateAsync(new TranslationBatch(["Il a perdu 38 milliards d'euros."], French, English), CancellationToken.None);

        Assert.Equal("Il a perdu 83 milliards d'euros.", result.Segments[0].Text);
        Assert.Equal(1, alsoCareless.Calls);
    }

    private sealed class RewritingTranslator(string name, Func<string, string> rewrite) : ITranslator
    {
        public List<string> Received { get; } = [];

        public int Calls { get; private set; }

        public string Name => name;

        public BackendLimits Limits { get; } = new(10_000, 100, 4);

        public bool SupportsHtml => true;

        public ValueTask<IReadOnlyCollection<LanguageDirection>> GetSupportedDirectionsAsync(CancellationToken cancellationToken) =>
            ValueTask.FromResult<IReadOnlyCollection<LanguageDirection>>([new LanguageDirection(French, English)]);

        public Task<TranslationBatchResult> TranslateAsync(TranslationBatch batch, CancellationToken cancellationToken)
        {
            Calls++;
            Received.AddRange(batch.Segments);
            return Task.FromResult(new TranslationBatchResult([.. batch.Segments.Select(s => new TranslatedSegment(rewrite(s)))], new BackendUsage(name, batch.CharacterCount, 1)));
        }
    }
}
