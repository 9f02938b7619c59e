using NewsLingo.Core.Backends;
using NewsLingo.Core.Languages;

namespace NewsLingo.Core.Translation.Routing;

/// <summary>
/// The translators a deployment enables and which serves a direction: the translator a request
/// names (when enabled), else the first route that matches, else the default. Each name maps to
/// its own composed stack (cache namespace, resilience, fallbacks).
/// </summary>
public sealed class TranslatorRouter
{
    private const string Kind = "translator";
    private const string Unnamed = "the routing";

    private readonly IReadOnlyList<(TranslationRoute Route, ITranslator Stack)> _routes;

    /// <param name="defaultName">The translator a direction no route names goes to.</param>
    /// <param name="byName">Every enabled translator's stack, by name.</param>
    /// <param name="routes">The routing rules in order, each with its stack.</param>
    public TranslatorRouter(string defaultName, IReadOnlyDictionary<string, ITranslator> byName, IReadOnlyList<(TranslationRoute Route, ITranslator Stack)> routes)
        : this(new EnabledBackends<ITranslator>(Kind, defaultName, byName, Unnamed), routes)
    {
    }

    private TranslatorRouter(EnabledBackends<ITranslator> translators, IReadOnlyList<(TranslationRoute Route, ITranslator Stack)> routes)
    {
        Translators = translators;
        _routes = routes;
    }

    /// <summary>One translator for everything (no routing).</summary>
    public static TranslatorRouter Single(ITranslator translator) => new(EnabledBackends<ITranslator>.Single(Kind, translator.Name, translator, Unnamed), []);

    /// <summary>The enabled translators, the default among them; a name a request gives is checked here.</summary>
    public EnabledBackends<ITranslator> Translators { get; }

    public IReadOnlyList<TranslationRoute> Routes => [.. _routes.Select(r => r.Route)];

    public bool IsSingle => Translators.Count == 1 && _routes.Count == 0;

    /// <summary>The stack that serves <paramref name="direction"/>: the requested translator, else the first matching route's, else the default.</summary>
    public ITranslator For(LanguageDirection direction, string? requested)
    {
        if (requested is not null && Translators.TryGet(requested, out var chosen))
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

        return Translators.Default;
    }
}
