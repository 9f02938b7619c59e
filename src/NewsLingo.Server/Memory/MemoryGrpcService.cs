using Google.Protobuf;
using Grpc.Core;
using NewsLingo.Contracts.V1;
using NewsLingo.Core.Memory;
using NewsLingo.Core.Memory.Corrections;
using NewsLingo.Core.Memory.Tmx;

namespace NewsLingo.Server.Memory;

/// <summary>newslingo.v1.MemoryService: maps messages to the translation memory and back, in the caller's scope.</summary>
public sealed class MemoryGrpcService(
    MemoryRequestReader reader,
    CallerScope scopes,
    TranslationMemory memory,
    ElementCorrector corrector,
    TimeProvider time) : MemoryService.MemoryServiceBase
{
    private const int ChunkBytes = 1024 * 1024;

    public override async Task<AddCorrectionsResponse> AddCorrections(AddCorrectionsRequest request, ServerCallContext context)
    {
        var drafts = reader.Read(request, context);
        var stored = await memory.StoreAsync(scopes.ScopeOf(context), drafts, context.CancellationToken);
        return MemoryResponseMapper.ToProto(drafts, stored);
    }

    public override async Task<CorrectElementResponse> CorrectElement(CorrectElementRequest request, ServerCallContext context)
    {
        var correction = reader.Read(request, context);
        ThrowIfDisabled();
        return MemoryResponseMapper.ToProto(await corrector.CorrectAsync(scopes.ScopeOf(context), correction, context.CancellationToken));
    }

    public override async Task<DeleteEntryResponse> DeleteEntry(DeleteEntryRequest request, ServerCallContext context) =>
        new() { Entry = MemoryResponseMapper.ToProto(await memory.DeleteAsync(scopes.ScopeOf(context), reader.Read(request), context.CancellationToken)) };

    public override async Task<ListEntriesResponse> ListEntries(ListEntriesRequest request, ServerCallContext context)
    {
        var (filter, pageSize, pageToken) = reader.Read(request);
        var page = await memory.ListAsync(scopes.ScopeOf(context), filter, pageSize, pageToken, context.CancellationToken);
        var response = new ListEntriesResponse { NextPageToken = page.NextPageToken ?? string.Empty };
        response.Entries.AddRange(page.Units.Select(MemoryResponseMapper.ToProto));
        return response;
    }

    public override async Task<ImportTmxResponse> ImportTmx(ImportTmxRequest request, ServerCallContext context)
    {
        var bytes = reader.Read(request);
        ThrowIfDisabled();
        using var file = System.Runtime.InteropServices.MemoryMarshal.TryGetArray(bytes, out var segment)
            ? new MemoryStream(segment.Array!, segment.Offset, segment.Count, writable: false)
            : new MemoryStream(bytes.ToArray(), writable: false);
        var document = await TmxReader.ReadAsync(file, reader.TmxLimits(bytes.Length), "tmx", context.CancellationToken);
        var stored = await memory.StoreAsync(scopes.ScopeOf(context), document.Units, context.CancellationToken);
        var response = new ImportTmxResponse
        {
            TranslationUnits = document.TranslationUnits,
            Added = stored.Count(s => s.Outcome == Core.Memory.StoreOutcome.Added),
            Updated = stored.Count(s => s.Outcome == Core.Memory.StoreOutcome.Updated),
            KeptNewer = stored.Count(s => s.Outcome == Core.Memory.StoreOutcome.KeptNewer),
            Skipped = document.SkippedCount,
        };
        response.SkippedReasons.AddRange(document.Skipped);
        return response;
    }

    public override async Task<ExportTmxResponse> ExportTmx(ExportTmxRequest request, ServerCallContext context)
    {
        using var file = new BoundedMemoryStream(reader.MaxExportBytes);
        var entries = await WriteTmxAsync(file, context);
        return new ExportTmxResponse { Tmx = ByteString.CopyFrom(file.GetBuffer().AsSpan(0, (int)file.Length)), Entries = entries };
    }

    public override async Task StreamExportTmx(StreamExportTmxRequest request, IServerStreamWriter<StreamExportTmxResponse> responseStream, ServerCallContext context)
    {
        await using var chunks = new ChunkingStream(ChunkBytes, chunk => responseStream.WriteAsync(new StreamExportTmxResponse { Chunk = ByteString.CopyFrom(chunk.Span) }, context.CancellationToken));
        await WriteTmxAsync(chunks, context);
        await chunks.FlushAsync(context.CancellationToken);
    }

    private async Task<long> WriteTmxAsync(Stream output, ServerCallContext context)
    {
        var scope = scopes.ScopeOf(context);
        var statistics = await memory.DescribeAsync(scope, context.CancellationToken);
        return await TmxWriter.WriteAsync(output, statistics.SourceLanguages, time.GetUtcNow(), memory.ExportAsync(scope, context.CancellationToken), context.CancellationToken);
    }

    private void ThrowIfDisabled()
    {
        if (!memory.IsEnabled)
        {
            throw new MemoryDisabledException();
        }
    }
}
