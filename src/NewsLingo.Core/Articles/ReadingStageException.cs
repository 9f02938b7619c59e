using NewsLingo.Core.Errors;

namespace NewsLingo.Core.Articles;

/// <summary>
/// A reader fault, tagged by <see cref="ReadingStages"/> with the stage it happened in, so the page can
/// be read the next simpler way that does not use that stage. A domain refusal (<see cref="NewsLingoException"/>, such as a
/// page too complex to read) is the caller's answer and is never wrapped.
/// </summary>
internal sealed class ReadingStageException(ReadingStage stage, Exception fault)
    : Exception($"Reading the page failed at {stage}.", fault)
{
    public ReadingStage Stage { get; } = stage;

    public Exception Fault => InnerException!;

    /// <summary>What the safety net catches: anything but a domain refusal, a fault already tagged, or the process running out of memory.</summary>
    public static bool IsFault(Exception exception) =>
        exception is not (NewsLingoException or ReadingStageException or OutOfMemoryException);
}
