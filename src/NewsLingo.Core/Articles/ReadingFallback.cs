namespace NewsLingo.Core.Articles;

/// <summary>
/// A stage of reading that failed on a page, and how the page was read instead: the request still
/// gets an article, the response says so (<see cref="Note"/>), and the reader's owner logs the
/// exception and counts it by stage, so a reader fault is a number operators see.
/// </summary>
/// <param name="Stage">The stage that failed.</param>
/// <param name="Instead">How the page was read instead ("the whole page through the boilerplate rules").</param>
/// <param name="Exception">What the stage threw.</param>
public sealed record ReadingFallback(ReadingStage Stage, string Instead, Exception Exception)
{
    /// <summary>The stage as metrics and notes name it ("main-content").</summary>
    public string StageName => Stage switch
    {
        ReadingStage.Parsing => "parsing",
        ReadingStage.Metadata => "metadata",
        ReadingStage.MainContent => "main-content",
        ReadingStage.BoilerplateRules => "boilerplate-rules",
        _ => "structure",
    };

    /// <summary>What the caller is told, in the usage report's notes.</summary>
    public string Note => $"Reading the page failed at {StageName} (a NewsLingo fault, logged and counted for its operators); {Instead}.";

    public override string ToString() => $"{StageName}: {Instead}: {Exception}";
}
