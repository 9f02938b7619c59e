using NewsLingo.Core.Languages;

namespace NewsLingo.Core.Translation.Routing;

/// <summary>A request's choice of translator: one for every target, and/or one per target, overriding the routing.</summary>
/// <param name="All">The translator for targets without their own; null: routed.</param>
/// <param name="ByTarget">Translators per target tag ("en" → "azure"), a full tag winning over its language.</param>
/// <param name="FieldPrefix">Where the choice sits in the request, for errors: "" (TranslateRequest) or "options." (ArticleOptions).</param>
public sealed record TranslatorChoice(string? All, IReadOnlyDictionary<string, string>? ByTarget, string FieldPrefix)
{
    public static TranslatorChoice None { get; } = new(null, null, string.Empty);

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
                    return (name, $"{FieldPrefix}translators_by_target[{key}]");
                }
            }
        }

        return (All, FieldPrefix + "translator");
    }
}
