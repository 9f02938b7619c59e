namespace NewsLingo.Core.Articles.Boilerplate;

/// <summary>
/// One kind of boilerplate, as data: the whole lines it is (<see cref="Exact"/>), the lines it
/// starts (<see cref="Prefixes"/>, only on lines up to <see cref="MaxLength"/>), regular
/// expressions a whole line matches (<see cref="Patterns"/>), and the HTML elements that hold it
/// (<see cref="Selectors"/>, CSS). Matching ignores case, spacing and the apostrophe's shape.
/// </summary>
/// <param name="Name">Reported with every removal ("share-button", "advertisement").</param>
/// <param name="Exact">Whole lines that are this boilerplate.</param>
/// <param name="Prefixes">Starts of lines (up to <paramref name="MaxLength"/> long) that are.</param>
/// <param name="Patterns">Regular expressions a whole line matches.</param>
/// <param name="Selectors">CSS selectors of HTML elements that hold it.</param>
/// <param name="MaxLength">Longest line a prefix or pattern may take: longer ones are paragraphs.</param>
/// <param name="FollowedByLinks">
/// True for a related-links heading ("Lire aussi"): the short link titles after it go too, up to the
/// first line that reads like a paragraph.
/// </param>
public sealed record BoilerplateRule(
    string Name,
    IReadOnlyList<string>? Exact = null,
    IReadOnlyList<string>? Prefixes = null,
    IReadOnlyList<string>? Patterns = null,
    IReadOnlyList<string>? Selectors = null,
    int MaxLength = 200,
    bool FollowedByLinks = false);
