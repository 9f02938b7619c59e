using System.Diagnostics.Metrics;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using Microsoft.Extensions.Time.Testing;
using NewsLingo.Core.Memory;

namespace NewsLingo.Memory.Tests;

/// <summary>A store under test and the <see cref="TranslationMemory"/> over it, on a controllable clock.</summary>
public sealed class MemoryStoreHarness : IAsyncDisposable
{
    private readonly ServiceProvider _services;
    private readonly Func<ValueTask> _dispose;

    public MemoryStoreHarness(ITranslationMemoryStore store, Func<ValueTask> dispose, TranslationMemoryOptions? options = null, ILoggerProvider? logs = null)
    {
        Store = store;
        _dispose = dispose;
        _services = new ServiceCollection().AddMetrics().BuildServiceProvider();
        Clock = new FakeTimeProvider(new DateTimeOffset(2026, 3, 14, 18, 2, 0, TimeSpan.Zero));
        var loggers = logs is null ? NullLoggerFactory.Instance : LoggerFactory.Create(builder => builder.AddProvider(logs));
        Memory = new TranslationMemory(
            store,
            Options.Create(options ?? new TranslationMemoryOptions()),
            Clock,
            new MemoryMetrics(_services.GetRequiredService<IMeterFactory>()),
            [],
            loggers.CreateLogger<TranslationMemory>());
    }

    public ITranslationMemoryStore Store { get; }

    public TranslationMemory Memory { get; }

    public FakeTimeProvider Clock { get; }

    public IMeterFactory Meters => _services.GetRequiredService<IMeterFactory>();

    public async ValueTask DisposeAsync()
    {
        await _services.DisposeAsync();
        await _dispose();
    }
}
