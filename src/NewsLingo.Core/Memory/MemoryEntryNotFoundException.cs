using NewsLingo.Core.Errors;

namespace NewsLingo.Core.Memory;

/// <summary>No entry of the caller's scope has that id (NOT_FOUND): never found, or deleted already.</summary>
public sealed class MemoryEntryNotFoundException : NewsLingoException
{
    public MemoryEntryNotFoundException(string id)
        : base(ErrorReasonCodes.MemoryEntryNotFound, $"The translation memory has no entry '{Shorten(id)}' in your scope: it was deleted already, or belongs to another scope. List entries with ListEntries.")
    {
        Details["id"] = Shorten(id);
    }

    private static string Shorten(string id) => id.Length <= 80 ? id : id[..80] + "…";
}
