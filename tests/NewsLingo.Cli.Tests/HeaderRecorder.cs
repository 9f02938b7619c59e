namespace NewsLingo.Cli.Tests;

/// <summary>Passes calls on to the in-memory server and remembers the x-api-key and grpc-timeout headers each carried.</summary>
public sealed class HeaderRecorder(HttpMessageHandler inner) : DelegatingHandler(inner)
{
    public List<string?> ApiKeys { get; } = [];

    public List<string?> Timeouts { get; } = [];

    protected override Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        ApiKeys.Add(Header(request, "x-api-key"));
        Timeouts.Add(Header(request, "grpc-timeout"));
        return base.SendAsync(request, cancellationToken);
    }

    private static string? Header(HttpRequestMessage request, string name) =>
        request.Headers.TryGetValues(name, out var values) ? string.Join(",", values) : null;
}
