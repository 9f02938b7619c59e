using Grpc.Core;
using NewsLingo.Contracts.V1;
using NewsLingo.Core.Pipeline;
using NewsLingo.Server.Mapping;

namespace NewsLingo.Server.Services;

/// <summary>newslingo.v1.SummarizationService: maps messages to the pipeline and back.</summary>
public sealed class SummarizationGrpcService(RequestReader reader, SummarizationPipeline pipeline) : SummarizationService.SummarizationServiceBase
{
    public override async Task<SummarizeResponse> Summarize(SummarizeRequest request, ServerCallContext context)
    {
        var result = await pipeline.SummarizeAsync(reader.Read(request), context.CancellationToken);
        return ResponseMapper.ToProto(result);
    }
}
