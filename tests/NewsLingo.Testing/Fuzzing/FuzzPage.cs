namespace NewsLingo.Testing.Fuzzing;

/// <summary>A generated page and how it was made: what a failure prints, so the case can be read and replayed.</summary>
/// <param name="Recipe">The source page and its mutations, or the tag soup's size.</param>
/// <param name="Html">The page.</param>
public sealed record FuzzPage(string Recipe, string Html)
{
    public override string ToString()
    {
        var head = Html.Length > 300 ? Html[..300] + "…" : Html;
        return $"{Recipe} ({Html.Length} chars), starting: {head.ReplaceLineEndings(" ")}";
    }
}
