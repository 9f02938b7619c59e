using Azure.Core;
using Azure.Core.Pipeline;

namespace NewsLingo.Backends.Azure.Client;

/// <summary>
/// Sends X-ClientTraceId, the id Translator support asks for, equal to Azure.Core's client request id so
/// our logs and theirs share one id. Per-call: every retry of one logical request keeps the same id.
/// </summary>
internal sealed class ClientTraceIdPolicy : HttpPipelineSynchronousPolicy
{
    public const string HeaderName = "X-ClientTraceId";

    public override void OnSendingRequest(HttpMessage message) =>
        message.Request.Headers.SetValue(HeaderName, message.Request.ClientRequestId);
}
