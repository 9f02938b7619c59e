using NewsLingo.Core.Errors;
using NewsLingo.Core.Languages;

namespace NewsLingo.Core.Translation.Routing;

/// <summary>
/// The translators a deployment enables and which serves a direction: the translator a request
/// names (when enabled), else the first route that matches, else the default. Each name maps to
/// its own composed stack (cache namespace, resilience, fallbacks).
/// </summary>
public sealed class TranslatorRouter
{
    private readonly IReadOnlyDictionary<string, ITranslator> _byName;
    private readonly IReadOnlyList<(TranslationRoute Route, ITranslator Stack)> _routes;

    /// <param name="defaultName">The translator a direction no route names goes to.</param>
    /// <param name="byName">Every enabled translator's stack, by name.</param>
    /// <param name="routes">The routing rules in order, each with its stack.</param>
    public TranslatorRouter(string defaultName, IReadOnlyDictionary<string, ITranslator> byName, IReadOnlyList<(TranslationRoute Route, ITranslator Stack)> routes)
    {
        _byName = new Dictionary<string, ITranslator>(byName, StringComparer.OrdinalIgnoreCase);
        _routes = routes;
        Default = _byName[defaultName];
        Enabled = [defaultName, .. byName.Keys.Where(k => !string.Equals(k, defaultName, StringComparison.OrdinalIgnoreCase)).Order(StringComparer.Ordinal)];
    }

    /// <summary>One translator for everything (no routing).</summary>
    public static TranslatorRouter Single(ITranslator translator) => new(translator.Name, new Dictionary<string, ITranslator> { [translator.Name] = translator }, []);

    public ITranslator Default { get; }

    /// <summary>The enabled translators' names, the default first.</summary>
    public IReadOnlyList<string> Enabled { get; }

    public IReadOnlyList<TranslationRoute> Routes => [.. _routes.Select(r => r.Route)];

    public bool IsSingle => _byName.Count == 1 && _routes.Count == 0;

    /// <summary>The enabled translator named <paramref name="name"/>.</summary>
    public ITranslator Named(string name) => _byName[name];

    /// <summary>The stack that serves <paramref name="direction"/>: the requested translator, else the first matching route's, else the default.</summary>
    public ITranslator For(LanguageDirection direction, string? requested)
    {
        if (requested is not null && _byName.TryGetValue(requested, out var chosen))
        {
            return chosen;
        }

        for (var i = 0; i < _routes.Count; i++)
        {
            if (_routes[i].Route.Matches(direction))
            {
                return _routes[i].Stack;
            }
        }

        return Default;
    }

    /// <summary>Refuses a requested name the deployment does not enable, naming the ones it does.</summary>
    public void EnsureEnabled(string? requested, string field)
    {
        if (requested is null || _byName.ContainsKey(requested))
        {
            return;
        }

        var error = new RequestValidationException(
            [new FieldViolation(field, ErrorReasonCodes.BackendNotEnabled, $"'{requested}' is not an enabled translator here; use one of: {string.Join(", ", Enabled)} (or leave it empty for the routing).")]);
        error.Details["enabled"] = string.Join(",", Enabled);
        throw error;
    }
}
