namespace NewsLingo.Bench.Extraction;

/// <summary>One page of a set: its key ("scrapinghub/0001"), HTML, and the truth to score against.</summary>
internal sealed record BenchPage(string Set, string Key, string Html, string TruthBody, string? TruthTitle, string? TruthByline);
