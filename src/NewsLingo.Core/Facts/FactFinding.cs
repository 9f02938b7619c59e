namespace NewsLingo.Core.Facts;

/// <summary>A fact issue and the element of the response it was found in ("title", "blocks[3]", "texts[0]").</summary>
public sealed record FactFinding(string Element, FactIssue Issue)
{
    public static IEnumerable<FactFinding> In(string element, IReadOnlyList<FactIssue> issues) => issues.Select(issue => new FactFinding(element, issue));
}
