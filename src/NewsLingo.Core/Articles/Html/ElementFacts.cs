namespace NewsLingo.Core.Articles.Html;

/// <summary>
/// What one element holds, counted once for the whole page from the leaves up (so no element's text is
/// read twice), and its score as the article's container. Excluded elements (hidden, or chrome while
/// unlikely elements are stripped) count for nothing in their ancestors.
/// </summary>
internal sealed class ElementFacts
{
    /// <summary>Visible characters, each run of blanks counted once.</summary>
    public int Text;

    /// <summary>Characters inside links; a link to a place on the same page (<c>#…</c>) counts 0.3 of its text, as it is rarely navigation.</summary>
    public double LinkText;

    /// <summary>Characters in the element's own runs of inline text (between its block children): a paragraph written without &lt;p&gt;.</summary>
    public int InlineText;

    /// <summary>Commas in <see cref="InlineText"/>.</summary>
    public int InlineCommas;

    /// <summary>Characters inside h1–h6.</summary>
    public int HeadingText;

    /// <summary>Commas of the Latin, CJK and Arabic scripts: a sentence's mark, rare in chrome.</summary>
    public int Commas;

    /// <summary>Characters inside ul and ol lists.</summary>
    public int ListText;

    /// <summary>Paragraphs inside: p elements and text-only blocks that read as paragraphs.</summary>
    public int Paragraphs;

    public int Images;

    public int ListItems;

    public int Inputs;

    /// <summary>Tables, the element itself included.</summary>
    public int Tables;

    /// <summary>Embedded frames, objects and players.</summary>
    public int Embeds;

    /// <summary>Hidden, or chrome while unlikely elements are stripped: not the article, nor part of its measure.</summary>
    public bool Excluded;

    /// <summary>How much of the element's own text counts as link text: 1 inside a link, 0.3 inside a link to the same page, else 0.</summary>
    public double LinkWeight;

    /// <summary>Inside a table or code, where nothing is stripped for its class.</summary>
    public bool InTableOrCode;

    /// <summary>Never text (script, noscript, form control, player): excluded, but counted as an input or embed where it is one.</summary>
    public bool Muted;

    /// <summary>A block with no block inside: read as one paragraph.</summary>
    public bool IsParagraph;

    /// <summary>Set once the element has been given a starting score as a container candidate.</summary>
    public bool Candidate;

    public double Score;

    /// <summary>Share of the text inside links, 0 for an element without text.</summary>
    public double LinkDensity => Text == 0 ? 0 : LinkText / Text;

    /// <summary>Adds what <paramref name="inner"/> holds to these counts (a child's to its parent's, a drop's to what a block lost).</summary>
    public void Add(ElementFacts inner)
    {
        Text += inner.Text;
        LinkText += inner.LinkText;
        HeadingText += inner.HeadingText;
        Commas += inner.Commas;
        ListText += inner.ListText;
        Paragraphs += inner.Paragraphs;
        Images += inner.Images;
        ListItems += inner.ListItems;
        Inputs += inner.Inputs;
        Embeds += inner.Embeds;
        Tables += inner.Tables;
    }

    /// <summary>These counts less what <paramref name="lost"/> holds: a block judged without what was already taken out of it.</summary>
    public ElementFacts Without(ElementFacts? lost)
    {
        if (lost is null)
        {
            return this;
        }

        return new ElementFacts
        {
            Text = Text - lost.Text,
            LinkText = LinkText - lost.LinkText,
            HeadingText = HeadingText - lost.HeadingText,
            Commas = Commas - lost.Commas,
            ListText = ListText - lost.ListText,
            Paragraphs = Paragraphs - lost.Paragraphs,
            Images = Images - lost.Images,
            ListItems = ListItems - lost.ListItems,
            Inputs = Inputs - lost.Inputs,
            Embeds = Embeds - lost.Embeds,
            Tables = Tables - lost.Tables,
        };
    }
}
