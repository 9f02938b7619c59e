using System.Runtime.CompilerServices;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using NewsLingo.Core.Languages;

namespace NewsLingo.Core.Memory;

/// <summary>
/// The translation memory as the rest of NewsLingo uses it: exact and fuzzy lookups of many
/// segments at once, corrections and imports stored, entries deleted, listed and exported, within one
/// scope. It owns the store's failures: a lookup while the store is down is a miss (logged once per
/// outage, counted, health Degraded) and the store is skipped for
/// <see cref="TranslationMemoryOptions.RetryInterval"/>; a write fails with
/// <see cref="MemoryUnavailableException"/>. The schema is migrated before the first operation.
/// </summary>
public sealed partial class TranslationMemory
{
    private readonly ITranslationMemoryStore? _store;
    private readonly TranslationMemoryOptions _options;
    private readonly TimeProvider _time;
    private readonly MemoryMetrics _metrics;
    private readonly IReadOnlyList<ITranslationMemoryObserver> _observers;
    private readonly ILogger _logger;
    private readonly SemaphoreSlim _migration = new(1, 1);
    private readonly Lock _gate = new();
    private volatile bool _migrated;
    private bool _down;
    private DateTimeOffset _retryAt;
    private string? _lastError;

    public TranslationMemory(
        ITranslationMemoryStore? store,
        IOptions<TranslationMemoryOptions> options,
        TimeProvider time,
        MemoryMetrics metrics,
        IEnumerable<ITranslationMemoryObserver> observers,
        ILogger<TranslationMemory> logger)
    {
        _options = options.Value;
        _store = _options.Enabled ? store : null;
        _time = time;
        _metrics = metrics;
        _observers = [.. observers];
        _logger = logger;
    }

    /// <summary>False when the deployment turned the memory off: lookups miss, everything else is refused.</summary>
    public bool IsEnabled => _store is not null;

    /// <summary>The store's name ("sqlite", "postgres"), or "off".</summary>
    public string StoreName => _store?.Name ?? "off";

    /// <summary>The lowest score a fuzzy match reaches.</summary>
    public double FuzzyThreshold => _options.FuzzyThreshold;

    /// <summary>True while the store is considered down (since its last failure, until an operation succeeds).</summary>
    public bool IsDown
    {
        get
        {
            lock (_gate)
            {
                return _down;
            }
        }
    }

    /// <summary>The last failure, for health (no secrets: the stores' messages name no credentials).</summary>
    public string? LastError
    {
        get
        {
            lock (_gate)
            {
                return _lastError;
            }
        }
    }

    /// <summary>Migrates the schema now (start-up); false, logged and reported by health, when the store cannot be reached.</summary>
    public async Task<bool> EnsureReadyAsync(CancellationToken cancellationToken)
    {
        if (_store is null)
        {
            return false;
        }

        try
        {
            await MigrateOnceAsync(_store, cancellationToken).ConfigureAwait(false);
            MarkUp();
            return true;
        }
        catch (MemoryStoreException exception)
        {
            MarkDown("migrate", exception);
            return false;
        }
    }

    /// <summary>
    /// For each segment, in order: its exact match (after <see cref="MemoryText.Normalize"/>), or
    /// else its fuzzy matches at or above the threshold, best first. Exact matches of the whole batch
    /// take one store round trip, fuzzy candidates of the rest another. Never throws for the store: a
    /// store that is down or slower than <see cref="TranslationMemoryOptions.LookupTimeout"/> gives misses.
    /// </summary>
    public async Task<IReadOnlyList<MemoryLookup>> LookupAsync(MemoryScope scope, LanguageDirection direction, IReadOnlyList<string> segments, CancellationToken cancellationToken)
    {
        var keys = segments.Select(SegmentKey.Of).ToArray();
        var results = new MemoryLookup[segments.Count];
        var exact = await FindExactAsync(scope, direction, keys, cancellationToken).ConfigureAwait(false);
        var missing = new List<int>();
        for (var i = 0; i < segments.Count; i++)
        {
            if (exact[i] is { } unit)
            {
                results[i] = new MemoryLookup(segments[i], unit, []);
            }
            else
            {
                missing.Add(i);
            }
        }

        var fuzzy = missing.Count == 0 || exact.Available is false
            ? null
            : await ReadAsync(
                "fuzzy",
                token => _store!.FindCandidatesAsync(scope, direction, [.. missing.Select(i => keys[i])], _options.FuzzyThreshold, _options.MaxFuzzyCandidates, token),
                cancellationToken).ConfigureAwait(false);
        for (var m = 0; m < missing.Count; m++)
        {
            var i = missing[m];
            var matches = fuzzy is null ? [] : Score(direction, keys[i], fuzzy[m]);
            results[i] = new MemoryLookup(segments[i], null, matches);
        }

        if (exact.Available)
        {
            _metrics.RecordLookups("exact", segments.Count - missing.Count);
            var fuzzyHits = missing.Count(i => results[i].Fuzzy.Count > 0);
            _metrics.RecordLookups("fuzzy", fuzzyHits);
            _metrics.RecordLookups("miss", missing.Count - fuzzyHits);
        }

        return results;
    }

    /// <summary>
    /// The exact match of each segment (same order; null for none), in one store round trip. A store
    /// that is down gives all nulls. The layer that serves translations calls this before its cache.
    /// </summary>
    public async Task<IReadOnlyList<TranslationUnit?>> FindExactAsync(MemoryScope scope, LanguageDirection direction, IReadOnlyList<string> segments, CancellationToken cancellationToken) =>
        (await FindExactAsync(scope, direction, [.. segments.Select(SegmentKey.Of)], cancellationToken).ConfigureAwait(false)).Units;

    /// <summary>Stores drafts (corrections or an import) in one transaction; what each became. Observers hear of what changed.</summary>
    public async Task<IReadOnlyList<StoredUnit>> StoreAsync(MemoryScope scope, IReadOnlyList<TranslationUnitDraft> drafts, CancellationToken cancellationToken)
    {
        if (drafts.Count == 0)
        {
            return [];
        }

        var now = TruncateToMilliseconds(_time.GetUtcNow());
        var dated = Distinct(drafts.Select(d => d with
        {
            ChangedAt = TruncateToMilliseconds(d.ChangedAt ?? now),
            CreatedAt = d.CreatedAt is { } created ? TruncateToMilliseconds(created) : null,
        }));
        var stored = await WriteAsync("store", token => _store!.UpsertAsync(scope, dated, token), cancellationToken).ConfigureAwait(false);
        var changed = stored.Where(s => s.Outcome != StoreOutcome.KeptNewer).Select(s => s.Unit).ToList();
        await NotifyAsync(new MemoryChange(scope, MemoryChangeKind.Stored, changed), cancellationToken).ConfigureAwait(false);
        return stored;
    }

    /// <summary>Deletes an entry of the scope; <see cref="MemoryEntryNotFoundException"/> when it has none with that id.</summary>
    public async Task<TranslationUnit> DeleteAsync(MemoryScope scope, string id, CancellationToken cancellationToken)
    {
        var deleted = await WriteAsync("delete", token => _store!.DeleteAsync(scope, id, token), cancellationToken).ConfigureAwait(false)
            ?? throw new MemoryEntryNotFoundException(id);
        await NotifyAsync(new MemoryChange(scope, MemoryChangeKind.Deleted, [deleted]), cancellationToken).ConfigureAwait(false);
        return deleted;
    }

    public Task<MemoryPage> ListAsync(MemoryScope scope, MemoryListFilter filter, int pageSize, string? pageToken, CancellationToken cancellationToken) =>
        WriteAsync("list", token => _store!.ListAsync(scope, filter, pageSize, pageToken, token), cancellationToken);

    public Task<MemoryStatistics> DescribeAsync(MemoryScope scope, CancellationToken cancellationToken) =>
        WriteAsync("describe", token => _store!.DescribeAsync(scope, token), cancellationToken);

    /// <summary>Every entry of the scope, oldest first; <see cref="MemoryUnavailableException"/> if the store fails on the way.</summary>
    public async IAsyncEnumerable<TranslationUnit> ExportAsync(MemoryScope scope, [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        var store = await ReadyStoreAsync("export", cancellationToken).ConfigureAwait(false);
        var units = store.ExportAsync(scope, cancellationToken).GetAsyncEnumerator(cancellationToken);
        await using (units.ConfigureAwait(false))
        {
            while (true)
            {
                bool more;
                try
                {
                    more = await units.MoveNextAsync().ConfigureAwait(false);
                }
                catch (MemoryStoreException exception)
                {
                    throw Unavailable("export", exception);
                }

                if (!more)
                {
                    break;
                }

                yield return units.Current;
            }
        }

        MarkUp();
    }

    /// <summary>Asks the store something cheap: true when it answered. While a failed store is being skipped it is not asked (false).</summary>
    public async Task<bool> ProbeAsync(CancellationToken cancellationToken)
    {
        if (_store is null || Skipping())
        {
            return false;
        }

        try
        {
            await MigrateOnceAsync(_store, cancellationToken).ConfigureAwait(false);
            await _store.PingAsync(cancellationToken).ConfigureAwait(false);
            MarkUp();
            return true;
        }
        catch (MemoryStoreException exception)
        {
            MarkDown("probe", exception);
            return false;
        }
    }

    private async Task<ExactResult> FindExactAsync(MemoryScope scope, LanguageDirection direction, IReadOnlyList<SegmentKey> keys, CancellationToken cancellationToken)
    {
        if (keys.Count == 0)
        {
            return new ExactResult([], true);
        }

        var found = await ReadAsync("exact", token => _store!.FindExactAsync(scope, direction, keys, token), cancellationToken).ConfigureAwait(false);
        if (found is null)
        {
            _metrics.RecordLookups("unavailable", keys.Count);
            return new ExactResult(new TranslationUnit?[keys.Count], false);
        }

        var best = found
            .Select(unit => (unit, distance: LanguageVariants.Distance(direction, unit.Direction)))
            .Where(c => c.distance is not null)
            .GroupBy(c => MemoryText.Normalize(c.unit.SourceText), StringComparer.Ordinal)
            .ToDictionary(g => g.Key, g => g.OrderBy(c => c.distance).ThenBy(c => c.unit.Origin).ThenByDescending(c => c.unit.ChangedAt).First().unit, StringComparer.Ordinal);
        return new ExactResult([.. keys.Select(k => best.GetValueOrDefault(k.Normalized))], true);
    }

    private List<FuzzyMatch> Score(LanguageDirection direction, SegmentKey query, IReadOnlyList<TranslationUnit> candidates) =>
        [.. candidates
            .Select(unit => (unit, distance: LanguageVariants.Distance(direction, unit.Direction)))
            .Where(c => c.distance is not null)
            .Select(c => (c.unit, c.distance, score: FuzzySimilarity.Score(query.Tokens, MemoryText.Tokens(MemoryText.Normalize(c.unit.SourceText)), _options.FuzzyThreshold)))
            .Where(c => c.score >= _options.FuzzyThreshold && c.score > 0)
            .OrderByDescending(c => c.score).ThenBy(c => c.distance).ThenBy(c => c.unit.Origin).ThenByDescending(c => c.unit.ChangedAt)
            .Take(_options.MaxFuzzyMatches)
            .Select(c => new FuzzyMatch(c.unit, Math.Round(c.score, 4)))];

    /// <summary>A read that must never fail a translation: null when the store is down, slow or being skipped.</summary>
    private async Task<T?> ReadAsync<T>(string operation, Func<CancellationToken, Task<T>> read, CancellationToken cancellationToken)
        where T : class
    {
        if (_store is null || Skipping())
        {
            return null;
        }

        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        timeout.CancelAfter(_options.LookupTimeout);
        try
        {
            await MigrateOnceAsync(_store, timeout.Token).ConfigureAwait(false);
            var result = await read(timeout.Token).ConfigureAwait(false);
            MarkUp();
            return result;
        }
        catch (MemoryStoreException exception)
        {
            MarkDown(operation, exception);
            return null;
        }
        catch (OperationCanceledException exception) when (!cancellationToken.IsCancellationRequested)
        {
            MarkDown(operation, new MemoryStoreException(_store.Name, $"no answer within {_options.LookupTimeout.TotalMilliseconds:0} ms", exception));
            return null;
        }
    }

    private async Task<T> WriteAsync<T>(string operation, Func<CancellationToken, Task<T>> write, CancellationToken cancellationToken)
    {
        await ReadyStoreAsync(operation, cancellationToken).ConfigureAwait(false);
        try
        {
            var result = await write(cancellationToken).ConfigureAwait(false);
            MarkUp();
            return result;
        }
        catch (MemoryStoreException exception)
        {
            throw Unavailable(operation, exception);
        }
    }

    private async Task<ITranslationMemoryStore> ReadyStoreAsync(string operation, CancellationToken cancellationToken)
    {
        var store = _store ?? throw new MemoryDisabledException();
        try
        {
            await MigrateOnceAsync(store, cancellationToken).ConfigureAwait(false);
            return store;
        }
        catch (MemoryStoreException exception)
        {
            throw Unavailable(operation, exception);
        }
    }

    private MemoryUnavailableException Unavailable(string operation, MemoryStoreException exception)
    {
        MarkDown(operation, exception);
        return new MemoryUnavailableException(_store!.Name, _options.RetryInterval, exception);
    }

    private async Task MigrateOnceAsync(ITranslationMemoryStore store, CancellationToken cancellationToken)
    {
        if (_migrated)
        {
            return;
        }

        await _migration.WaitAsync(cancellationToken).ConfigureAwait(false);
        try
        {
            if (!_migrated)
            {
                await store.MigrateAsync(cancellationToken).ConfigureAwait(false);
                _migrated = true;
                LogReady(_logger, store.Name);
            }
        }
        finally
        {
            _migration.Release();
        }
    }

    private async Task NotifyAsync(MemoryChange change, CancellationToken cancellationToken)
    {
        if (change.Units.Count == 0)
        {
            return;
        }

        foreach (var observer in _observers)
        {
            try
            {
                await observer.OnChangedAsync(change, cancellationToken).ConfigureAwait(false);
            }
            catch (Exception exception) when (exception is not OperationCanceledException)
            {
                LogObserverFailed(_logger, exception, observer.GetType().Name);
            }
        }
    }

    private bool Skipping()
    {
        lock (_gate)
        {
            return _down && _time.GetUtcNow() < _retryAt;
        }
    }

    private void MarkUp()
    {
        lock (_gate)
        {
            if (!_down)
            {
                return;
            }

            _down = false;
            _lastError = null;
        }

        LogRecovered(_logger, StoreName);
    }

    private void MarkDown(string operation, MemoryStoreException exception)
    {
        _metrics.RecordFailure(operation);
        bool first;
        lock (_gate)
        {
            first = !_down;
            _down = true;
            _retryAt = _time.GetUtcNow() + _options.RetryInterval;
            _lastError = exception.Message;
        }

        // Once per outage, not per lookup: a store that is down would otherwise flood the log.
        if (first)
        {
            LogDown(_logger, exception, exception.Store, operation, _options.RetryInterval);
        }
    }

    /// <summary>
    /// One draft per direction and normalized source (the most recent; the later one on a tie), and
    /// each preferred id once: what the stores expect of a batch.
    /// </summary>
    private static List<TranslationUnitDraft> Distinct(IEnumerable<TranslationUnitDraft> drafts)
    {
        var latest = new Dictionary<(string, string, string), (int Order, TranslationUnitDraft Draft)>();
        var order = 0;
        foreach (var draft in drafts)
        {
            var key = (draft.SourceLanguage.Value, draft.TargetLanguage.Value, MemoryText.Normalize(draft.SourceText));
            if (!latest.TryGetValue(key, out var kept) || draft.ChangedAt >= kept.Draft.ChangedAt)
            {
                latest[key] = (order++, draft);
            }
        }

        var ids = new HashSet<string>(StringComparer.Ordinal);
        return [.. latest.Values.OrderBy(v => v.Order).Select(v => v.Draft.PreferredId is { } id && (!MemoryIds.IsValid(id) || !ids.Add(id)) ? v.Draft with { PreferredId = null } : v.Draft)];
    }

    private static DateTimeOffset TruncateToMilliseconds(DateTimeOffset time) =>
        DateTimeOffset.FromUnixTimeMilliseconds(time.ToUnixTimeMilliseconds());

    private sealed record ExactResult(IReadOnlyList<TranslationUnit?> Units, bool Available)
    {
        public TranslationUnit? this[int index] => Units[index];
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Translation memory store {Store} unavailable during {Operation}; lookups are misses and corrections are refused, retrying every {RetryInterval}")]
    private static partial void LogDown(ILogger logger, Exception exception, string store, string operation, TimeSpan retryInterval);

    [LoggerMessage(Level = LogLevel.Information, Message = "Translation memory store {Store} reachable again")]
    private static partial void LogRecovered(ILogger logger, string store);

    [LoggerMessage(Level = LogLevel.Information, Message = "Translation memory store {Store} ready (schema migrated)")]
    private static partial void LogReady(ILogger logger, string store);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Translation memory observer {Observer} failed; the change stands")]
    private static partial void LogObserverFailed(ILogger logger, Exception exception, string observer);
}
