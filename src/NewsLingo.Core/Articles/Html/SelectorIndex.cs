using System.Runtime.CompilerServices;
using AngleSharp.Css.Dom;
using AngleSharp.Css.Parser;
using AngleSharp.Dom;
using NewsLingo.Core.Articles.Boilerplate;

namespace NewsLingo.Core.Articles.Html;

/// <summary>
/// A rule set's CSS selectors parsed once (per rule set, not per page) and tried in one walk of the
/// page: each element meets the combined list once, and only a matched element is asked which rule.
/// </summary>
internal sealed class SelectorIndex
{
    private static readonly ConditionalWeakTable<BoilerplateRuleSet, SelectorIndex> ByRuleSet = [];

    private readonly ISelector? _anyComplex;
    private readonly List<(ISelector Selector, SimpleSelector? Simple, string Text, BoilerplateRule Rule)> _each = [];
    private readonly List<SimpleSelector> _simple = [];

    private SelectorIndex(BoilerplateRuleSet rules)
    {
        var parser = new CssSelectorParser();
        foreach (var (text, rule) in rules.Selectors)
        {
            // A selector AngleSharp cannot read names nothing (as querySelectorAll would throw on it, so it never matched before either).
            if (parser.ParseSelector(text) is { } selector)
            {
                var simple = SimpleSelector.TryParse(text);
                _each.Add((selector, simple, text, rule));
                if (simple is not null)
                {
                    _simple.Add(simple);
                }
            }
        }

        var complex = _each.Where(e => e.Simple is null).Select(e => e.Text).ToList();
        _anyComplex = complex.Count == 0 ? null : parser.ParseSelector(string.Join(", ", complex));
    }

    public static SelectorIndex For(BoilerplateRuleSet rules) => ByRuleSet.GetValue(rules, static r => new SelectorIndex(r));

    /// <summary>Every element under <paramref name="root"/> a rule's selector names, in document order, with the first rule that names it.</summary>
    public IEnumerable<(IElement Element, string Selector, BoilerplateRule Rule)> Find(IElement root)
    {
        if (_each.Count == 0)
        {
            yield break;
        }

        foreach (var element in root.Descendants<IElement>())
        {
            if (!_simple.Any(s => s.Matches(element)) && _anyComplex?.Match(element, null) != true)
            {
                continue;
            }

            foreach (var (selector, simple, text, rule) in _each)
            {
                if (simple?.Matches(element) ?? selector.Match(element, null))
                {
                    yield return (element, text, rule);
                    break;
                }
            }
        }
    }
}
