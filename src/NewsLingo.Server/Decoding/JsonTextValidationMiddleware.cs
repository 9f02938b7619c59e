using System.Text;
using System.Text.Json;
using System.Text.RegularExpressions;
using Google.Protobuf;
using NewsLingo.Contracts.V1;
using NewsLingo.Core.Errors;
using NewsLingo.Server.Errors;

namespace NewsLingo.Server.Decoding;

/// <summary>
/// Gives a JSON request whose text is not valid Unicode (bytes that are not UTF-8, an unpaired
/// surrogate escape) the answer a gRPC caller gets for the same text: 400 with a google.rpc.Status
/// naming each field (reason INVALID_TEXT), where JSON transcoding alone says only "Request JSON
/// payload is not correctly formatted." Clean bodies, nearly all, pass after one vectorized check.
/// </summary>
public sealed partial class JsonTextValidationMiddleware(RequestDelegate next)
{
    // A private-use character no JSON text holds, standing for each byte that is not UTF-8.
    private const char NotUtf8 = '\uF8FF';

    private static readonly JsonFormatter Formatter = new(JsonFormatter.Settings.Default.WithTypeRegistry(
        Google.Protobuf.Reflection.TypeRegistry.FromFiles(Google.Rpc.ErrorDetailsReflection.Descriptor)));

    // gRPC calls, nearly all the traffic, pass without an async frame of their own.
    public Task InvokeAsync(HttpContext context) =>
        HttpMethods.IsPost(context.Request.Method) && context.Request.ContentType?.StartsWith("application/json", StringComparison.OrdinalIgnoreCase) == true
            ? ValidateAsync(context)
            : next(context);

    private async Task ValidateAsync(HttpContext context)
    {
        context.Request.EnableBuffering();
        using var copy = new MemoryStream();
        await context.Request.Body.CopyToAsync(copy, context.RequestAborted);
        context.Request.Body.Position = 0;
        var body = copy.GetBuffer().AsMemory(0, (int)copy.Length);
        if (System.Text.Unicode.Utf8.IsValid(body.Span) && !HasSurrogateEscape(body.Span))
        {
            await next(context);
            return;
        }

        var violations = FindViolations(body.Span);
        if (violations is not { Count: > 0 })
        {
            // Not ours to judge (malformed JSON, say): transcoding answers it.
            await next(context);
            return;
        }

        var status = StatusFactory.FromException(new RequestValidationException(violations));
        context.Response.StatusCode = StatusCodes.Status400BadRequest;
        context.Response.ContentType = "application/json; charset=utf-8";
        await context.Response.WriteAsync(Formatter.Format(status), context.RequestAborted);
    }

    private static List<FieldViolation>? FindViolations(ReadOnlySpan<byte> body)
    {
        JsonDocument document;
        try
        {
            document = JsonDocument.Parse(Lenient(body));
        }
        catch (JsonException)
        {
            return null;
        }

        using (document)
        {
            var violations = new List<FieldViolation>();
            Walk(document.RootElement, string.Empty, violations);
            return violations;
        }
    }

    private static void Walk(JsonElement element, string path, List<FieldViolation> violations)
    {
        switch (element.ValueKind)
        {
            case JsonValueKind.Object:
                foreach (var property in element.EnumerateObject())
                {
                    Walk(property.Value, path.Length == 0 ? ProtoName(property.Name) : $"{path}.{ProtoName(property.Name)}", violations);
                }

                break;
            case JsonValueKind.Array:
                var index = 0;
                foreach (var item in element.EnumerateArray())
                {
                    Walk(item, $"{path}[{index++}]", violations);
                }

                break;
            case JsonValueKind.String:
                var raw = element.GetRawText();
                if (raw.Contains(NotUtf8, StringComparison.Ordinal))
                {
                    violations.Add(new FieldViolation(path, ErrorReasons.NameOf(ErrorReason.InvalidText), "The text is not valid UTF-8. Encode the request body as UTF-8."));
                }
                else if (!IsValidUtf16(raw))
                {
                    violations.Add(new FieldViolation(path, ErrorReasons.NameOf(ErrorReason.InvalidText), "The text holds an unpaired surrogate escape (\\uD800-\\uDFFF without its pair): it is not valid Unicode."));
                }

                break;
        }
    }

    /// <summary>Whether the body holds a "\\uD800"-"\\uDFFF" escape anywhere (then, and only then, the pairs are checked).</summary>
    private static bool HasSurrogateEscape(ReadOnlySpan<byte> body)
    {
        for (var at = body.IndexOf("\\u"u8); at >= 0 && at + 3 < body.Length; at = body.IndexOf("\\u"u8))
        {
            if (body[at + 2] is (byte)'d' or (byte)'D' && body[at + 3] is (byte)'8' or (byte)'9' or (>= (byte)'a' and <= (byte)'f') or (>= (byte)'A' and <= (byte)'F'))
            {
                return true;
            }

            body = body[(at + 2)..];
        }

        return false;
    }

    /// <summary>The body as text, each byte that is not UTF-8 replaced by <see cref="NotUtf8"/>.</summary>
    private static string Lenient(ReadOnlySpan<byte> body)
    {
        var text = new StringBuilder(body.Length);
        var chars = new char[Math.Max(16, body.Length)];
        while (!body.IsEmpty)
        {
            System.Text.Unicode.Utf8.ToUtf16(body, chars, out var read, out var written, replaceInvalidSequences: false);
            text.Append(chars, 0, written);
            body = body[read..];
            if (!body.IsEmpty)
            {
                text.Append(NotUtf8);
                body = body[1..];
            }
        }

        return text.ToString();
    }

    /// <summary>
    /// The raw JSON string read once, escape by escape; false when a surrogate escape has no pair (a high
    /// one not followed by a low one, or a low one alone). One pass: Python's json.dumps escapes every
    /// character outside ASCII, so a page of emoji is a string of surrogate pairs.
    /// </summary>
    internal static bool IsValidUtf16(string rawJsonString)
    {
        var pendingHigh = false;
        for (var i = 0; i < rawJsonString.Length; i++)
        {
            if (rawJsonString[i] != '\\' || i + 1 >= rawJsonString.Length)
            {
                if (pendingHigh)
                {
                    return false;
                }

                continue;
            }

            if (rawJsonString[i + 1] != 'u' || !TryReadHex(rawJsonString, i + 2, out var unit))
            {
                // Another escape (\\, \", \n…): two characters, no surrogate.
                if (pendingHigh)
                {
                    return false;
                }

                i++;
                continue;
            }

            if (char.IsHighSurrogate(unit))
            {
                if (pendingHigh)
                {
                    return false;
                }

                pendingHigh = true;
            }
            else if (char.IsLowSurrogate(unit))
            {
                if (!pendingHigh)
                {
                    return false;
                }

                pendingHigh = false;
            }
            else if (pendingHigh)
            {
                return false;
            }

            i += 5;
        }

        return !pendingHigh;
    }

    private static bool TryReadHex(string text, int from, out char unit)
    {
        unit = '\0';
        if (from + 4 > text.Length || !ushort.TryParse(text.AsSpan(from, 4), System.Globalization.NumberStyles.AllowHexSpecifier, null, out var value))
        {
            return false;
        }

        unit = (char)value;
        return true;
    }

    /// <summary>"targetLanguages" → "target_languages": the contract names fields as the protos do.</summary>
    private static string ProtoName(string jsonName) => UpperCase().Replace(jsonName, m => "_" + char.ToLowerInvariant(m.Value[0]));

    [GeneratedRegex("[A-Z]", RegexOptions.CultureInvariant)]
    private static partial Regex UpperCase();
}
