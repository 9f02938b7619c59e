namespace NewsLingo.Core.Translation.Protection;

/// <summary>One piece of an HTML fragment as <see cref="MarkupLexer"/> cuts it.</summary>
/// <param name="Kind">Text, a tag, or content that is not text.</param>
/// <param name="Value">The piece exactly as the source wrote it (text still entity-encoded).</param>
internal readonly record struct MarkupToken(MarkupTokenKind Kind, string Value);
