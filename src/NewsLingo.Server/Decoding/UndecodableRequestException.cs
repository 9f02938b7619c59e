using Google.Protobuf;
using Grpc.Core;

namespace NewsLingo.Server.Decoding;

/// <summary>
/// A request message whose bytes could not be read as they are. Thrown while gRPC reads the
/// message, so a unary call ends with <see cref="Status"/>'s INVALID_ARGUMENT; a bulk stream
/// catches it, answers the item with <see cref="Status"/> and reads on.
/// </summary>
public sealed class UndecodableRequestException(Google.Rpc.Status status, IMessage? bestEffort)
    : RpcException(new Grpc.Core.Status((StatusCode)status.Code, status.Message), new Metadata { { "grpc-status-details-bin", status.ToByteArray() } }, status.Message)
{
    /// <summary>The status the request (or the stream item) is answered with.</summary>
    public Google.Rpc.Status RichStatus { get; } = status;

    /// <summary>The message with its broken strings replaced, when it could be read that far (its ids are then usable).</summary>
    public IMessage? BestEffort { get; } = bestEffort;
}
