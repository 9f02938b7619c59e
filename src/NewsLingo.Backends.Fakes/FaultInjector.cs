using Microsoft.Extensions.Options;
using NewsLingo.Core.Errors;

namespace NewsLingo.Backends.Fakes;

/// <summary>Applies the configured latency and failures to a fake call. One per process, shared by the fakes.</summary>
public sealed class FaultInjector(IOptions<FakeBackendOptions> options)
{
    private readonly Lock _gate = new();
    private readonly Random _random = new(options.Value.Seed);

    public async Task BeforeCallAsync(string backend, CancellationToken cancellationToken)
    {
        var settings = options.Value;
        if (settings.Latency > TimeSpan.Zero)
        {
            await Task.Delay(settings.Latency, cancellationToken).ConfigureAwait(false);
        }

        cancellationToken.ThrowIfCancellationRequested();
        if (settings.FailureRate <= 0)
        {
            return;
        }

        double draw;
        lock (_gate)
        {
            draw = _random.NextDouble();
        }

        if (draw < settings.FailureRate)
        {
            throw new BackendException(
                backend,
                settings.FailureKind,
                $"injected {settings.FailureKind} failure ({FakeBackendOptions.SectionName}:FailureRate = {settings.FailureRate}).",
                settings.FailureKind == BackendFailure.RateLimited ? settings.RetryAfter : null);
        }
    }
}
