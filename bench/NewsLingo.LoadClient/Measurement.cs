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

    /// <summary>CPU of every process serving the target (a balancer and its instances summed).</summary>
    public double ServerCpuSeconds => CpuSecondsByProcess.Values.Sum();

    /// <summary>CPU per serving process, by its label.</summary>
    public Dictionary<string, double> CpuSecondsByProcess { get; } = [];

    public double ClientCpuSeconds { get; set; }

    /// <summary>Peak RSS, summed over the serving processes.</summary>
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
