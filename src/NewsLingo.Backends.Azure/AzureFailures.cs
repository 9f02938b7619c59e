using System.Globalization;
using System.Text.Json;
using Azure;
using NewsLingo.Core.Errors;

namespace NewsLingo.Backends.Azure;

/// <summary>
/// Turns a failed Translator call (one attempt: retries are the resilience pipeline's) into <see cref="BackendException"/>s. Messages quote the
/// service's error code and message (scrubbed of the key, in case a proxy echoes it) and never attach the
/// <see cref="RequestFailedException"/>, whose message embeds the raw response body.
/// </summary>
internal static class AzureFailures
{
    public const string BackendName = AzureBackend.Name;

    // 403001: the free tier's quota is used up. A quota, not a bad credential.
    private const int FreeQuotaExceeded = 403001;

    /// <summary>
    /// Classifies any exception a Translator call threw, or returns null for the caller's own cancellation
    /// (which must propagate as is) and for bugs. Azure.Core reports exhausted retries that each failed with an
    /// exception (network timeout, connection refused) as an <see cref="AggregateException"/>.
    /// </summary>
    public static BackendException? Classify(Exception exception, string operation, AzureTranslatorOptions options, CancellationToken cancellationToken)
    {
        if (cancellationToken.IsCancellationRequested && exception is OperationCanceledException)
        {
            return null;
        }

        return exception switch
        {
            BackendException => null,
            RequestFailedException failed => FromRequestFailed(failed, operation, options.Key),
            JsonException json => InvalidResponse(operation, json.Message, json),
            OperationCanceledException => TimedOut(operation, options.Timeout),
            AggregateException aggregate when aggregate.Flatten().InnerExceptions.All(e => e is OperationCanceledException) => TimedOut(operation, options.Timeout),
            AggregateException aggregate when aggregate.Flatten().InnerExceptions.OfType<RequestFailedException>().FirstOrDefault() is { } failed => FromRequestFailed(failed, operation, options.Key),
            AggregateException or IOException or System.Net.Http.HttpRequestException => new BackendException(
                BackendName,
                BackendFailure.Unavailable,
                $"{operation}: the Azure Translator endpoint could not be reached ({Scrub(Innermost(exception).Message, options.Key)})."),
            _ => null,
        };
    }

    public static BackendException FromRequestFailed(RequestFailedException exception, string operation, string? key)
    {
        var response = exception.GetRawResponse();
        var status = exception.Status;
        if (status == 0 || response is null)
        {
            return new BackendException(BackendName, BackendFailure.Unavailable, $"{operation}: the Azure Translator endpoint could not be reached ({Scrub(exception.Message, key)}).");
        }

        var (code, serviceMessage) = ReadServiceError(response);
        var requestId = response.Headers.TryGetValue("X-RequestId", out var id) ? id : null;
        var clientTraceId = exception.Data[Client.ClientTraceIdPolicy.HeaderName] as string;
        var detail = $"{operation} answered HTTP {status}"
            + (code is null ? string.Empty : $", error {code}")
            + (string.IsNullOrWhiteSpace(serviceMessage) ? string.Empty : $": {Scrub(serviceMessage, key)}")
            + (requestId is null ? string.Empty : $" (X-RequestId {requestId}")
            + (clientTraceId is null ? string.Empty : $"{(requestId is null ? " (" : ", ")}X-ClientTraceId {clientTraceId}")
            + (requestId is null && clientTraceId is null ? string.Empty : ")");

        var failure = status switch
        {
            // Microsoft's v3 error table: 403001 is the free tier's quota, 403000 "the operation isn't allowed".
            403 when code == FreeQuotaExceeded => new BackendException(BackendName, BackendFailure.RateLimited, $"the Azure Translator quota is exhausted; {detail}.", ReadRetryAfter(response)),
            403 => new BackendException(
                BackendName,
                BackendFailure.OperationNotAllowed,
                $"Azure Translator does not allow this operation for the resource configured on this server ({detail}): its pricing tier or settings must change; the caller's request is not at fault."),
            401 => new BackendException(
                BackendName,
                BackendFailure.CredentialsRejected,
                $"the Azure Translator key or region configured on this server was rejected ({detail}). This is a deployment configuration problem, not the caller's: check {AzureTranslatorOptions.SectionName}:Key and :Region."),
            429 => new BackendException(BackendName, BackendFailure.RateLimited, $"Azure Translator is rate limiting this server; {detail}.", ReadRetryAfter(response)),
            408 or >= 500 => new BackendException(BackendName, BackendFailure.Unavailable, $"Azure Translator is unavailable; {detail}."),
            400 or 413 or 414 or 415 => new BackendException(BackendName, BackendFailure.InputRejected, $"Azure Translator rejected the input; {detail}."),
            _ => new BackendException(BackendName, BackendFailure.Unavailable, $"Azure Translator failed; {detail}."),
        };

        // In the status's ErrorInfo, so a caller can quote them to whoever opens the ticket with Microsoft.
        if (requestId is not null)
        {
            failure.Details["x_request_id"] = requestId;
        }

        if (clientTraceId is not null)
        {
            failure.Details["x_client_trace_id"] = clientTraceId;
        }

        if (code is not null)
        {
            failure.Details["vendor_error_code"] = code.Value.ToString(CultureInfo.InvariantCulture);
        }

        return failure;
    }

    public static BackendException InvalidResponse(string operation, string reason, Exception? inner = null) =>
        new(BackendName, BackendFailure.InvalidResponse, $"{operation}: Azure Translator answered something unusable: {reason}", innerException: inner);

    public static BackendException TimedOut(string operation, TimeSpan timeout) =>
        new(BackendName, BackendFailure.TimedOut, $"{operation}: Azure Translator did not answer within {timeout} ({AzureTranslatorOptions.SectionName}:Timeout).");

    /// <summary>Reads Translator's error body: {"error":{"code":400050,"message":"..."}}.</summary>
    private static (int? Code, string? Message) ReadServiceError(Response response)
    {
        try
        {
            var content = response.Content;
            if (content is null || content.ToMemory().IsEmpty)
            {
                return (null, null);
            }

            using var document = JsonDocument.Parse(content.ToMemory());
            if (document.RootElement.ValueKind != JsonValueKind.Object || !document.RootElement.TryGetProperty("error", out var error) || error.ValueKind != JsonValueKind.Object)
            {
                return (null, null);
            }

            int? code = error.TryGetProperty("code", out var c) ? c.ValueKind switch
            {
                JsonValueKind.Number when c.TryGetInt32(out var n) => n,
                JsonValueKind.String when int.TryParse(c.GetString(), out var n) => n,
                _ => null,
            } : null;
            var message = error.TryGetProperty("message", out var m) && m.ValueKind == JsonValueKind.String ? m.GetString() : null;
            return (code, message);
        }
        catch (Exception ex) when (ex is JsonException or InvalidOperationException)
        {
            // Error pages from proxies are not JSON; the status alone still classifies the failure.
            return (null, null);
        }
    }

    /// <summary>The server's requested wait, read the way Azure.Core's retry policy reads it (its own reader is internal).</summary>
    internal static TimeSpan? ReadRetryAfter(Response response)
    {
        foreach (var header in (string[])["retry-after-ms", "x-ms-retry-after-ms"])
        {
            if (response.Headers.TryGetValue(header, out var ms) && double.TryParse(ms, NumberStyles.Float, CultureInfo.InvariantCulture, out var milliseconds) && milliseconds >= 0)
            {
                return TimeSpan.FromMilliseconds(milliseconds);
            }
        }

        if (response.Headers.TryGetValue("Retry-After", out var value))
        {
            if (int.TryParse(value, NumberStyles.Integer, CultureInfo.InvariantCulture, out var seconds) && seconds >= 0)
            {
                return TimeSpan.FromSeconds(seconds);
            }

            if (DateTimeOffset.TryParse(value, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out var at))
            {
                var wait = at - (response.Headers.Date ?? DateTimeOffset.UtcNow);
                return wait > TimeSpan.Zero ? wait : TimeSpan.Zero;
            }
        }

        return null;
    }

    private static Exception Innermost(Exception exception)
    {
        var current = exception is AggregateException aggregate ? aggregate.Flatten().InnerExceptions[^1] : exception;
        while (current.InnerException is not null)
        {
            current = current.InnerException;
        }

        return current;
    }

    private static string Scrub(string text, string? key) =>
        string.IsNullOrEmpty(key) ? text : text.Replace(key, "***", StringComparison.Ordinal);
}
