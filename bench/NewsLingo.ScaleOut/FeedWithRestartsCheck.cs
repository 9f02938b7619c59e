using System.Collections.Concurrent;
using Grpc.Core;
using NewsLingo.Contracts.V1;

namespace NewsLingo.ScaleOut;

/// <summary>
/// A ProcessArticles feed over the balancer while every instance is restarted in turn (SIGTERM, then
/// start). A stream lives on the one instance it landed on, so a restart of that instance ends it;
/// the client does what deploy/README.md tells clients to do: open a new stream and send again
/// every article whose response it has not received (request_id says which), and resend an article
/// answered with a retryable error. Answered articles are never sent twice.
/// </summary>
public static class FeedWithRestartsCheck
{
    private const int MostStreams = 30;

    public static async Task<CheckResult> RunAsync(ScaleOutSetup setup, CancellationToken cancellationToken)
    {
        var nonce = Guid.NewGuid().ToString("N")[..8];
        var requests = Enumerable.Range(1, setup.FeedArticles).Select(i => new ProcessArticlesRequest
        {
            RequestId = $"feed-{i:000}",
            Article = new ArticleContent { Text = $"Dépêche {i} ({nonce})\n\nLe conseil municipal a adopté le point {i} de l'ordre du jour mardi soir.\n\nLes élus ont débattu pendant {i} minutes." },
            TargetLanguages = { "en" },
            Options = new ArticleOptions { SourceLanguage = "fr" },
        }).ToArray();
        var answered = new ConcurrentDictionary<string, bool>();
        int streams = 0, brokenStreams = 0, resent = 0, retryableErrors = 0, finalErrors = 0, restarted = 0;
        var sentEver = new HashSet<string>();

        using var channel = ScaleOutSetup.Channel(setup.Balancer);
        var client = new ArticleService.ArticleServiceClient(channel);
        using var feedDone = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        var restarts = RestartEachInTurnAsync();

        while (answered.Count < requests.Length && streams < MostStreams)
        {
            streams++;
            try
            {
                using var call = client.ProcessArticles(cancellationToken: cancellationToken);
                var reading = ReadAsync(call.ResponseStream);
                foreach (var request in requests.Where(r => !answered.ContainsKey(r.RequestId)).ToArray())
                {
                    if (!sentEver.Add(request.RequestId))
                    {
                        resent++;
                    }

                    await call.RequestStream.WriteAsync(request, cancellationToken);
                    await Task.Delay(setup.FeedInterval, cancellationToken);
                }

                await call.RequestStream.CompleteAsync();
                await reading;
            }
            catch (Exception exception) when (exception is RpcException or IOException or InvalidOperationException)
            {
                // The stream broke (its instance stopped): what was not answered goes on a new stream.
                brokenStreams++;
            }
        }

        await restarts;
        var figures = new List<string>
        {
            $"{requests.Length} articles, one at a time every {setup.FeedInterval.TotalMilliseconds:0} ms, through {setup.Balancer}, while i1, i2, i3 restarted in turn: restarts done during the feed {restarted}/3",
            $"answered {answered.Count}/{requests.Length}; streams opened {streams} ({brokenStreams} ended by a restart); articles resent on a new stream {resent}; answered with a retryable error and resent {retryableErrors}; final errors {finalErrors}",
        };
        var passed = answered.Count == requests.Length && finalErrors == 0 && restarted == 3;
        return new CheckResult("ProcessArticles feed across restarts", passed, figures);

        async Task ReadAsync(IAsyncStreamReader<ProcessArticlesResponse> responses)
        {
            await foreach (var response in responses.ReadAllAsync(cancellationToken))
            {
                if (response.ResultCase == ProcessArticlesResponse.ResultOneofCase.Error
                    && ContractRetry.DelayBeforeRetry(new RpcException(new Status((StatusCode)response.Error.Code, response.Error.Message)), attempt: 1) is not null)
                {
                    Interlocked.Increment(ref retryableErrors);
                    continue;
                }

                if (response.ResultCase == ProcessArticlesResponse.ResultOneofCase.Error)
                {
                    Interlocked.Increment(ref finalErrors);
                }

                answered[response.RequestId] = true;
            }
        }

        async Task RestartEachInTurnAsync()
        {
            // Let the feed get going first, so that the first restart finds a stream in flight.
            while (answered.Count < 10 && !feedDone.IsCancellationRequested)
            {
                await Task.Delay(50, cancellationToken);
            }

            for (var n = 1; n <= setup.Instances.Count && answered.Count < requests.Length; n++)
            {
                await setup.Control.StopAsync(n, cancellationToken);
                await setup.Control.StartAsync(n, cancellationToken);
                await setup.Stats.WaitForStatusAsync(setup.Backend, $"i{n}", "UP", cancellationToken);
                if (answered.Count < requests.Length)
                {
                    restarted++;
                }
            }
        }
    }
}
