using NewsLingo.Core.Languages;

namespace NewsLingo.Core.Translation.Routing;

/// <summary>A request's choice of translator: one for every target, and/or one per target, overriding the routing.</summary>
/// <param name="All">The translator for targets without their own; null: routed.</param>
/// <param name="ByTarget">Translators per target tag ("en" → "azure"), a full tag winning over its language.</param>
/// <param name="Field">The request field the choice came from, for errors ("translator", "options.translator").</param>
public sealed record TranslatorChoice(string? All, IReadOnlyDictionary<string, string>? ByTarget, string Field)
{
    public static TranslatorChoice None { get; } = new(null, null, "translator");

    public bool IsEmpty => All is null && (ByTarget is null || ByTarget.Count == 0);

    /// <summary>The translator named for <paramref name="target"/> and the field that named it, or nulls when the routing decides.</summary>
    public (string? Name, string Field) For(LanguageTag target)
    {
        if (ByTarget is { Count: > 0 })
        {
            foreach (var key in new[] { target.Value, target.Language })
            {
                if (ByTarget.TryGetValue(key, out var name))
                {
                    return (name, $"{ByTargetField}[{key}]");
                }
            }
        }

        return (All, Field);
    }

    private string ByTargetField => Field.EndsWith("translator", StringComparison.Ordinal) ? Field[..^"translator".Length] + "translators_by_target" : Field;
}
