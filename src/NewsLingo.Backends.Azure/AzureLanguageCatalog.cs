using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using NewsLingo.Backends.Azure.Client;
using NewsLingo.Core.Languages;

namespace NewsLingo.Backends.Azure;

/// <summary>
/// The /languages list, fetched on first need and again after <see cref="AzureTranslatorOptions.LanguagesCacheDuration"/>.
/// Concurrent callers share one fetch; a caller's cancellation stops its wait, not the shared fetch; a failed
/// fetch is not cached, and while a refresh fails the last good list keeps serving.
/// </summary>
internal sealed partial class AzureLanguageCatalog(
    TextTranslationClient client,
    IOptions<AzureTranslatorOptions> options,
    TimeProvider timeProvider,
    ILogger<AzureLanguageCatalog> logger)
{
    private readonly Lock _gate = new();
    private Task<TranslatorLanguages>? _fetch;
    private TranslatorLanguages? _current;
    private DateTimeOffset _expiresAt;

    /// <summary>The last list fetched, or null before the first fetch completed.</summary>
    public TranslatorLanguages? Current
    {
        get
        {
            lock (_gate)
            {
                return _current;
            }
        }
    }

    public async ValueTask<TranslatorLanguages> GetAsync(CancellationToken cancellationToken)
    {
        Task<TranslatorLanguages> fetch;
        lock (_gate)
        {
            if (_current is not null && timeProvider.GetUtcNow() < _expiresAt)
            {
                return _current;
            }

            // Task.Run: the fetch starts outside the lock and outlives any one caller's token.
            _fetch ??= Task.Run(FetchAsync, CancellationToken.None);
            fetch = _fetch;
        }

        return await fetch.WaitAsync(cancellationToken).ConfigureAwait(false);
    }

    /// <summary>Starts a fetch in the background when none happened yet (for synchronous readers).</summary>
    public void EnsureStarted()
    {
        if (Current is null)
        {
            _ = GetAsync(CancellationToken.None).AsTask().ContinueWith(
                t => _ = t.Exception,
                CancellationToken.None,
                TaskContinuationOptions.OnlyOnFaulted | TaskContinuationOptions.ExecuteSynchronously,
                TaskScheduler.Default);
        }
    }

    private async Task<TranslatorLanguages> FetchAsync()
    {
        try
        {
            var codes = await client.GetSupportedLanguagesAsync(CancellationToken.None).ConfigureAwait(false);
            var tags = new List<LanguageTag>(codes.Count);
            foreach (var code in codes)
            {
                if (LanguageTag.TryParse(code, out var tag))
                {
                    tags.Add(tag);
                }
                else
                {
                    LogUnparsableCode(code);
                }
            }

            var languages = new TranslatorLanguages(tags);
            lock (_gate)
            {
                _current = languages;
                _expiresAt = timeProvider.GetUtcNow() + options.Value.LanguagesCacheDuration;
                _fetch = null;
            }

            LogFetched(tags.Count);
            return languages;
        }
        catch (Exception ex)
        {
            TranslatorLanguages? stale;
            lock (_gate)
            {
                _fetch = null;
                stale = _current;
                if (stale is not null)
                {
                    // Retry the refresh in a minute rather than on every call while the service is down.
                    _expiresAt = timeProvider.GetUtcNow() + TimeSpan.FromMinutes(1);
                }
            }

            if (stale is not null)
            {
                LogRefreshFailed(ex);
                return stale;
            }

            throw AzureFailures.Classify(ex, "GET /languages", options.Value, CancellationToken.None) ?? ex;
        }
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Azure Translator supports {Count} languages")]
    private partial void LogFetched(int count);

    [LoggerMessage(Level = LogLevel.Debug, Message = "Azure Translator language code {Code} is not a BCP-47 tag NewsLingo understands; skipped")]
    private partial void LogUnparsableCode(string code);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Refreshing the Azure Translator language list failed; serving the previous list")]
    private partial void LogRefreshFailed(Exception exception);
}
