using System.Buffers.Binary;
using System.Net.Sockets;

namespace NewsLingo.Server.Tests.Connections;

/// <summary>
/// A bare HTTP/2 client over one TCP connection: sends the preface and reads frames, so a test can
/// see what the server sends on the connection itself (GOAWAY), which HttpClient hides.
/// </summary>
public sealed class Http2FrameReader : IAsyncDisposable
{
    public const byte SettingsFrame = 0x4;
    public const byte GoAwayFrame = 0x7;

    private static readonly byte[] Preface = "PRI * HTTP/2.0\r\n\r\nSM\r\n\r\n"u8.ToArray();

    private readonly TcpClient _client;
    private readonly NetworkStream _stream;

    private Http2FrameReader(TcpClient client)
    {
        _client = client;
        _stream = client.GetStream();
    }

    public static async Task<Http2FrameReader> ConnectAsync(int port, CancellationToken cancellationToken)
    {
        var client = new TcpClient();
        await client.ConnectAsync(System.Net.IPAddress.Loopback, port, cancellationToken);
        var reader = new Http2FrameReader(client);
        await reader._stream.WriteAsync(Preface, cancellationToken);
        await reader.WriteFrameAsync(SettingsFrame, flags: 0, cancellationToken);
        return reader;
    }

    /// <summary>The next frame's type and payload; null when the server closed the connection.</summary>
    public async Task<(byte Type, byte Flags, byte[] Payload)?> ReadFrameAsync(CancellationToken cancellationToken)
    {
        var header = new byte[9];
        if (!await ReadExactlyOrEndAsync(header, cancellationToken))
        {
            return null;
        }

        var length = (header[0] << 16) | (header[1] << 8) | header[2];
        var payload = new byte[length];
        if (!await ReadExactlyOrEndAsync(payload, cancellationToken))
        {
            return null;
        }

        // A server's SETTINGS must be acknowledged, or it may close the connection for that instead.
        if (header[3] == SettingsFrame && (header[4] & 0x1) == 0)
        {
            await WriteFrameAsync(SettingsFrame, flags: 0x1, cancellationToken);
        }

        return (header[3], header[4], payload);
    }

    /// <summary>The error code of a GOAWAY payload (0 is NO_ERROR, a graceful close).</summary>
    public static uint GoAwayErrorCode(byte[] payload) => BinaryPrimitives.ReadUInt32BigEndian(payload.AsSpan(4, 4));

    public async ValueTask DisposeAsync()
    {
        await _stream.DisposeAsync();
        _client.Dispose();
    }

    private async Task WriteFrameAsync(byte type, byte flags, CancellationToken cancellationToken)
    {
        byte[] frame = [0, 0, 0, type, flags, 0, 0, 0, 0];
        await _stream.WriteAsync(frame, cancellationToken);
    }

    private async Task<bool> ReadExactlyOrEndAsync(byte[] buffer, CancellationToken cancellationToken)
    {
        try
        {
            await _stream.ReadExactlyAsync(buffer, cancellationToken);
            return true;
        }
        catch (EndOfStreamException)
        {
            return false;
        }
        catch (IOException)
        {
            // A reset after the GOAWAY is a close too.
            return false;
        }
    }
}
