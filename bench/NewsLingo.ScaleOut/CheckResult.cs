namespace NewsLingo.ScaleOut;

/// <summary>One check's verdict and the figures behind it.</summary>
public sealed record CheckResult(string Name, bool Passed, IReadOnlyList<string> Figures);
