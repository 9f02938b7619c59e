namespace NewsLingo.Bench.Extraction;

/// <summary>What the reader made of one page, with its score and cost.</summary>
internal sealed record PageResult(
    BenchPage Page,
    (double Tp, double Fp, double Fn) Score,
    string? Title,
    string? Byline,
    string? Refused,
    double Milliseconds,
    double CpuMilliseconds,
    long AllocatedBytes);
