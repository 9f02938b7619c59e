using Azure;
using Azure.Core;
using Azure.Core.Pipeline;
using NewsLingo.Backends.Azure.Client;

namespace NewsLingo.Backends.Azure;

/// <summary>
/// Builds the Translator client from validated options, with Azure.Core's retries off: NewsLingo's
/// resilience pipeline is the one owner of retries (and Retry-After), so a failing call is not
/// multiplied by a second retry layer underneath it.
/// </summary>
internal static class TextTranslationClientFactory
{
    public static TextTranslationClient Create(AzureTranslatorOptions options)
    {
        var clientOptions = new TextTranslationClientOptions
        {
            RetryPolicy = new RetryPolicy(maxRetries: 0),
        };
        clientOptions.Retry.MaxRetries = 0;
        clientOptions.Retry.NetworkTimeout = options.Timeout;
        return new TextTranslationClient(
            new AzureKeyCredential(options.Key ?? string.Empty),
            options.EndpointUri,
            string.IsNullOrWhiteSpace(options.Region) ? null : options.Region,
            clientOptions);
    }
}
