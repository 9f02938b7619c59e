namespace NewsLingo.Core.Articles.Parsing;

/// <summary>One piece of an article as a parser found it, in reading order.</summary>
/// <param name="Role">What the parser knows about it.</param>
/// <param name="Text">Its plain text, blanks collapsed.</param>
/// <param name="Html">Its inline HTML when the source was HTML (text HTML-encoded, vetted tags kept).</param>
/// <param name="Rule">For <see cref="UnitRole.Removed"/>: the rule that removed it.</param>
internal sealed record TextUnit(UnitRole Role, string Text, string? Html = null, string? Rule = null)
{
    /// <summary>Position on the HTML page it came from (-1 for text input): removals are reported in page order.</summary>
    public int Order { get; init; } = -1;

    public bool HasMarkup => Html is not null && Html.Contains('<', StringComparison.Ordinal);
}
