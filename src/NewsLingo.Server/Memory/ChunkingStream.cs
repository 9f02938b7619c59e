namespace NewsLingo.Server.Memory;

/// <summary>A write-only stream that hands its bytes on in chunks of a fixed size (the last one shorter): a file streamed as messages.</summary>
internal sealed class ChunkingStream(int chunkBytes, Func<ReadOnlyMemory<byte>, Task> send) : Stream
{
    private readonly MemoryStream _pending = new();

    public override bool CanRead => false;

    public override bool CanSeek => false;

    public override bool CanWrite => true;

    public override long Length => throw new NotSupportedException();

    public override long Position { get => throw new NotSupportedException(); set => throw new NotSupportedException(); }

    public override void Write(byte[] buffer, int offset, int count) => _pending.Write(buffer, offset, count);

    public override async ValueTask WriteAsync(ReadOnlyMemory<byte> buffer, CancellationToken cancellationToken = default)
    {
        _pending.Write(buffer.Span);
        await SendFullChunksAsync().ConfigureAwait(false);
    }

    public override Task WriteAsync(byte[] buffer, int offset, int count, CancellationToken cancellationToken) =>
        WriteAsync(buffer.AsMemory(offset, count), cancellationToken).AsTask();

    /// <summary>Sends what is full; the rest waits for more bytes or for <see cref="DisposeAsync"/>.</summary>
    public override Task FlushAsync(CancellationToken cancellationToken) => SendFullChunksAsync();

    public override void Flush()
    {
    }

    public override async ValueTask DisposeAsync()
    {
        await SendFullChunksAsync().ConfigureAwait(false);
        if (_pending.Length > 0)
        {
            await send(_pending.GetBuffer().AsMemory(0, (int)_pending.Length)).ConfigureAwait(false);
            _pending.SetLength(0);
        }

        await _pending.DisposeAsync().ConfigureAwait(false);
        await base.DisposeAsync().ConfigureAwait(false);
    }

    public override int Read(byte[] buffer, int offset, int count) => throw new NotSupportedException();

    public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();

    public override void SetLength(long value) => throw new NotSupportedException();

    private async Task SendFullChunksAsync()
    {
        if (_pending.Length < chunkBytes)
        {
            return;
        }

        var bytes = _pending.GetBuffer().AsMemory(0, (int)_pending.Length);
        var sent = 0;
        while (bytes.Length - sent >= chunkBytes)
        {
            await send(bytes.Slice(sent, chunkBytes)).ConfigureAwait(false);
            sent += chunkBytes;
        }

        var rest = bytes[sent..].ToArray();
        _pending.SetLength(0);
        _pending.Write(rest);
    }
}
