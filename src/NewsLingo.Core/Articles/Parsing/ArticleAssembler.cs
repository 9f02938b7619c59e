using NewsLingo.Core.Articles.Boilerplate;

namespace NewsLingo.Core.Articles.Parsing;

/// <summary>
/// Turns a parser's pieces into an article: the title (h1, else the first line); with cleaning on,
/// boilerplate out (the title repeated, lines a rule recognises, the link titles after a related-links
/// heading, elements a selector removed), each removal recorded; byline and dateline before the body
/// taken out of it; then each remaining line a subheading when it is shaped like one and a paragraph
/// follows it, else a paragraph. When in doubt a line stays, as a paragraph.
/// </summary>
internal static class ArticleAssembler
{
    /// <summary>Units of the first lines a headline may repeat in: past them it is the body.</summary>
    private const int HeadlineSearchUnits = 12;

    public static ReadArticle Assemble(List<TextUnit> units, BoilerplateRuleSet rules, bool removeBoilerplate, string? documentTitle) =>
        Assemble(units, rules, removeBoilerplate, documentTitle, page: null);

    /// <summary>An HTML page's main content, with the headline, byline and metadata the page declared preferred over what the body shows.</summary>
    public static ReadArticle Assemble(Html.HtmlPage page, BoilerplateRuleSet rules, bool removeBoilerplate) =>
        Assemble(page.Units, rules, removeBoilerplate, page.DocumentTitle, page);

    private static ReadArticle Assemble(List<TextUnit> units, BoilerplateRuleSet rules, bool removeBoilerplate, string? documentTitle, Html.HtmlPage? page)
    {
        var containsMarkup = units.Any(u => u.Role != UnitRole.Removed && u.HasMarkup);
        var headline = page?.Headline;
        var titleIndex = headline is null
            ? units.FindIndex(u => u.Role == UnitRole.Heading1)
            : units.Take(HeadlineSearchUnits).ToList().FindIndex(u => u.Role is UnitRole.Heading1 or UnitRole.Heading && BoilerplateRuleSet.Normalize(u.Text) == BoilerplateRuleSet.Normalize(headline));
        if (titleIndex < 0 && page is null)
        {
            titleIndex = units.FindIndex(u => u.Role == UnitRole.Line && !(removeBoilerplate && rules.Match(u.Text) is not null));
        }

        var title = headline ?? (titleIndex >= 0 ? units[titleIndex].Text : SiteNameOff(documentTitle));
        var normalizedTitle = title is null ? null : BoilerplateRuleSet.Normalize(title);

        var removed = new List<(int Order, RemovedBoilerplate Removed)>(page?.RemovedOutside ?? []);

        // Inside detected content a lone link that reads as a sentence may be the article's own; on a page read whole, a link-only line is navigation.
        var linkLists = removeBoilerplate && page is not null ? LinkLists.Find(units, loneSentences: !page.ContentDetected) : [];
        var kept = new List<TextUnit>();
        string? byline = null;
        string? dateline = null;
        var inRelatedLinks = false;
        var bodyStarted = false;
        for (var i = 0; i < units.Count; i++)
        {
            var unit = units[i];
            if (i == titleIndex)
            {
                continue;
            }

            if (unit.Role == UnitRole.Removed)
            {
                // Detection left it out by its shape; a rule that knows the text names it better ("related-links", not "page-chrome").
                var rule = Html.ExclusionLog.IsDetectionRule(unit.Rule!) && rules.Match(unit.Text) is { } named ? named.Name : unit.Rule!;
                removed.Add((unit.Order, new RemovedBoilerplate(unit.Text, rule)));
                continue;
            }

            if (linkLists.Contains(i))
            {
                // A rule that knows the line says better what it is ("subscription", not just a link).
                removed.Add((unit.Order, new RemovedBoilerplate(unit.Text, rules.Match(unit.Text)?.Name ?? "link-list")));
                continue;
            }

            if (page is not null && removeBoilerplate && !unit.Text.Any(char.IsLetterOrDigit))
            {
                // A zero-width space, "***", "•": a page's spacing, nothing to translate.
                removed.Add((unit.Order, new RemovedBoilerplate(unit.Text, "no-text")));
                continue;
            }


            if (removeBoilerplate)
            {
                if (inRelatedLinks && unit.Role is UnitRole.Line or UnitRole.Paragraph && TextShapes.LooksLikeALinkTitle(unit.Text))
                {
                    removed.Add((unit.Order, new RemovedBoilerplate(unit.Text, "related-links")));
                    continue;
                }

                inRelatedLinks = false;
                if (normalizedTitle is not null && BoilerplateRuleSet.Normalize(unit.Text) == normalizedTitle)
                {
                    removed.Add((unit.Order, new RemovedBoilerplate(unit.Text, "repeated-title")));
                    continue;
                }

                if (rules.Match(unit.Text) is { } rule)
                {
                    removed.Add((unit.Order, new RemovedBoilerplate(unit.Text, rule.Name)));
                    inRelatedLinks = rule.FollowedByLinks;
                    continue;
                }
            }

            if ((!bodyStarted || unit.Role == UnitRole.Byline) && byline is null && BylinePatterns.TryRead(unit.Text, out var who, out var when))
            {
                byline = who;
                dateline ??= when;
                continue;
            }

            if (!bodyStarted && byline is null && page is not null && IsDeclaredAuthorLine(unit, page))
            {
                // The author's name shown alone above the body ("Claire Vasseur"): the metadata already says it.
                byline = unit.Text;
                continue;
            }

            if (!bodyStarted && page is not null && unit.Text == page.VisibleDateline)
            {
                // Shown in the article's header and taken as its dateline: not also a paragraph.
                dateline ??= unit.Text;
                continue;
            }

            if (!bodyStarted && dateline is null && BylinePatterns.IsDateline(unit.Text))
            {
                dateline = unit.Text;
                continue;
            }

            if (removeBoilerplate && ((!bodyStarted && DateLines.IsDateOnly(unit.Text)) || DateLines.IsStamp(unit.Text)))
            {
                // A second date above the body ("Updated …" under "Published …") is the same header's, not a paragraph.
                if (dateline is null)
                {
                    dateline = unit.Text;
                }
                else
                {
                    removed.Add((unit.Order, new RemovedBoilerplate(unit.Text, "dateline")));
                }

                continue;
            }

            if (!bodyStarted && removeBoilerplate && TextShapes.IsBareAddress(unit.Text))
            {
                // The page's own address shown above the article (a permalink or share box): nothing to translate.
                removed.Add((unit.Order, new RemovedBoilerplate(unit.Text, "page-address")));
                continue;
            }

            kept.Add(unit);
            bodyStarted |= TextShapes.IsProse(unit.Text) || (page is null && TextShapes.EndsLikeASentence(unit.Text));
        }

        var blocks = new List<ArticleBlock>(kept.Count);
        for (var k = 0; k < kept.Count; k++)
        {
            var kind = kept[k].Role switch
            {
                UnitRole.Heading1 or UnitRole.Heading => ArticleBlockKind.Subheading,
                UnitRole.Line when TextShapes.LooksLikeAHeading(kept[k].Text) && ParagraphFollows(kept, k) => ArticleBlockKind.Subheading,
                _ => ArticleBlockKind.Paragraph,
            };
            blocks.Add(new ArticleBlock(kind, containsMarkup ? kept[k].Html ?? HtmlArticleParser.Encode(kept[k].Text) : kept[k].Text));
        }

        if (blocks.Count == 0 && titleIndex >= 0 && units[titleIndex].Role == UnitRole.Line)
        {
            // Text of a single block is a paragraph, not a headline over nothing: it is what the caller wants translated and summarized.
            blocks.Add(new ArticleBlock(ArticleBlockKind.Paragraph, containsMarkup ? HtmlArticleParser.Encode(title!) : title!));
            title = null;
        }

        if (page is null)
        {
            return new ReadArticle(new Article(title, byline, dateline, blocks), [.. removed.Select(r => r.Removed)], containsMarkup);
        }

        // Declared authors first, then what the page shows: in the body, in detection's byline element, anywhere on the page.
        string? contentWho = null, contentWhen = null;
        if (page.ContentByline is { } contentByline)
        {
            contentWho = BylinePatterns.Tidy(BylinePatterns.TryRead(contentByline, out var who, out var when) ? who : contentByline);
            contentWhen = BylinePatterns.TryRead(contentByline, out _, out when) ? when : null;
        }

        var shownByline = byline ?? contentWho ?? page.VisibleByline;
        byline = page.DeclaredByline ?? shownByline;
        dateline ??= contentWhen ?? page.VisibleDateline;
        var declared = page.Metadata;
        if (declared.Authors.Count == 0 && shownByline is not null)
        {
            declared = declared with { Authors = BylinePatterns.Authors(shownByline) };
        }

        var metadata = declared.Published is null && Html.VisibleDate.Parse(dateline) is { } shown ? declared with { Published = shown } : declared;
        // Page order: what the rules removed outside the main content and inside it, as one list (OrderBy is stable).
        return new ReadArticle(new Article(title, byline, dateline, blocks) { Metadata = metadata }, [.. removed.OrderBy(r => r.Order).Select(r => r.Removed)], containsMarkup)
        {
            DeclaredLanguage = page.DeclaredLanguage,
            SkippedRules = page.Skipped,
        };
    }

    private static bool IsDeclaredAuthorLine(TextUnit unit, Html.HtmlPage page) =>
        unit.Text.Length <= 160
        && (unit.Role == UnitRole.Byline || page.Metadata.Authors.Any(a => BoilerplateRuleSet.Normalize(unit.Text) == BoilerplateRuleSet.Normalize(a)))
        && !TextShapes.EndsLikeASentence(unit.Text);

    private static bool ParagraphFollows(List<TextUnit> kept, int index) =>
        index + 1 < kept.Count
        && (kept[index + 1].Role == UnitRole.Paragraph || (kept[index + 1].Role == UnitRole.Line && !TextShapes.LooksLikeAHeading(kept[index + 1].Text)));

    /// <summary>"Lyon : … | Le Quotidien du Rhône" → "Lyon : …".</summary>
    private static string? SiteNameOff(string? documentTitle)
    {
        if (string.IsNullOrWhiteSpace(documentTitle))
        {
            return null;
        }

        var bar = documentTitle.LastIndexOf(" | ", StringComparison.Ordinal);
        return (bar > 0 ? documentTitle[..bar] : documentTitle).Trim();
    }
}
