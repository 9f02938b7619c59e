namespace NewsLingo.Core.Articles.Html;

/// <summary>
/// An estimate, for <see cref="HtmlShape"/>, of the elements the HTML parser makes without a tag: the
/// formatting elements (b, i, font, a…) that a closing block takes with it stay on the parser's list of
/// active formatting elements, and are made again, one by one, before the next text or start tag. It
/// follows the parser closely enough to err high: entries added by start tags (at most three alike, as
/// the parser keeps them), removed by their end tags; a block that closes (by its end tag, or by a tag
/// that closes a paragraph or list item) takes along the entries opened inside it; every step costs
/// the same whatever the page holds.
/// </summary>
internal sealed class ActiveFormatting
{
    private static readonly HashSet<string> Formatting = new(StringComparer.OrdinalIgnoreCase)
    {
        "a", "b", "big", "code", "em", "font", "i", "nobr", "s", "small", "strike", "strong", "tt", "u",
    };

    /// <summary>Elements that hold no content, so never close over formatting elements.</summary>
    private static readonly HashSet<string> Void = new(StringComparer.OrdinalIgnoreCase)
    {
        "area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta", "source", "track", "wbr", "param", "keygen", "basefont", "bgsound", "frame", "image",
        "isindex", "script", "style", "textarea", "title", "xmp", "iframe", "noembed", "noframes", "html", "head", "body",
    };

    /// <summary>Start tags of blocks: they close an open paragraph (taking the formatting elements inside it along) and reopen nothing themselves.</summary>
    private static readonly HashSet<string> Blocks = new(StringComparer.OrdinalIgnoreCase)
    {
        "p", "li", "dd", "dt", "h1", "h2", "h3", "h4", "h5", "h6", "div", "ul", "ol", "dl", "table", "section", "article", "aside", "nav", "header", "footer", "main",
        "blockquote", "form", "hr", "pre", "listing", "fieldset", "figure", "figcaption", "details", "summary", "address", "menu", "center", "dir", "hgroup", "search",
        "plaintext", "tr", "tbody", "thead", "tfoot", "td", "th", "caption", "colgroup", "col", "option", "optgroup", "select", "frameset", "template",
    };

    /// <summary>Elements a block's start tag closes without an end tag.</summary>
    private static readonly HashSet<string> ParagraphLike = new(StringComparer.OrdinalIgnoreCase) { "p", "li", "dd", "dt", "h1", "h2", "h3", "h4", "h5", "h6", "option" };

    /// <summary>How far down the open blocks an end tag is looked for (a stray end tag closes nothing).</summary>
    private const int EndTagReach = 16;

    private readonly Dictionary<string, int> _alike = new(StringComparer.OrdinalIgnoreCase);
    private readonly Dictionary<string, Stack<string>> _byName = new(StringComparer.OrdinalIgnoreCase);
    private readonly List<(string Name, int OnStack)> _blocks = [];
    private int _count;
    private int _closedOver;

    /// <summary>Text: the parser first makes again the formatting elements blocks closed over since they were last open.</summary>
    public int Text() => Reopen();

    /// <summary>A start tag; the elements made again before it (none before a block).</summary>
    public int Opened(ReadOnlySpan<char> name, ReadOnlySpan<char> attributes)
    {
        var block = Blocks.GetAlternateLookup<ReadOnlySpan<char>>().Contains(name);
        var reopened = block ? 0 : Reopen();
        if (Formatting.GetAlternateLookup<ReadOnlySpan<char>>().TryGetValue(name, out var formatting))
        {
            Add(formatting, string.Concat(name, attributes));
            return reopened;
        }

        if (Void.GetAlternateLookup<ReadOnlySpan<char>>().Contains(name))
        {
            return reopened;
        }

        if (block && _blocks.Count > 0 && ParagraphLike.Contains(_blocks[^1].Name))
        {
            CloseTop();
        }

        _blocks.Add((name.ToString(), OnStack));
        return reopened;
    }

    private int Reopen()
    {
        var reopened = _closedOver;
        _closedOver = 0;
        return reopened;
    }

    public void Closed(ReadOnlySpan<char> name)
    {
        if (Formatting.GetAlternateLookup<ReadOnlySpan<char>>().TryGetValue(name, out var formatting))
        {
            Remove(formatting);
            return;
        }

        for (var k = _blocks.Count - 1; k >= Math.Max(0, _blocks.Count - EndTagReach); k--)
        {
            if (name.Equals(_blocks[k].Name, StringComparison.OrdinalIgnoreCase))
            {
                while (_blocks.Count > k)
                {
                    CloseTop();
                }

                return;
            }
        }
    }

    private int OnStack => _count - _closedOver;

    private void CloseTop()
    {
        var (_, before) = _blocks[^1];
        _blocks.RemoveAt(_blocks.Count - 1);
        _closedOver += Math.Max(0, OnStack - before);
    }

    private void Add(string name, string entry)
    {
        // Three alike already: the parser drops the earliest for the new one (its "Noah's Ark" clause), so the count stays.
        if (_alike.GetValueOrDefault(entry) >= 3)
        {
            return;
        }

        _alike[entry] = _alike.GetValueOrDefault(entry) + 1;
        if (!_byName.TryGetValue(name, out var entries))
        {
            _byName[name] = entries = new Stack<string>();
        }

        entries.Push(entry);
        _count++;
    }

    private void Remove(string name)
    {
        if (_byName.TryGetValue(name, out var entries) && entries.TryPop(out var entry))
        {
            _alike[entry]--;
            _count--;
            _closedOver = Math.Min(_closedOver, _count);
        }
    }
}
