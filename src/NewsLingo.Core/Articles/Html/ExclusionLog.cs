using AngleSharp.Dom;

namespace NewsLingo.Core.Articles.Html;

/// <summary>The elements content detection left out, outermost only, with why: reported as removed when they fall inside the article.</summary>
internal sealed class ExclusionLog
{
    private readonly Dictionary<IElement, ExclusionReason> _reasons = new(ReferenceEqualityComparer.Instance);

    public void Add(IElement element, ExclusionReason reason) => _reasons.TryAdd(element, reason);

    public bool TryGet(IElement element, out ExclusionReason reason) => _reasons.TryGetValue(element, out reason);

    private const string Chrome = "page-chrome";
    private const string LowContent = "low-content";

    /// <summary>The rule name a removal is reported under.</summary>
    public static string RuleName(ExclusionReason reason) => reason switch
    {
        ExclusionReason.Hidden => "hidden",
        ExclusionReason.Chrome => Chrome,
        _ => LowContent,
    };

    /// <summary>A name detection gave by shape alone, which a text rule may name more precisely.</summary>
    public static bool IsDetectionRule(string rule) => rule is Chrome or LowContent;
}
