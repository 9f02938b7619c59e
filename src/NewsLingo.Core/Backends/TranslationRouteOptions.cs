namespace NewsLingo.Core.Backends;

/// <summary>One routing rule (<c>NewsLingo:Backends:Routes:n</c>): which enabled translator serves a source → target pattern.</summary>
public sealed class TranslationRouteOptions
{
    /// <summary>Source language ("fr"; a language matches its regional tags too) or "*" (default).</summary>
    public string Source { get; set; } = Core.Translation.Routing.TranslationRoute.Any;

    /// <summary>Target language, or "*" (default).</summary>
    public string Target { get; set; } = Core.Translation.Routing.TranslationRoute.Any;

    /// <summary>The translator that serves it; one of <see cref="BackendSelectionOptions.Translators"/> or the default.</summary>
    public string Translator { get; set; } = string.Empty;

    /// <summary>Translators that serve, in order, when it fails or changes facts; empty: <see cref="BackendSelectionOptions.TranslatorFallbacks"/>.</summary>
    public string[] Fallbacks { get; set; } = [];
}
