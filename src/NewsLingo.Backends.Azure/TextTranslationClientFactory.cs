using Azure;
using Azure.Core;
using Azure.Core.Pipeline;
using NewsLingo.Backends.Azure.Client;

namespace NewsLingo.Backends.Azure;

/// <summary>Builds the Translator client from validated options: retries, back-off and timeout come from configuration.</summary>
internal static class TextTranslationClientFactory
{
    /// <param name="options">Validated options.</param>
    /// <param name="delayStrategy">Back-off override (tests observe the delays Azure.Core chooses); null for exponential with jitter.</param>
    public static TextTranslationClient Create(AzureTranslatorOptions options, DelayStrategy? delayStrategy = null)
    {
        var clientOptions = new TextTranslationClientOptions
        {
            // Exponential back-off with jitter; DelayStrategy takes the longer of its own delay and the
            // server's retry-after-ms / x-ms-retry-after-ms / Retry-After. The wait observes the caller's token.
            RetryPolicy = new RetryPolicy(
                options.MaxRetries,
                delayStrategy ?? DelayStrategy.CreateExponentialDelayStrategy(options.RetryDelay, options.MaxRetryDelay)),
        };
        clientOptions.Retry.NetworkTimeout = options.Timeout;
        return new TextTranslationClient(
            new AzureKeyCredential(options.Key ?? string.Empty),
            options.EndpointUri,
            string.IsNullOrWhiteSpace(options.Region) ? null : options.Region,
            clientOptions);
    }
}
