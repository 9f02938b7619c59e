using NewsLingo.Core.Errors;

namespace NewsLingo.Core.Memory.Tmx;

/// <summary>The file is not a TMX NewsLingo can read (INVALID_ARGUMENT, reason TMX_INVALID, or TMX_TOO_LARGE); nothing of it was stored.</summary>
public sealed class InvalidTmxException : NewsLingoException
{
    public InvalidTmxException(string field, string message, bool tooLarge = false, Exception? innerException = null)
        : base(tooLarge ? ErrorReasonCodes.TmxTooLarge : ErrorReasonCodes.TmxInvalid, $"{message} Nothing was imported.", innerException)
    {
        Field = field;
    }

    /// <summary>The request field that held the file.</summary>
    public string Field { get; }
}
