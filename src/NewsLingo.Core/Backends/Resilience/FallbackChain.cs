using NewsLingo.Core.Diagnostics;
using NewsLingo.Core.Errors;
using NewsLingo.Core.Usage;

namespace NewsLingo.Core.Backends.Resilience;

/// <summary>
/// Backends of one capability, preferred first: each call goes to the first that can take it, and
/// to the next when one fails by its own fault (down, timed out, credentials or operation refused,
/// an unusable answer). Input a backend refused, and the caller's cancellation, end the chain.
/// Each backend already runs behind its own resilience pipeline, so a failure here is final for it.
/// </summary>
public sealed class FallbackChain<TBackend>(IReadOnlyList<TBackend> backends, Func<TBackend, string> nameOf, NewsLingoMetrics metrics)
{
    public IReadOnlyList<TBackend> Backends { get; } = backends.Count > 0 ? backends : throw new ArgumentException("A chain needs at least one backend.", nameof(backends));

    /// <summary>The answer of the first backend that served, which one, and the fallback record when it was not the first.</summary>
    /// <param name="skip">Why a fallback cannot take this call (null: it can); the preferred backend is always asked.</param>
    /// <param name="call">The call to make.</param>
    /// <param name="cancellationToken">The caller's token.</param>
    public async Task<(TResult Result, TBackend Served, FallbackRecord? Fallback)> RunAsync<TResult>(
        Func<TBackend, CancellationToken, ValueTask<string?>> skip,
        Func<TBackend, CancellationToken, Task<TResult>> call,
        CancellationToken cancellationToken)
    {
        List<BackendMiss>? misses = null;
        var billed = CallReport.Empty;
        for (var i = 0; i < Backends.Count; i++)
        {
            var backend = Backends[i];
            if (i > 0 && await skip(backend, cancellationToken).ConfigureAwait(false) is { } why)
            {
                (misses ??= []).Add(new BackendMiss(nameOf(backend), Failed: false, why));
                continue;
            }

            try
            {
                var result = await call(backend, cancellationToken).ConfigureAwait(false);
                if (misses is null)
                {
                    return (result, backend, null);
                }

                metrics.RecordFallback(misses.First(m => m.Failed).Backend, nameOf(backend));
                return (result, backend, new FallbackRecord(nameOf(backend), misses) { Billed = billed });
            }
            catch (BackendException failure) when (failure.IsBackendFault && !cancellationToken.IsCancellationRequested && i < Backends.Count - 1)
            {
                (misses ??= []).Add(new BackendMiss(nameOf(backend), Failed: true, $"{failure.Reason}: {failure.Message}"));
                billed = failure.Billed is { } cost ? billed.Merge(CallReport.For(cost)) : billed;
            }
        }

        // Every backend after the first failed was skipped: say why none could serve.
        throw new BackendException(
            nameOf(Backends[0]),
            BackendFailure.Unavailable,
            $"no backend of the chain could serve: {string.Join("; ", misses!.Select(m => m.Describe()))}.");
    }
}
