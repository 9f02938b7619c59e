namespace NewsLingo.Core.Articles.Parsing;

/// <summary>What a parser could tell about a piece of text before the rules and heuristics run.</summary>
internal enum UnitRole
{
    /// <summary>A line of plain text: title, byline, subheading, paragraph or boilerplate, to be decided.</summary>
    Line,

    /// <summary>An HTML h1.</summary>
    Heading1,

    /// <summary>An HTML h2–h6.</summary>
    Heading,

    /// <summary>An HTML paragraph-like element (p, li, blockquote…).</summary>
    Paragraph,

    /// <summary>An HTML element marked as the byline.</summary>
    Byline,

    /// <summary>An HTML element a boilerplate selector removed as a whole.</summary>
    Removed,
}
