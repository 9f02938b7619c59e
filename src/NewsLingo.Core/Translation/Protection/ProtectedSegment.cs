namespace NewsLingo.Core.Translation.Protection;

/// <summary>A segment as sent, with placeholders, and what each placeholder stands for in the answer.</summary>
/// <param name="Text">The text with <c>⟦n⟧</c> tokens.</param>
/// <param name="Restored">For token n, what replaces it in the translation.</param>
public sealed record ProtectedSegment(string Text, IReadOnlyList<string> Restored);
