namespace NewsLingo.Testing.Fuzzing;

/// <summary>What a <see cref="PageMutation"/> does to a page: the ways scrapers, proxies and broken CMSs mangle real pages.</summary>
public enum MutationKind
{
    /// <summary>The page stops at a UTF-8 byte, as a download that ends early (inside a script, a comment, an attribute, a character).</summary>
    CutAtByte,

    /// <summary>A run of consecutive tags removed, start and end tags alike.</summary>
    RemoveTagRun,

    /// <summary>Some share of the closing tags removed.</summary>
    RemoveClosingTags,

    /// <summary>The body's content written twice (a CMS that renders its template twice), or the whole document twice.</summary>
    DuplicateBody,

    /// <summary>The page's class and id values shuffled among its elements, so hints point anywhere.</summary>
    ShuffleClassesAndIds,

    /// <summary>Junk inserted at a point: stray comment and CDATA marks, entities for surrogates and out-of-range code points, controls, stray structure tags.</summary>
    InsertJunk,

    /// <summary>An element with a huge attribute value inserted.</summary>
    HugeAttribute,
}
