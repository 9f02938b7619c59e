using NewsLingo.Core.Languages;

namespace NewsLingo.Core.Errors;

/// <summary>No configured backend translates this direction. Lists what is supported so the caller can choose.</summary>
public sealed class UnsupportedDirectionException : NewsLingoException
{
    public UnsupportedDirectionException(string field, LanguageDirection direction, string backend, IEnumerable<LanguageDirection> supported)
        : base(ErrorReasonCodes.UnsupportedLanguageDirection, Describe(direction, backend, supported))
    {
        Field = field;
        Direction = direction;
        Details["backend"] = backend;
        Details["direction"] = direction.ToString();
        Details["supported"] = string.Join(",", supported.Select(d => d.ToString()).Order(StringComparer.Ordinal));
    }

    /// <summary>The request field that asked for the direction.</summary>
    public string Field { get; }

    public LanguageDirection Direction { get; }

    private static string Describe(LanguageDirection direction, string backend, IEnumerable<LanguageDirection> supported)
    {
        var fromSource = supported.Where(d => d.Source.Language == direction.Source.Language).Select(d => d.Target.Value).Distinct().Order().ToList();
        var hint = fromSource.Count > 0
            ? $"from {direction.Source} it supports: {string.Join(", ", fromSource)}"
            : "it supports: " + string.Join(", ", supported.Select(d => d.ToString()).Order(StringComparer.Ordinal));
        return $"Backend '{backend}' cannot translate {direction.Source} to {direction.Target}; {hint}. See ListLanguages.";
    }
}
