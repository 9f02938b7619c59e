using Microsoft.Extensions.Time.Testing;
using NewsLingo.Backends.Azure.Tests.Emulation;
using NewsLingo.Core.Errors;
using NewsLingo.Core.Languages;

namespace NewsLingo.Backends.Azure.Tests;

public sealed class AzureLanguageCatalogTests : IAsyncLifetime
{
    private TranslatorEmulator _emulator = null!;

    public async Task InitializeAsync() => _emulator = await TranslatorEmulator.StartAsync();

    public async Task DisposeAsync() => await _emulator.DisposeAsync();

    [Fact]
    public async Task Supported_directions_are_every_pair_of_distinct_service_languages()
    {
        var harness = new AzureHarness(_emulator);

        var directions = await harness.Translator.GetSupportedDirectionsAsync(CancellationToken.None);

        var count = TranslatorEmulator.Languages.Count;
        Assert.Equal(count * (count - 1), directions.Count);
        Assert.Contains(Direction("fr", "es"), directions);
        Assert.Contains(Direction("es", "fr"), directions);
        Assert.Contains(Direction("fr", "zh-Hans"), directions);
        Assert.Contains(Direction("pt-PT", "sr-Latn"), directions);
        Assert.DoesNotContain(Direction("fr", "fr"), directions);

        var call = Assert.Single(_emulator.RequestsTo("/languages"));
        Assert.Equal("GET", call.Method);
        Assert.Equal("translation", call.QueryValue("scope"));
        Assert.Equal("3.0", call.QueryValue("api-version"));
    }

    [Fact]
    public async Task Concurrent_callers_share_one_languages_fetch()
    {
        var harness = new AzureHarness(_emulator);

        // The first answer is held back so every caller arrives while the fetch is in flight.
        _emulator.Inject(EmulatedFault.Slow(TimeSpan.FromMilliseconds(300)));
        var callers = Enumerable.Range(0, 16).Select(_ => harness.Translator.GetSupportedDirectionsAsync(CancellationToken.None).AsTask()).ToList();
        var results = await Task.WhenAll(callers);

        Assert.Single(_emulator.RequestsTo("/languages"));
        Assert.All(results, r => Assert.Same(results[0], r));
    }

    [Fact]
    public async Task Languages_are_cached_until_the_configured_duration_passes()
    {
        var time = new FakeTimeProvider(DateTimeOffset.Parse("2026-11-25T08:00:00Z"));
        var harness = new AzureHarness(_emulator, o => o.LanguagesCacheDuration = TimeSpan.FromHours(1), time);

        await harness.Translator.GetSupportedDirectionsAsync(CancellationToken.None);
        time.Advance(TimeSpan.FromMinutes(59));
        await harness.Translator.GetSupportedDirectionsAsync(CancellationToken.None);
        Assert.Single(_emulator.RequestsTo("/languages"));

        time.Advance(TimeSpan.FromMinutes(2));
        await harness.Translator.GetSupportedDirectionsAsync(CancellationToken.None);
        Assert.Equal(2, _emulator.RequestsTo("/languages").Count);
    }

    [Fact]
    public async Task A_failed_refresh_keeps_serving_the_last_list()
    {
        var time = new FakeTimeProvider(DateTimeOffset.Parse("2026-11-25T08:00:00Z"));
        var harness = new AzureHarness(_emulator, o => o.LanguagesCacheDuration = TimeSpan.FromHours(1), time);
        var first = await harness.Translator.GetSupportedDirectionsAsync(CancellationToken.None);

        time.Advance(TimeSpan.FromHours(2));
        _emulator.Inject(EmulatedFault.ServerError());
        var second = await harness.Translator.GetSupportedDirectionsAsync(CancellationToken.None);

        Assert.Same(first, second);
        Assert.Equal(2, _emulator.RequestsTo("/languages").Count);
    }

    [Fact]
    public async Task A_failed_first_fetch_is_reported_and_not_cached()
    {
        var harness = new AzureHarness(_emulator);
        _emulator.Inject(EmulatedFault.ServerError());

        var ex = await Assert.ThrowsAsync<BackendException>(() => harness.Translator.GetSupportedDirectionsAsync(CancellationToken.None).AsTask());
        var directions = await harness.Translator.GetSupportedDirectionsAsync(CancellationToken.None);

        Assert.Equal(BackendFailure.Unavailable, ex.Failure);
        Assert.NotEmpty(directions);
        Assert.Equal(2, _emulator.RequestsTo("/languages").Count);
    }

    [Fact]
    public async Task An_unreachable_endpoint_is_reported_Unavailable()
    {
        var closed = await TranslatorEmulator.StartAsync();
        var endpoint = closed.Endpoint;
        await closed.DisposeAsync();
        var harness = new AzureHarness(_emulator, o => o.Endpoint = endpoint.AbsoluteUri);

        var ex = await Assert.ThrowsAsync<BackendException>(() => harness.Translator.GetSupportedDirectionsAsync(CancellationToken.None).AsTask());

        Assert.Equal(BackendFailure.Unavailable, ex.Failure);
    }

    private static LanguageDirection Direction(string source, string target) => new(LanguageTag.Parse(source), LanguageTag.Parse(target));
}
