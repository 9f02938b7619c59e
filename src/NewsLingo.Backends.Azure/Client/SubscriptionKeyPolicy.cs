using Azure;
using Azure.Core;
using Azure.Core.Pipeline;

namespace NewsLingo.Backends.Azure.Client;

/// <summary>
/// Adds the resource key and region headers Translator authenticates with. Per-retry, so a key rotated
/// through AzureKeyCredential.Update applies to the next attempt.
/// </summary>
internal sealed class SubscriptionKeyPolicy(AzureKeyCredential credential, string? region) : HttpPipelineSynchronousPolicy
{
    public const string KeyHeader = "Ocp-Apim-Subscription-Key";
    public const string RegionHeader = "Ocp-Apim-Subscription-Region";

    public override void OnSendingRequest(HttpMessage message)
    {
        message.Request.Headers.SetValue(KeyHeader, credential.Key);
        if (!string.IsNullOrEmpty(region))
        {
            message.Request.Headers.SetValue(RegionHeader, region);
        }
    }
}
