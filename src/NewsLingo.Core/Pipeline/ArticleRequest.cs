using NewsLingo.Core.Articles;
using NewsLingo.Core.Languages;
using NewsLingo.Core.Summarization;
using NewsLingo.Core.Translation;

namespace NewsLingo.Core.Pipeline;

/// <summary>One article to process into one or more targets.</summary>
/// <param name="Input">The article as received.</param>
/// <param name="Targets">Target languages, distinct, in the caller's order.</param>
/// <param name="SourceLanguage">The caller's source language, or null to detect it.</param>
/// <param name="Summary">How to summarize, or null for no summary.</param>
/// <param name="RemoveBoilerplate">False keeps boilerplate (the article is still structured).</param>
/// <param name="Glossary">Protected terms.</param>
/// <param name="Formality">Requested register.</param>
/// <param name="InputNotes">How the input was normalized on arrival (control characters removed), for the usage report.</param>
/// <param name="Translators">The translators the caller chose, overriding the routing; null: routed.</param>
/// <param name="MaxTextCharacters">Most characters of text the article may have once read (an HTML page's markup does not count); null for no limit.</param>
public sealed record ArticleRequest(
    ArticleInput Input,
    IReadOnlyList<LanguageTag> Targets,
    LanguageTag? SourceLanguage = null,
    SummaryOptions? Summary = null,
    bool RemoveBoilerplate = true,
    Glossary? Glossary = null,
    Formality Formality = Formality.Default,
    IReadOnlyList<string>? InputNotes = null,
    Translation.Routing.TranslatorChoice? Translators = null,
    int? MaxTextCharacters = null);
