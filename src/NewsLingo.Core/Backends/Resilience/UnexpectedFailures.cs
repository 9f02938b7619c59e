using System.Net.Sockets;
using NewsLingo.Core.Errors;

namespace NewsLingo.Core.Backends.Resilience;

/// <summary>
/// Any exception out of an adapter, whatever its type, is that backend's failure: an SDK that cannot
/// read an answer (a FormatException on a field it expected base64), a bug in a parser, a network
/// error an adapter did not classify. Network errors are transient (retried); anything else is an
/// answer that could not be used. The message names the exception's type only: its text may hold a
/// key or an article.
/// </summary>
public static class UnexpectedFailures
{
    /// <summary>True for what an adapter must not let out as such: anything but a classified failure or the caller's own cancellation.</summary>
    public static bool IsUnexpected(Exception exception, CancellationToken cancellationToken) =>
        exception is not BackendException && !(exception is OperationCanceledException && cancellationToken.IsCancellationRequested);

    /// <summary><paramref name="exception"/> as <paramref name="backend"/>'s failure.</summary>
    public static BackendException Classify(string backend, Exception exception)
    {
        if (exception is AggregateException aggregate && aggregate.Flatten().InnerExceptions is [var single])
        {
            return single as BackendException ?? Classify(backend, single);
        }

        var type = exception.GetType().Name;
        return exception switch
        {
            HttpRequestException or IOException or SocketException => new BackendException(backend, BackendFailure.Unavailable, $"could not be reached ({type}).", innerException: exception),
            OperationCanceledException => new BackendException(backend, BackendFailure.TimedOut, $"gave up waiting on its own ({type}).", innerException: exception),
            _ => new BackendException(backend, BackendFailure.InvalidResponse, $"failed unexpectedly ({type}): its answer could not be used.", innerException: exception),
        };
    }
}
