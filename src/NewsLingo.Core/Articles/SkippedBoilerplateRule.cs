namespace NewsLingo.Core.Articles;

/// <summary>
/// A boilerplate rule that matched but was not applied because it would have deleted the article:
/// its match held the detected main content, or most of its text.
/// </summary>
/// <param name="Rule">The rule's name ("advertisement").</param>
/// <param name="Selector">The CSS selector that matched (<c>[id^=ad-]</c>).</param>
/// <param name="Characters">Characters of text the match held.</param>
public sealed record SkippedBoilerplateRule(string Rule, string Selector, int Characters);
