using System.Text;
using Google.Protobuf;

namespace NewsLingo.Bench.InputSize;

/// <summary>
/// A request as Python's json.dumps writes it (ensure_ascii, its default): every character outside
/// ASCII as \uXXXX, a character outside the BMP as its surrogate pair ("\ud83d\ude00"). The most common
/// JSON client, and the shape that made the server's JSON validation quadratic.
/// </summary>
internal static class PythonJson
{
    private static readonly JsonFormatter Formatter = new(JsonFormatter.Settings.Default.WithFormatDefaultValues(false));

    public static string Write(IMessage message)
    {
        var json = Formatter.Format(message);
        var escaped = new StringBuilder(json.Length + (json.Length / 4));
        foreach (var c in json)
        {
            if (c < 0x80)
            {
                escaped.Append(c);
            }
            else
            {
                escaped.Append("\\u").Append(((int)c).ToString("x4"));
            }
        }

        return escaped.ToString();
    }
}
