using Google.Protobuf;
using Grpc.Core;
using Grpc.Net.Client;

namespace NewsLingo.Testing;

/// <summary>
/// Calls the server with request bytes of the test's choosing, as a client with a broken encoder
/// (or an attacker) would: the generated clients cannot send bytes that are not a valid message.
/// </summary>
public static class RawGrpc
{
    private static readonly Marshaller<byte[]> Bytes = Marshallers.Create(b => b, b => b);

    public static async Task<byte[]> UnaryAsync(GrpcChannel channel, string service, string method, byte[] request, CancellationToken cancellationToken = default)
    {
        var call = channel.CreateCallInvoker().AsyncUnaryCall(new Method<byte[], byte[]>(MethodType.Unary, service, method, Bytes, Bytes), null, new CallOptions(cancellationToken: cancellationToken), request);
        return await call.ResponseAsync;
    }

    public static async Task<List<byte[]>> ServerStreamingAsync(GrpcChannel channel, string service, string method, byte[] request)
    {
        using var call = channel.CreateCallInvoker().AsyncServerStreamingCall(new Method<byte[], byte[]>(MethodType.ServerStreaming, service, method, Bytes, Bytes), null, default, request);
        var responses = new List<byte[]>();
        await foreach (var response in call.ResponseStream.ReadAllAsync())
        {
            responses.Add(response);
        }

        return responses;
    }

    public static async Task<List<byte[]>> DuplexAsync(GrpcChannel channel, string service, string method, IEnumerable<byte[]> requests)
    {
        using var call = channel.CreateCallInvoker().AsyncDuplexStreamingCall(new Method<byte[], byte[]>(MethodType.DuplexStreaming, service, method, Bytes, Bytes), null, default);
        foreach (var request in requests)
        {
            await call.RequestStream.WriteAsync(request);
        }

        await call.RequestStream.CompleteAsync();
        var responses = new List<byte[]>();
        await foreach (var response in call.ResponseStream.ReadAllAsync())
        {
            responses.Add(response);
        }

        return responses;
    }

    /// <summary>
    /// <paramref name="message"/>'s bytes with every occurrence of <paramref name="marker"/> (an ASCII
    /// string in one of its text fields) overwritten by <paramref name="replacement"/>, same length, so
    /// the message stays well-formed protobuf while that field stops being UTF-8.
    /// </summary>
    public static byte[] WithBytes(IMessage message, string marker, byte[] replacement)
    {
        var markerBytes = System.Text.Encoding.ASCII.GetBytes(marker);
        if (markerBytes.Length != replacement.Length)
        {
            throw new ArgumentException("the replacement must be as long as the marker.", nameof(replacement));
        }

        var bytes = message.ToByteArray();
        var found = false;
        for (var i = 0; i + markerBytes.Length <= bytes.Length; i++)
        {
            if (bytes.AsSpan(i, markerBytes.Length).SequenceEqual(markerBytes))
            {
                replacement.CopyTo(bytes, i);
                found = true;
            }
        }

        return found ? bytes : throw new ArgumentException($"'{marker}' is not in the message.", nameof(marker));
    }

    /// <summary>Seven bytes that are not UTF-8: a lone 0xFF, a lead byte with an ASCII follower, an encoded lone surrogate's start.</summary>
    public static readonly byte[] NotUtf8 = [0x4C, 0xFF, 0x61, 0xC3, 0x28, 0xED, 0xA0];

    /// <summary>The marker <see cref="NotUtf8"/> replaces.</summary>
    public const string Marker = "@BADTXT";
}
