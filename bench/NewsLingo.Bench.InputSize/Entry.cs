using Google.Protobuf;
using Grpc.Net.Client;

namespace NewsLingo.Bench.InputSize;

/// <summary>One entry of the API, its request at each size, and how it is called over gRPC (and over JSON where it is served there).</summary>
/// <param name="Name">What is sent.</param>
/// <param name="Unit">What a size counts ("texts", "chars", "sections").</param>
/// <param name="Sizes">The sizes, doubling, the last the largest the server's limits allow.</param>
/// <param name="Request">The request at a size, with or without text outside ASCII.</param>
/// <param name="CallAsync">The gRPC call.</param>
/// <param name="JsonPath">The JSON route, or null for a streaming RPC (not served over JSON).</param>
internal sealed record Entry(
    string Name,
    string Unit,
    IReadOnlyList<int> Sizes,
    Func<int, bool, IMessage> Request,
    Func<GrpcChannel, IMessage, Task> CallAsync,
    string? JsonPath);
