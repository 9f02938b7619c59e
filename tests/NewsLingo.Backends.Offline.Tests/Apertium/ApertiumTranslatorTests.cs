using NewsLingo.Testing;
using System.Diagnostics;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using NewsLingo.Backends.Offline.Apertium;
using NewsLingo.Core.Diagnostics;
using NewsLingo.Core.Errors;
using NewsLingo.Core.Languages;
using NewsLingo.Core.Translation;

namespace NewsLingo.Backends.Offline.Tests.Apertium;

/// <summary>The translator on the machine's real Apertium pairs.</summary>
public sealed class ApertiumTranslatorTests : IAsyncLifetime
{
    private static readonly LanguageTag French = LanguageTag.Parse("fr");
    private ApertiumTranslator _translator = null!;

    public Task InitializeAsync()
    {
        _translator = ApertiumInstallation.CreateTranslator();
        return Task.CompletedTask;
    }

    public async Task DisposeAsync() => await _translator.DisposeAsync();

    private Task<TranslationBatchResult> TranslateAsync(string target, params string[] segments) =>
        _translator.TranslateAsync(new TranslationBatch(segments, French, LanguageTag.Parse(target)), CancellationToken.None);

    [ApertiumFact]
    public async Task French_goes_to_Spanish_Catalan_and_through_a_pivot_to_English()
    {
        const string sentence = "L'armée syrienne annonce avoir repris la ville de Palmyre.";

        var spanish = await TranslateAsync("es", sentence);
        var catalan = await TranslateAsync("ca", sentence);
        var english = await TranslateAsync("en", sentence);

        Assert.Contains("ejército sirio", spanish.Segments[0].Text, StringComparison.Ordinal);
        Assert.Contains("Palmira", spanish.Segments[0].Text, StringComparison.Ordinal);
        Assert.Contains("exèrcit", catalan.Segments[0].Text, StringComparison.Ordinal);
        Assert.Contains("Syrian army", english.Segments[0].Text, StringComparison.Ordinal);
        Assert.Equal("apertium", spanish.Billed().Backend);
        Assert.Equal(sentence.Length, spanish.Billed().Characters);
    }

    [ApertiumFact]
    public async Task Segments_keep_their_count_order_numbers_and_line_breaks()
    {
        string[] segments =
        [
            "Le déficit public atteint 4,6 % du produit intérieur brut.",
            "Le gouvernement présente son budget pour 2027.",
            "Première ligne.\nDeuxième ligne.",
        ];

        var result = await TranslateAsync("es", segments);

        Assert.Equal(3, result.Segments.Count);
        Assert.Contains("4,6 %", result.Segments[0].Text, StringComparison.Ordinal);
        Assert.Contains("2027", result.Segments[1].Text, StringComparison.Ordinal);
        Assert.Contains('\n', result.Segments[2].Text);
    }

    [ApertiumFact]
    public async Task Every_answer_belongs_to_its_request_under_concurrency()
    {
        var requests = Enumerable.Range(1000, 200)
            .Select(n => Enumerable.Range(0, 1 + (n % 3)).Select(k => $"Le maire numéro {n} a parlé {k + 1} fois au conseil.").ToArray())
            .ToArray();

        await using var translator = ApertiumInstallation.CreateTranslator(o => o.MaxQueuedBatches = requests.Length);
        var results = await Task.WhenAll(requests.Select(segments =>
            translator.TranslateAsync(new TranslationBatch(segments, French, LanguageTag.Parse("es")), CancellationToken.None)));

        for (var r = 0; r < requests.Length; r++)
        {
            Assert.Equal(requests[r].Length, results[r].Segments.Count);
            for (var k = 0; k < requests[r].Length; k++)
            {
                Assert.Contains($"número {1000 + r}", results[r].Segments[k].Text, StringComparison.Ordinal);
                Assert.Contains($"{k + 1}", results[r].Segments[k].Text, StringComparison.Ordinal);
            }
        }
    }

    [ApertiumFact]
    public async Task A_killed_pipeline_is_restarted_and_its_batch_retried()
    {
        // One pipeline, so the next batch is sure to meet the dead one, fail on it, and be retried on a new one.
        await using var translator = ApertiumInstallation.CreateTranslator(o => o.PipelinesPerMode = 1);
        var spanish = LanguageTag.Parse("es");
        await translator.TranslateAsync(new TranslationBatch(["Bonjour."], French, spanish), CancellationToken.None);
        var pool = translator.PoolFor(translator.Catalog.Modes.Single(m => m.Name == "fr-es"));
        var victim = Assert.Single(pool.RunningProcessIds);

        Process.GetProcessById(victim).Kill(entireProcessTree: true);
        var result = await translator.TranslateAsync(new TranslationBatch(["Le conseil municipal a voté le budget."], French, spanish), CancellationToken.None);

        Assert.Contains("presupuesto", result.Segments[0].Text, StringComparison.Ordinal);
        Assert.DoesNotContain(victim, pool.RunningProcessIds);
    }

    [ApertiumFact]
    public async Task A_cancelled_batch_leaves_no_answer_behind_for_the_next_one()
    {
        using var cancel = new CancellationTokenSource();
        var longBatch = Enumerable.Range(0, 50).Select(n => $"Phrase numéro {n} d'un long article sur le budget de l'État.").ToArray();
        var cancelled = _translator.TranslateAsync(new TranslationBatch(longBatch, French, LanguageTag.Parse("es")), cancel.Token);
        await cancel.CancelAsync();
        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => cancelled);

        var next = await TranslateAsync("es", "Le maire est parti.");

        Assert.StartsWith("El alcalde", next.Segments[0].Text, StringComparison.Ordinal);
    }

    [ApertiumFact]
    public async Task A_nul_in_a_text_is_dropped_and_the_batch_and_the_next_one_are_served()
    {
        var result = await TranslateAsync("es", "Le conseil\0 municipal a voté le budget\0 de la ville.", "\0", "Fin\0");
        var next = await TranslateAsync("en", "Le maire est parti.");

        Assert.Contains("presupuesto", result.Segments[0].Text, StringComparison.Ordinal);
        Assert.DoesNotContain('\0', string.Concat(result.Segments.Select(s => s.Text)));
        Assert.Equal(3, result.Segments.Count);
        Assert.StartsWith("The mayor", next.Segments[0].Text, StringComparison.Ordinal);
    }

    [ApertiumFact]
    public async Task Unknown_words_are_stripped_and_reported()
    {
        var result = await TranslateAsync("es", "Les djihadistes zorbulent Palmyre.");

        Assert.DoesNotContain('*', result.Segments[0].Text);
        Assert.DoesNotContain('#', result.Segments[0].Text);
        Assert.Contains("zorbulent", result.Segments[0].UnknownWords);
    }

    [ApertiumFact]
    public async Task Directions_are_those_of_the_installed_pairs_and_pivots()
    {
        var directions = await _translator.GetSupportedDirectionsAsync(CancellationToken.None);

        Assert.Contains(new LanguageDirection(French, LanguageTag.Parse("es")), directions);
        Assert.Contains(new LanguageDirection(French, LanguageTag.Parse("ca")), directions);
        Assert.Contains(new LanguageDirection(French, LanguageTag.Parse("en")), directions);
        Assert.True(_translator.Catalog.TryGetRoute(new LanguageDirection(French, LanguageTag.Parse("en")), out var route));
        Assert.True(route.IsPivot);
    }

    [ApertiumFact]
    public async Task Batches_beyond_the_queue_are_refused_as_rate_limited()
    {
        await using var narrow = ApertiumInstallation.CreateTranslator(o => (o.PipelinesPerMode, o.MaxQueuedBatches) = (1, 1));
        var batch = new TranslationBatch(Enumerable.Range(0, 40).Select(n => $"Le budget numéro {n} est voté.").ToArray(), French, LanguageTag.Parse("es"));

        var outcomes = await Task.WhenAll(Enumerable.Range(0, 6).Select(async _ =>
        {
            try
            {
                await narrow.TranslateAsync(batch, CancellationToken.None);
                return (BackendFailure?)null;
            }
            catch (BackendException refused)
            {
                return refused.Failure;
            }
        }));

        Assert.Contains(outcomes, o => o is null);
        Assert.Contains(outcomes, o => o == BackendFailure.RateLimited);
    }

    [Fact]
    public void Registration_validates_the_modes_directory_naming_the_setting()
    {
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["NewsLingo:Apertium:ModesDirectory"] = "/nonexistent/modes",
        }).Build();
        var services = new ServiceCollection()
            .AddSingleton<IConfiguration>(configuration)
            .AddLogging()
            .AddApertiumTranslator(configuration)
            .BuildServiceProvider();

        var error = Assert.Throws<OptionsValidationException>(() => services.GetRequiredService<IOptions<ApertiumOptions>>().Value);

        Assert.Contains("NewsLingo:Apertium:ModesDirectory", error.Message, StringComparison.Ordinal);
        Assert.Contains("apt-get install", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void The_probe_says_what_to_install_when_no_pair_is_there()
    {
        var probe = new ApertiumProbe(Options.Create(new ApertiumOptions { ModesDirectory = "/nonexistent/modes" }));

        Assert.Contains("apt-get install -y apertium", probe.WhyUnavailable(), StringComparison.Ordinal);
    }
}
