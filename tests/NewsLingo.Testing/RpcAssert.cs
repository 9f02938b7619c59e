using Google.Rpc;
using Grpc.Core;

namespace NewsLingo.Testing;

/// <summary>Checks an RpcException carries the status shape the contract promises (AIP-193).</summary>
public static class RpcAssert
{
    public static async Task<Google.Rpc.Status> FailsWithAsync(StatusCode code, Func<Task> call)
    {
        var exception = await Assert.ThrowsAsync<RpcException>(call);
        Assert.Equal(code, exception.StatusCode);
        var status = exception.GetRpcStatus();
        Assert.NotNull(status);
        return status!;
    }

    public static ErrorInfo ErrorInfo(Google.Rpc.Status status)
    {
        var infos = status.Details.Where(d => d.Is(Google.Rpc.ErrorInfo.Descriptor)).Select(d => d.Unpack<ErrorInfo>()).ToList();
        var info = Assert.Single(infos);
        Assert.Equal("newslingo", info.Domain);
        Assert.Matches("^[A-Z][A-Z0-9_]*$", info.Reason);
        return info;
    }

    public static IReadOnlyList<BadRequest.Types.FieldViolation> Violations(Google.Rpc.Status status)
    {
        var badRequest = Assert.Single(status.Details.Where(d => d.Is(BadRequest.Descriptor)).Select(d => d.Unpack<BadRequest>()));
        return badRequest.FieldViolations;
    }

    public static RetryInfo RetryInfo(Google.Rpc.Status status) =>
        Assert.Single(status.Details.Where(d => d.Is(Google.Rpc.RetryInfo.Descriptor)).Select(d => d.Unpack<RetryInfo>()));
}
