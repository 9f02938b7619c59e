using Grpc.Core;
using NewsLingo.Contracts.V1;
using NewsLingo.Core.Pipeline;
using NewsLingo.Server.Mapping;

namespace NewsLingo.Server.Services;

/// <summary>newslingo.v1.ArticleService: maps messages to the article pipeline and back.</summary>
public sealed class ArticleGrpcService(RequestReader reader, ArticlePipeline pipeline, ArticleFeedProcessor feed) : ArticleService.ArticleServiceBase
{
    public override async Task<ProcessArticleResponse> ProcessArticle(ProcessArticleRequest request, ServerCallContext context)
    {
        var result = await pipeline.ProcessAsync(reader.Read(request), context.CancellationToken);
        return ResponseMapper.ToProto(result);
    }

    public override async Task StreamArticle(StreamArticleRequest request, IServerStreamWriter<StreamArticleResponse> responseStream, ServerCallContext context)
    {
        var completedTargets = new List<TargetReport>();
        await foreach (var step in pipeline.StreamAsync(reader.Read(request), context.CancellationToken))
        {
            if (ResponseMapper.ToProto(step, completedTargets) is { } message)
            {
                await responseStream.WriteAsync(message, context.CancellationToken);
            }
        }
    }

    public override Task ProcessArticles(
        IAsyncStreamReader<ProcessArticlesRequest> requestStream,
        IServerStreamWriter<ProcessArticlesResponse> responseStream,
        ServerCallContext context) =>
        feed.RunAsync(requestStream, responseStream, context);
}
