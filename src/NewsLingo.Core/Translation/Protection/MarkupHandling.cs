namespace NewsLingo.Core.Translation.Protection;

/// <summary>How much of a segment's markup a backend may see.</summary>
internal enum MarkupHandling
{
    /// <summary>The segment is plain text: nothing to take out.</summary>
    None,

    /// <summary>HTML for a backend that reads HTML: only what is not text (scripts, styles, templates, comments) is taken out.</summary>
    OpaqueOnly,

    /// <summary>HTML for a plain-text backend: every tag is taken out and the text is decoded, then encoded again in the answer.</summary>
    All,
}
