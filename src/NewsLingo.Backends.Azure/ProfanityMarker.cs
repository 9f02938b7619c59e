namespace NewsLingo.Backends.Azure;

/// <summary>How marked profanity looks (Translator's profanityMarker parameter); used only with <see cref="ProfanityAction.Marked"/>.</summary>
public enum ProfanityMarker
{
    /// <summary>Replaced by asterisks.</summary>
    Asterisk = 0,

    /// <summary>Wrapped in a &lt;profanity&gt; tag.</summary>
    Tag = 1,
}
