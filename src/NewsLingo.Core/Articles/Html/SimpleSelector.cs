using System.Text.RegularExpressions;
using AngleSharp.Dom;

namespace NewsLingo.Core.Articles.Html;

/// <summary>
/// The selector shapes the rule files use nearly always (<c>tag</c>, <c>.class</c>, <c>#id</c>,
/// <c>[class*=x]</c>, <c>[id*=x]</c>, <c>[id^=x]</c>, <c>[role=x]</c>), tested on the element's own
/// strings: a general CSS match of every selector on every element was a fifth of a page's reading time.
/// Anything else stays with AngleSharp's matcher.
/// </summary>
internal sealed partial record SimpleSelector(string Kind, string Value)
{
    public static SimpleSelector? TryParse(string selector)
    {
        var text = selector.Trim();
        if (Tag().IsMatch(text))
        {
            return new("tag", text.ToLowerInvariant());
        }

        if (Class().Match(text) is { Success: true } c)
        {
            return new("class", c.Groups[1].Value);
        }

        if (Id().Match(text) is { Success: true } i)
        {
            return new("id", i.Groups[1].Value);
        }

        if (Attribute().Match(text) is { Success: true } a)
        {
            return new(a.Groups["name"].Value + a.Groups["op"].Value, a.Groups["value"].Value);
        }

        return null;
    }

    public bool Matches(IElement element) => Kind switch
    {
        "tag" => element.LocalName == Value,
        "class" => element.ClassList.Contains(Value),
        "id" => element.Id == Value,
        "class*=" => element.ClassName?.Contains(Value, StringComparison.Ordinal) == true,
        "id*=" => element.Id?.Contains(Value, StringComparison.Ordinal) == true,
        "id^=" => element.Id?.StartsWith(Value, StringComparison.Ordinal) == true,
        "class=" => element.ClassName == Value,
        "id=" => element.Id == Value,
        "role=" => element.GetAttribute("role") == Value,
        _ => false,
    };

    [GeneratedRegex("^[a-zA-Z][a-zA-Z0-9-]*$")]
    private static partial Regex Tag();

    [GeneratedRegex(@"^\.([A-Za-z_][\w-]*)$")]
    private static partial Regex Class();

    [GeneratedRegex(@"^#([A-Za-z_][\w-]*)$")]
    private static partial Regex Id();

    [GeneratedRegex(@"^\[(?<name>class|id|role)(?<op>\*=|\^=|=)[""']?(?<value>[\w-]+)[""']?\]$")]
    private static partial Regex Attribute();
}
