using System.ClientModel;
using System.ClientModel.Primitives;
using System.Globalization;
using System.Net;
using Microsoft.SemanticKernel;
using NewsLingo.Core.Errors;

namespace NewsLingo.Backends.SemanticKernel;

/// <summary>
/// Turns what the Semantic Kernel connector throws into <see cref="BackendException"/>s. Messages quote the
/// status only, never the response body (OpenAI's 401 body echoes part of the key) and never attach the
/// connector's exception, whose message and payload may carry the key or the article.
/// </summary>
internal static class LlmFailures
{
    public const string BackendName = LlmBackend.Name;

    /// <summary>The HTTP status of a failed call, or null when the failure was not an HTTP answer.</summary>
    public static int? StatusOf(Exception exception) => exception switch
    {
        HttpOperationException { StatusCode: { } status } => (int)status,
        ClientResultException { Status: > 0 } client => client.Status,
        _ => null,
    };

    /// <summary>
    /// The wait the server asked for, read from retry-after-ms or Retry-After (seconds or HTTP date). The
    /// connector keeps the raw response on its inner <see cref="ClientResultException"/>.
    /// </summary>
    public static TimeSpan? RetryAfterOf(Exception exception)
    {
        var response = (exception as ClientResultException ?? exception.InnerException as ClientResultException)?.GetRawResponse();
        return response is null ? null : ReadRetryAfter(response);
    }

    public static BackendException Classify(int status, TimeSpan? retryAfter, string operation, LlmOptions options) => status switch
    {
        401 or 403 => new BackendException(
            BackendName,
            BackendFailure.CredentialsRejected,
            $"{operation}: the {options.Provider} API rejected the key configured on this server (HTTP {status}). This is a deployment configuration problem, not the caller's: check {LlmOptions.SectionName}:ApiKey."),
        429 => new BackendException(BackendName, BackendFailure.RateLimited, $"{operation}: the {options.Provider} API is rate limiting this server (HTTP 429).", retryAfter),
        408 or >= 500 => new BackendException(BackendName, BackendFailure.Unavailable, $"{operation}: the {options.Provider} API is unavailable (HTTP {status})."),
        400 or 413 or 422 => new BackendException(BackendName, BackendFailure.InputRejected, $"{operation}: the {options.Provider} API rejected the request (HTTP {status}); the article may exceed the model's context window."),
        404 => new BackendException(BackendName, BackendFailure.Unavailable, $"{operation}: the {options.Provider} API does not know the configured model or deployment (HTTP 404); check {LlmOptions.SectionName}:ModelId and :DeploymentName."),
        _ => new BackendException(BackendName, BackendFailure.Unavailable, $"{operation}: the {options.Provider} API failed (HTTP {status})."),
    };

    public static BackendException Unreachable(string operation, LlmOptions options, Exception exception) =>
        new(BackendName, BackendFailure.Unavailable, $"{operation}: the {options.Provider} API could not be reached ({Scrub(exception.GetBaseException().Message, options.ApiKey)}).");

    public static BackendException InvalidResponse(string operation, string reason) =>
        new(BackendName, BackendFailure.InvalidResponse, $"{operation}: the model answered something unusable twice: {reason}");

    private static TimeSpan? ReadRetryAfter(PipelineResponse response)
    {
        if (response.Headers.TryGetValue("retry-after-ms", out var ms)
            && double.TryParse(ms, NumberStyles.Float, CultureInfo.InvariantCulture, out var milliseconds)
            && milliseconds >= 0)
        {
            return TimeSpan.FromMilliseconds(milliseconds);
        }

        if (response.Headers.TryGetValue("Retry-After", out var value) && value is not null)
        {
            if (double.TryParse(value, NumberStyles.Float, CultureInfo.InvariantCulture, out var seconds) && seconds >= 0)
            {
                return TimeSpan.FromSeconds(seconds);
            }

            if (DateTimeOffset.TryParse(value, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out var at))
            {
                var wait = at - DateTimeOffset.UtcNow;
                return wait > TimeSpan.Zero ? wait : TimeSpan.Zero;
            }
        }

        return null;
    }

    private static string Scrub(string text, string? key) =>
        string.IsNullOrEmpty(key) ? text : text.Replace(key, "***", StringComparison.Ordinal);

    internal static bool IsHttpFailure(Exception exception) =>
        exception is HttpOperationException or ClientResultException or HttpRequestException
        || exception.InnerException is HttpRequestException or WebException;
}
