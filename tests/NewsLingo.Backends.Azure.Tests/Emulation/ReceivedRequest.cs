namespace NewsLingo.Backends.Azure.Tests.Emulation;

/// <summary>What the emulator received, for tests that check the requests as well as the results.</summary>
public sealed record ReceivedRequest(
    string Method,
    string Path,
    IReadOnlyDictionary<string, string[]> Query,
    IReadOnlyDictionary<string, string> Headers,
    string Body)
{
    public string? QueryValue(string name) => Query.TryGetValue(name, out var values) && values.Length > 0 ? values[0] : null;

    public string? Header(string name) => Headers.TryGetValue(name, out var value) ? value : null;
}
