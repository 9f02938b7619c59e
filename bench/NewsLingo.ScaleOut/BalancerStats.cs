namespace NewsLingo.ScaleOut;

/// <summary>HAProxy's view of its servers, from the stats page's CSV (";csv"): "UP", "DOWN", "UP 1/2"…</summary>
public sealed class BalancerStats(HttpClient http, Uri csv)
{
    public async Task<Dictionary<string, string>> ServerStatusAsync(string backend, CancellationToken cancellationToken)
    {
        var lines = (await http.GetStringAsync(csv, cancellationToken)).Split('\n', StringSplitOptions.RemoveEmptyEntries);
        var header = lines[0].TrimStart('#', ' ').Split(',');
        var status = Array.IndexOf(header, "status");
        return lines.Skip(1)
            .Select(line => line.Split(','))
            .Where(f => f[0] == backend && f[1] is not ("FRONTEND" or "BACKEND"))
            .ToDictionary(f => f[1], f => f[status]);
    }

    public async Task<bool> WaitForStatusAsync(string backend, string server, string wanted, CancellationToken cancellationToken)
    {
        // Bounded: HAProxy checks every 500 ms and needs two results in a row.
        for (var poll = 0; poll < 200; poll++)
        {
            var statuses = await ServerStatusAsync(backend, cancellationToken);
            if (statuses.TryGetValue(server, out var current) && current == wanted)
            {
                return true;
            }

            await Task.Delay(100, cancellationToken);
        }

        return false;
    }
}
