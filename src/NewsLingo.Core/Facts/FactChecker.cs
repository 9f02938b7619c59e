using System.Collections.Concurrent;
using System.Text.RegularExpressions;
using NewsLingo.Core.Articles;
using NewsLingo.Core.Languages;
using NewsLingo.Core.Translation;
using NewsLingo.Core.Translation.Protection;

namespace NewsLingo.Core.Facts;

/// <summary>
/// Checks a translated segment against its source, whatever backend translated it: every number,
/// percentage, amount, date, time and ordinal by value (each text read in its own language's
/// conventions), acronyms and multi-word names, and the glossary's terms in their forced form.
/// Then writes in the target's conventions what the backend copied from the source's ("2,3 %" →
/// "2.3%" in English) and tidies the spacing it left. Thread-safe; source facts are remembered
/// for the texts seen most recently, since the same segments come back (cache hits, repeats).
/// </summary>
public sealed class FactChecker(Diagnostics.NewsLingoMetrics? metrics = null)
{
    private const int RememberedTexts = 8192;

    // Shared and never written: the common case (no glossary) allocates nothing.
    private static readonly List<(string Source, string Expected)> NoTerms = [];

    private readonly ConcurrentDictionary<(string Text, string Language), SourceFacts> _sources = new();

    /// <summary>Checks <paramref name="translation"/> of <paramref name="source"/>, both plain text or both HTML (the caller records the metrics: <see cref="Record"/>).</summary>
    public CheckedTranslation Check(string source, string translation, LanguageTag from, LanguageTag to, TextFormat format, Glossary? glossary = null) =>
        from.Language == to.Language ? CheckedTranslation.Unchanged(translation) : CheckCore(Strip(source), translation, from, to, format, glossary);

    /// <summary>Counts a job's checked segments and their issues once per job, not per segment: the metric is on every call's path.</summary>
    public void Record(string backend, int segmentsChecked, IReadOnlyList<FactIssue> issues)
    {
        if (segmentsChecked > 0)
        {
            metrics?.RecordFactCheck(backend, segmentsChecked, issues);
        }
    }

    /// <summary>What <paramref name="translation"/> lost of <paramref name="source"/>; placeholders (⟦n⟧) in either are ignored.</summary>
    public IReadOnlyList<FactIssue> IssuesOf(string source, string translation, LanguageTag from, LanguageTag to, TextFormat format) =>
        from.Language == to.Language ? [] : CheckCore(Strip(source), Strip(translation), from, to, format, glossary: null).Issues;

    private CheckedTranslation CheckCore(string source, string translation, LanguageTag from, LanguageTag to, TextFormat format, Glossary? glossary)
    {
        var html = format == TextFormat.Html;
        var facts = SourceFactsOf(html ? InlineMarkup.ToPlainText(source) : source, from.Language);
        var terms = ExpectedTerms(facts.Plain, glossary, to);
        if (facts.Values.Count == 0 && facts.Names.Count == 0 && terms.Count == 0)
        {
            return CheckedTranslation.Unchanged(TidyText(translation, to.Language, html));
        }

        var plain = Strip(html ? InlineMarkup.ToPlainText(translation) : translation);
        var translated = FactExtractor.Extract(plain, to.Value, from.Value);
        var (issues, pairs) = FactComparison.Compare(facts.Values, translated);
        if (facts.Names.Count > 0 || terms.Count > 0)
        {
            var words = NameMatcher.WordsOf(plain);
            foreach (var name in facts.Names)
            {
                if (!NameFacts.IsKept(name.Key, plain, words, to.Language))
                {
                    issues.Add(new FactIssue(FactKind.Name, name.Text, name.Key, null));
                }
            }

            foreach (var term in terms)
            {
                if (WholeWords.IndexOf(plain, term.Expected) < 0)
                {
                    issues.Add(new FactIssue(FactKind.Name, term.Source, term.Expected, null));
                }
            }
        }

        var (text, localized) = html ? LocalizeHtml(translation, facts.Values, to, from) : TargetTypography.LocalizeNumbers(translation, pairs, to.Value);
        return new CheckedTranslation(TidyText(text, to.Language, html), issues, localized);
    }

    /// <summary>The facts of a text (for checks that compare other texts to it, such as a summary's).</summary>
    public static IReadOnlyList<Fact> ValuesOf(string plainText, string language) => FactExtractor.Extract(plainText, language);

    private SourceFacts SourceFactsOf(string plain, string language)
    {
        if (_sources.TryGetValue((plain, language), out var known))
        {
            return known;
        }

        if (_sources.Count >= RememberedTexts)
        {
            _sources.Clear();
        }

        var facts = new SourceFacts(plain, FactExtractor.Extract(plain, language), NameFacts.Extract(plain));
        _sources[(plain, language)] = facts;
        return facts;
    }

    /// <summary>The glossary's terms the source holds, with the form each must take in <paramref name="target"/>.</summary>
    private static List<(string Source, string Expected)> ExpectedTerms(string source, Glossary? glossary, LanguageTag target)
    {
        if (glossary is null || glossary.IsEmpty)
        {
            return NoTerms;
        }

        var terms = new List<(string, string)>();
        foreach (var entry in glossary.Entries)
        {
            if (entry.For(target) is not { } applied)
            {
                continue;
            }

            if (WholeWords.IndexOf(source, entry.Term) is var at and >= 0)
            {
                var written = source.Substring(at, entry.Term.Length);
                terms.Add((written, applied.Replacement ?? written));
            }
        }

        return terms;
    }

    /// <summary>Numbers rewritten inside the text runs of an HTML translation only: markup and attributes stay as they are.</summary>
    private static (string Text, int Localized) LocalizeHtml(string translation, IReadOnlyList<Fact> source, LanguageTag to, LanguageTag from)
    {
        if (source.Count == 0)
        {
            return (translation, 0);
        }

        var result = new System.Text.StringBuilder(translation.Length);
        var localized = 0;
        foreach (var token in MarkupLexer.Tokens(translation))
        {
            if (token.Kind != MarkupTokenKind.Text)
            {
                result.Append(token.Value);
                continue;
            }

            var (_, pairs) = FactComparison.Compare(source, FactExtractor.Extract(token.Value, to.Value, from.Value));
            var (text, count) = TargetTypography.LocalizeNumbers(token.Value, pairs, to.Value);
            result.Append(text);
            localized += count;
        }

        return (result.ToString(), localized);
    }

    private static string TidyText(string text, string target, bool html)
    {
        if (!NeedsTidying(text, target))
        {
            return text;
        }

        if (!html)
        {
            return TargetTypography.Tidy(text, target);
        }

        var result = new System.Text.StringBuilder(text.Length);
        foreach (var token in MarkupLexer.Tokens(text))
        {
            result.Append(token.Kind == MarkupTokenKind.Text ? TargetTypography.Tidy(token.Value, target) : token.Value);
        }

        return result.ToString();
    }

    private static bool NeedsTidying(string text, string target)
    {
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (c is ' ' or '\u00A0' or '\u202F' && i + 1 < text.Length)
            {
                var next = text[i + 1];
                if (next is ' ' or '\u00A0' or '\u202F' || (target != "fr" && next is ';' or ':' or '!' or '?' or ',' or '.' or ')' or '»'))
                {
                    return true;
                }
            }
            else if (c == '«' && target != "fr")
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>Placeholders out of a protected text, so their digits are not read as facts.</summary>
    private static string Strip(string text) => text.Contains('⟦', StringComparison.Ordinal) ? Placeholders.Token().Replace(text, " ") : text;

    private sealed record SourceFacts(string Plain, IReadOnlyList<Fact> Values, IReadOnlyList<Fact> Names);
}
