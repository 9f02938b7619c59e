using NewsLingo.Core.Errors;
using Google.Protobuf.WellKnownTypes;
using Google.Rpc;
using Grpc.Core;
using NewsLingo.Server.Errors;

namespace NewsLingo.Server.Security;

/// <summary>Statuses for refused callers, in the same google.rpc.Status shape as <see cref="StatusFactory"/>.</summary>
public static class AccessStatus
{
    public const string ApiKeyInvalid = ErrorReasonCodes.ApiKeyInvalid;
    public const string RateLimited = ErrorReasonCodes.RateLimited;

    public static Google.Rpc.Status Unauthenticated(bool keyPresent) => new()
    {
        Code = (int)StatusCode.Unauthenticated,
        Message = keyPresent
            ? "The API key is not valid."
            : "An API key is required: send it in the x-api-key header or as Authorization: Bearer <key>.",
        Details = { Any.Pack(new ErrorInfo { Reason = ApiKeyInvalid, Domain = StatusFactory.ErrorDomain }) },
    };

    public static Google.Rpc.Status Exhausted(string keyName, string limit, TimeSpan retryAfter) => new()
    {
        Code = (int)StatusCode.ResourceExhausted,
        Message = $"Too many {limit} for API key '{keyName}'; retry after {retryAfter.TotalSeconds:0.###} s.",
        Details =
        {
            Any.Pack(new ErrorInfo { Reason = RateLimited, Domain = StatusFactory.ErrorDomain, Metadata = { ["key"] = keyName, ["limit"] = limit } }),
            Any.Pack(new RetryInfo { RetryDelay = Duration.FromTimeSpan(retryAfter) }),
        },
    };
}
