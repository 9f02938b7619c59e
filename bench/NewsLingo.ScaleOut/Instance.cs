using System.Globalization;

namespace NewsLingo.ScaleOut;

/// <summary>One NewsLingo instance: its gRPC address, its HTTP port (/metrics, /healthz) and its pid file.</summary>
public sealed record Instance(string Name, Uri Grpc, Uri Http, string PidFile)
{
    private const string TranslateCount = "newslingo_request_duration_seconds_count{";
    private const string TranslateMethod = "rpc_method=\"/newslingo.v1.TranslationService/Translate\"";

    /// <summary>"name,grpcUrl,httpUrl,pidFile".</summary>
    public static Instance Parse(string value)
    {
        var parts = value.Split(',');
        return parts.Length == 4
            ? new Instance(parts[0], new Uri(parts[1]), new Uri(parts[2]), parts[3])
            : throw new ArgumentException($"--instance '{value}' must be name,grpcUrl,httpUrl,pidFile.");
    }

    /// <summary>
    /// Translate RPCs this instance answered, every status, from its own Prometheus scrape: the count
    /// of newslingo.request.duration, which the server records once per RPC.
    /// </summary>
    public async Task<long> TranslateCallsAsync(HttpClient http, CancellationToken cancellationToken)
    {
        var scrape = await http.GetStringAsync(new Uri(Http, "/metrics"), cancellationToken);
        long total = 0;
        foreach (var line in scrape.Split('\n'))
        {
            if (line.StartsWith(TranslateCount, StringComparison.Ordinal) && line.Contains(TranslateMethod, StringComparison.Ordinal))
            {
                total += (long)double.Parse(line[(line.LastIndexOf(' ') + 1)..], CultureInfo.InvariantCulture);
            }
        }

        return total;
    }
}
