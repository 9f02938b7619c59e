namespace NewsLingo.Core.Translation.Protection;

/// <summary>A segment as sent, with placeholders, and what each placeholder stands for in the answer.</summary>
/// <param name="Text">The text with <c>⟦n⟧</c> tokens.</param>
/// <param name="Restored">For token n, what replaces it in the translation.</param>
/// <param name="EncodeText">True when the backend got HTML text decoded to plain text, so its answer's text is encoded back.</param>
public sealed record ProtectedSegment(string Text, IReadOnlyList<string> Restored, bool EncodeText = false);
