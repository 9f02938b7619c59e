namespace NewsLingo.Core.Memory;

/// <summary>Ids of new entries: version-7 GUIDs (time-ordered, unguessable enough, no coordination between instances).</summary>
public static class MemoryIds
{
    /// <summary>The longest id kept from a TMX tuid; a longer one gets a new id.</summary>
    public const int MaxLength = 100;

    public static string New() => Guid.CreateVersion7().ToString("N");

    /// <summary>True for an id a caller or a file may give: 1 to <see cref="MaxLength"/> printable characters, no white space.</summary>
    public static bool IsValid(string? id) =>
        !string.IsNullOrEmpty(id) && id.Length <= MaxLength && id.All(c => !char.IsWhiteSpace(c) && !char.IsControl(c));
}
