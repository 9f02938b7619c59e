using System.Collections.Concurrent;
using System.Threading.Channels;
using Grpc.Core;
using Microsoft.Extensions.Options;
using NewsLingo.Contracts.V1;
using NewsLingo.Core.Errors;
using NewsLingo.Core.Pipeline;
using NewsLingo.Server.Configuration;
using NewsLingo.Server.Decoding;
using NewsLingo.Server.Errors;
using NewsLingo.Server.Mapping;

namespace NewsLingo.Server.Services;

/// <summary>
/// Runs a bulk ProcessArticles stream: several articles at once (bounded), each answered with its
/// request id as soon as it is done, and a failing article answered with its own status while the
/// stream goes on; so is an article whose bytes cannot even be decoded.
/// </summary>
public sealed class ArticleFeedProcessor(
    RequestReader reader,
    ArticlePipeline pipeline,
    IOptionsMonitor<RequestLimitsOptions> limits,
    ILogger<ArticleFeedProcessor> logger)
{
    public async Task RunAsync(
        IAsyncStreamReader<ProcessArticlesRequest> requests,
        IServerStreamWriter<ProcessArticlesResponse> responses,
        ServerCallContext context)
    {
        var cancellationToken = context.CancellationToken;
        var concurrency = limits.CurrentValue.MaxConcurrentArticlesPerStream;

        // One writer: gRPC allows a single pending write per stream. The bound gives back-pressure.
        var outbox = Channel.CreateBounded<ProcessArticlesResponse>(new BoundedChannelOptions(concurrency) { SingleReader = true });
        var writer = WriteAllAsync(outbox.Reader, responses, cancellationToken);

        using var gate = new SemaphoreSlim(concurrency);
        var inFlightIds = new ConcurrentDictionary<string, byte>(StringComparer.Ordinal);
        var work = new List<Task>();
        try
        {
            while (true)
            {
                try
                {
                    if (!await requests.MoveNext(cancellationToken).ConfigureAwait(false))
                    {
                        break;
                    }
                }
                catch (UndecodableRequestException undecodable)
                {
                    // The item's bytes were consumed: answer it alone and read the next one.
                    var id = (undecodable.BestEffort as ProcessArticlesRequest)?.RequestId ?? string.Empty;
                    await outbox.Writer.WriteAsync(new ProcessArticlesResponse { RequestId = id, Error = undecodable.RichStatus }, cancellationToken).ConfigureAwait(false);
                    continue;
                }

                await gate.WaitAsync(cancellationToken).ConfigureAwait(false);
                work.Add(ProcessOneAsync(requests.Current, inFlightIds, outbox.Writer, gate, context));
            }

            await Task.WhenAll(work).ConfigureAwait(false);
        }
        finally
        {
            outbox.Writer.TryComplete();
        }

        await writer.ConfigureAwait(false);
    }

    private async Task ProcessOneAsync(
        ProcessArticlesRequest request,
        ConcurrentDictionary<string, byte> inFlightIds,
        ChannelWriter<ProcessArticlesResponse> outbox,
        SemaphoreSlim gate,
        ServerCallContext context)
    {
        var response = new ProcessArticlesResponse { RequestId = request.RequestId };
        var claimed = false;
        try
        {
            claimed = string.IsNullOrEmpty(request.RequestId) || inFlightIds.TryAdd(request.RequestId, 0);
            if (!claimed)
            {
                throw new RequestValidationException(
                    [new FieldViolation("request_id", ErrorReasonCodes.DuplicateValue, $"request_id '{request.RequestId}' is already in flight on this stream; ids must be unique.")]);
            }

            var result = await pipeline.ProcessAsync(reader.Read(request), context.CancellationToken).ConfigureAwait(false);
            response.Article = ResponseMapper.ToProto(result);
        }
        catch (Exception exception) when (exception is not OperationCanceledException || !context.CancellationToken.IsCancellationRequested)
        {
            response.Error = CallStatusInterceptor.ToStatus(exception, context.CancellationToken.IsCancellationRequested, context.Deadline, logger);
        }
        finally
        {
            if (claimed && !string.IsNullOrEmpty(request.RequestId))
            {
                inFlightIds.TryRemove(request.RequestId, out _);
            }

            gate.Release();
        }

        await outbox.WriteAsync(response, context.CancellationToken).ConfigureAwait(false);
    }

    private static async Task WriteAllAsync(ChannelReader<ProcessArticlesResponse> outbox, IServerStreamWriter<ProcessArticlesResponse> responses, CancellationToken cancellationToken)
    {
        await foreach (var response in outbox.ReadAllAsync(cancellationToken).ConfigureAwait(false))
        {
            await responses.WriteAsync(response, cancellationToken).ConfigureAwait(false);
        }
    }
}
