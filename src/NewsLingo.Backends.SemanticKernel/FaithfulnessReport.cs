namespace NewsLingo.Backends.SemanticKernel;

/// <summary>What <see cref="FaithfulnessGuard"/> found in a summary that its source does not support.</summary>
/// <param name="UnsupportedNumbers">Numbers of the summary absent from the source, as written in the summary.</param>
/// <param name="UnsupportedNames">Capitalised names of the summary absent from the source.</param>
public sealed record FaithfulnessReport(IReadOnlyList<string> UnsupportedNumbers, IReadOnlyList<string> UnsupportedNames)
{
    public bool IsFaithful => UnsupportedNumbers.Count == 0 && UnsupportedNames.Count == 0;

    public override string ToString() => IsFaithful
        ? "faithful"
        : string.Join(
            "; ",
            new[]
            {
                UnsupportedNumbers.Count > 0 ? "numbers not in the article: " + string.Join(", ", UnsupportedNumbers) : null,
                UnsupportedNames.Count > 0 ? "names not in the article: " + string.Join(", ", UnsupportedNames) : null,
            }.Where(s => s is not null));
}
