namespace NewsLingo.LoadClient;

/// <summary>One server at one concurrency, summed over rounds.</summary>
public sealed class Measurement(string server, int concurrency)
{
    public string Server { get; } = server;

    public int Concurrency { get; } = concurrency;

    public List<double> LatenciesMs { get; } = [];

    public long Calls { get; set; }

    public long Errors { get; set; }

    public double ElapsedSeconds { get; set; }

    public double ServerCpuSeconds { get; set; }

    public double ClientCpuSeconds { get; set; }

    public long PeakRssKiB { get; set; }

    public double Rps => Calls / ElapsedSeconds;

    public double ServerCpuPerThousand => ServerCpuSeconds * 1000 / Calls;

    public double ClientCpuPerThousand => ClientCpuSeconds * 1000 / Calls;

    public double Percentile(double p)
    {
        if (LatenciesMs.Count == 0)
        {
            return double.NaN;
        }

        LatenciesMs.Sort();
        var index = (int)Math.Ceiling(p / 100 * LatenciesMs.Count) - 1;
        return LatenciesMs[Math.Clamp(index, 0, LatenciesMs.Count - 1)];
    }
}
