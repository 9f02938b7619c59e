using System.Diagnostics;
using Grpc.Core;
using NewsLingo.Contracts.V1;

namespace NewsLingo.Bench.Quality;

/// <summary>
/// Sends the French sentences to the server in batches, one target per call, so that each response's
/// <c>translator</c> names the backend of exactly that target and its usage bills exactly that
/// target: a call with several targets would report them together.
/// </summary>
public sealed class FloresTranslator(TranslationService.TranslationServiceClient client, BenchOptions options)
{
    private static readonly TimeSpan CallDeadline = TimeSpan.FromMinutes(5);

    /// <summary>
    /// One short call per target before the timed run: the first request starts the backend's
    /// pipelines (Apertium's processes), which is start-up, not translation. The text is not in the
    /// corpus, so it leaves no cache entry the run could hit.
    /// </summary>
    public async Task<TimeSpan> WarmUpAsync(string target, CancellationToken cancellationToken)
    {
        var timer = Stopwatch.StartNew();
        await client.TranslateAsync(Request(["Bonjour à tous."], target), deadline: DateTime.UtcNow + CallDeadline, cancellationToken: cancellationToken);
        return timer.Elapsed;
    }

    public async Task<TargetRun> TranslateAsync(IReadOnlyList<string> sources, string target, CancellationToken cancellationToken)
    {
        var sentences = new List<TranslatedSentence>(sources.Count);
        var characters = new Dictionary<string, long>(StringComparer.Ordinal);
        var requests = new Dictionary<string, int>(StringComparer.Ordinal);
        int cacheHits = 0, calls = 0, failed = 0;
        var timer = Stopwatch.StartNew();
        foreach (var batch in sources.Chunk(options.BatchSize))
        {
            var response = await client.TranslateAsync(Request(batch, target), deadline: DateTime.UtcNow + CallDeadline, cancellationToken: cancellationToken);
            calls++;
            cacheHits += response.Usage?.CacheHits ?? 0;
            foreach (var usage in response.Usage?.Backends ?? [])
            {
                characters[usage.Backend] = characters.GetValueOrDefault(usage.Backend) + usage.Characters;
                requests[usage.Backend] = requests.GetValueOrDefault(usage.Backend) + usage.Requests;
            }

            foreach (var text in response.Texts)
            {
                var translation = text.Translations.FirstOrDefault();
                if (text.Error is not null || translation is null)
                {
                    failed++;
                    Console.Error.WriteLine($"sentence {sentences.Count + 1} into {target}: {text.Error?.Message ?? "no translation"}");
                }

                sentences.Add(new TranslatedSentence(sentences.Count, translation?.Text ?? "", response.Translator));
            }
        }

        if (sentences.Count != sources.Count)
        {
            throw new RpcException(new Status(StatusCode.DataLoss, $"{sources.Count} sentences sent into {target}, {sentences.Count} came back."));
        }

        return new TargetRun(target, sentences, characters, requests, cacheHits, calls, failed, timer.Elapsed);
    }

    private TranslateRequest Request(IEnumerable<string> texts, string target)
    {
        var request = new TranslateRequest { SourceLanguage = "fr", Translator = options.Translator ?? "" };
        request.Texts.AddRange(texts);
        request.TargetLanguages.Add(target);
        if (options.TranslatorsByTarget.TryGetValue(target, out var backend))
        {
            request.TranslatorsByTarget[target] = backend;
        }

        return request;
    }
}
