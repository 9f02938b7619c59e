namespace NewsLingo.Core.Translation.Protection;

/// <summary>What a piece of an HTML fragment is, for translation.</summary>
internal enum MarkupTokenKind
{
    /// <summary>Text a reader sees, entity-encoded as in the source.</summary>
    Text,

    /// <summary>A start, end or empty-element tag, attributes included.</summary>
    Tag,

    /// <summary>What no backend may see or change: a comment, CDATA, a doctype or processing instruction, or a script, style or template element with its content.</summary>
    Opaque,
}
