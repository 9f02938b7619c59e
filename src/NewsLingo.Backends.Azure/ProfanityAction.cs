namespace NewsLingo.Backends.Azure;

/// <summary>What Translator does with profanity in the output (its profanityAction parameter).</summary>
public enum ProfanityAction
{
    /// <summary>Profanity is translated like any other word (the service default).</summary>
    NoAction = 0,

    /// <summary>Profanity is replaced by a marker, see <see cref="ProfanityMarker"/>.</summary>
    Marked = 1,

    /// <summary>Profanity is removed from the output.</summary>
    Deleted = 2,
}
