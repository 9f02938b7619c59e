namespace NewsLingo.Core.Articles;

/// <summary>
/// Runs the stages of reading a page: a fault in a stage comes out as a <see cref="ReadingStageException"/>
/// naming it, so the page can be read the next simpler way. Tests inject a fault at a stage through
/// <c>faults</c> (called before each stage runs) to check that every way still gives an article.
/// </summary>
internal sealed class ReadingStages(Action<ReadingStage>? faults = null)
{
    public static ReadingStages Unfaulted { get; } = new();

    public T Run<T>(ReadingStage stage, Func<T> read)
    {
        try
        {
            faults?.Invoke(stage);
            return read();
        }
        catch (Exception fault) when (ReadingStageException.IsFault(fault))
        {
            throw new ReadingStageException(stage, fault);
        }
    }
}
