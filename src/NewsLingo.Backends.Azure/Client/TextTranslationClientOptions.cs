using Azure.Core;

namespace NewsLingo.Backends.Azure.Client;

/// <summary>Azure.Core client options for <see cref="TextTranslationClient"/> (retry, diagnostics, transport).</summary>
internal sealed class TextTranslationClientOptions : ClientOptions
{
    public TextTranslationClientOptions()
    {
        Diagnostics.ApplicationId = "NewsLingo";

        // Azure.Core redacts every header and query parameter not listed; these carry no secret and let
        // support correlate a failure with the service's own logs. The key header stays redacted.
        Diagnostics.LoggedHeaderNames.Add("X-ClientTraceId");
        Diagnostics.LoggedHeaderNames.Add("X-RequestId");
        Diagnostics.LoggedHeaderNames.Add("X-MT-System");
        Diagnostics.LoggedHeaderNames.Add("X-Metered-Usage");
        Diagnostics.LoggedQueryParameters.Add("api-version");
        Diagnostics.LoggedQueryParameters.Add("from");
        Diagnostics.LoggedQueryParameters.Add("to");
        Diagnostics.LoggedQueryParameters.Add("textType");
    }
}
