namespace NewsLingo.Core.Articles.Html;

/// <summary>Why content detection left an element out of the article, as reported with what cleaning removed.</summary>
internal enum ExclusionReason
{
    /// <summary>Not shown to a reader (<c>hidden</c>, <c>aria-hidden</c>, <c>display: none</c>).</summary>
    Hidden,

    /// <summary>Menus, comments, sidebars, share bars: named so by its class, id or role, or by its tag (nav, aside, footer, form).</summary>
    Chrome,

    /// <summary>A block whose shape is not prose: mostly links, images, inputs or embeds for the little text it has.</summary>
    LowContent,
}
