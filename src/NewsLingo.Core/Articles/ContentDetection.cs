namespace NewsLingo.Core.Articles;

/// <summary>How an HTML page's main content is found (<see cref="ArticleReaderOptions.ContentDetection"/>).</summary>
public enum ContentDetection
{
    /// <summary>NewsLingo's own content scoring, measured once per page; SmartReader when it finds no article.</summary>
    Scored,

    /// <summary>SmartReader (Mozilla Readability's port to .NET) alone, as before the scorer existed.</summary>
    SmartReader,
}
