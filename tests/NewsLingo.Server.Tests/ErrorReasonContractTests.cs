using System.Reflection;
using Grpc.Core;
using NewsLingo.Contracts.V1;
using NewsLingo.Core.Errors;
using NewsLingo.Server.Errors;

namespace NewsLingo.Server.Tests;

/// <summary>The contract's ErrorReason enum is the list of reasons: every reason the code can send is one of its values.</summary>
public sealed class ErrorReasonContractTests
{
    private static readonly IReadOnlyList<string> CoreReasons = typeof(ErrorReasonCodes)
        .GetFields(BindingFlags.Public | BindingFlags.Static)
        .Where(f => f.IsLiteral)
        .Select(f => (string)f.GetRawConstantValue()!)
        .ToList();

    [Fact]
    public void Core_reasons_and_the_contracts_enum_are_the_same_list()
    {
        Assert.Equal(ErrorReasons.All.Order(StringComparer.Ordinal), CoreReasons.Order(StringComparer.Ordinal));
        Assert.Equal(CoreReasons.Count, CoreReasons.Distinct().Count());
    }

    [Fact]
    public void Every_backend_failure_sends_a_reason_of_the_enum_and_a_status_that_does_not_blame_the_caller_for_the_servers_setup()
    {
        foreach (var failure in Enum.GetValues<BackendFailure>())
        {
            var status = StatusFactory.FromException(new BackendException("x", failure, "test."));
            var reason = status.Details.Where(d => d.Is(Google.Rpc.ErrorInfo.Descriptor)).Select(d => d.Unpack<Google.Rpc.ErrorInfo>()).Single().Reason;

            Assert.Contains(reason, ErrorReasons.All);
            Assert.NotEqual((int)StatusCode.Unauthenticated, status.Code);
            Assert.NotEqual((int)StatusCode.PermissionDenied, status.Code);
        }
    }

    [Fact]
    public void Rejected_backend_credentials_are_unavailable_and_a_forbidden_operation_a_failed_precondition()
    {
        Assert.Equal(StatusCode.Unavailable, StatusFactory.CodeFor(new BackendException("azure", BackendFailure.CredentialsRejected, "bad key.")));
        Assert.Equal(StatusCode.FailedPrecondition, StatusFactory.CodeFor(new BackendException("azure", BackendFailure.OperationNotAllowed, "403000.")));
    }

    [Theory]
    [InlineData(true)]
    [InlineData(false)]
    public void Cancelled_and_deadline_statuses_send_reasons_of_the_enum(bool deadlineExceeded)
    {
        var status = StatusFactory.Cancelled(deadlineExceeded);

        Assert.Contains(status.Details.Select(d => d.Unpack<Google.Rpc.ErrorInfo>()).Single().Reason, ErrorReasons.All);
    }

    [Fact]
    public void An_internal_fault_sends_a_reason_of_the_enum()
    {
        Assert.Equal(ErrorReasons.NameOf(ErrorReason.Internal), StatusFactory.Internal("trace").Details.Single().Unpack<Google.Rpc.ErrorInfo>().Reason);
    }
}
