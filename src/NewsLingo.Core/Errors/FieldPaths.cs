using System.Collections.Concurrent;

namespace NewsLingo.Core.Errors;

/// <summary>
/// Paths of repeated fields ("texts[3]") as errors name them. They are passed along on every call in
/// case a violation needs them, so the common ones are made once per field instead of per request.
/// </summary>
public static class FieldPaths
{
    private const int Remembered = 32;

    // Keyed by field name: the names are the contract's, a handful of constants.
    private static readonly ConcurrentDictionary<string, string[]> Paths = new(StringComparer.Ordinal);

    public static string Indexed(string field, int index) =>
        index < Remembered
            ? Paths.GetOrAdd(field, static name => [.. Enumerable.Range(0, Remembered).Select(i => $"{name}[{i}]")])[index]
            : $"{field}[{index}]";
}
