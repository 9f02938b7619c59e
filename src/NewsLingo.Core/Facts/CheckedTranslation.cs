namespace NewsLingo.Core.Facts;

/// <summary>A translation after the fact check: its text in the target's conventions, what did not survive, and how many numbers were rewritten.</summary>
public readonly record struct CheckedTranslation(string Text, IReadOnlyList<FactIssue> Issues, int NumbersLocalized)
{
    public static CheckedTranslation Unchanged(string text) => new(text, [], 0);
}
