namespace NewsLingo.Core.Memory;

/// <summary>
/// Told when entries change, after the store committed them: the hook a translation cache uses to
/// drop what it holds for a corrected segment, so a correction always wins over a cached answer.
/// A failing observer is logged and does not undo the change.
/// </summary>
public interface ITranslationMemoryObserver
{
    ValueTask OnChangedAsync(MemoryChange change, CancellationToken cancellationToken);
}
