using NewsLingo.Core.Errors;

namespace NewsLingo.Core.Memory.Tmx;

/// <summary>The memory's TMX would not fit in one response (RESOURCE_EXHAUSTED, reason TMX_TOO_LARGE): the streaming export has no such limit.</summary>
public sealed class TmxTooLargeForResponseException : NewsLingoException
{
    public TmxTooLargeForResponseException(int maxBytes)
        : base(ErrorReasonCodes.TmxTooLarge, $"The memory's TMX file is larger than one response may be ({maxBytes} bytes, NewsLingo:Grpc:MaxSendMessageBytes); export it with StreamExportTmx (newslingo memory export does).")
    {
        Details["limit"] = maxBytes.ToString(System.Globalization.CultureInfo.InvariantCulture);
    }
}
