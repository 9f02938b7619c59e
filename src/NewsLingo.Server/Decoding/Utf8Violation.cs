namespace NewsLingo.Server.Decoding;

/// <summary>A string field of a request whose bytes are not UTF-8.</summary>
/// <param name="Field">The field path, proto names and indexes ("texts[2]", "article.html").</param>
/// <param name="Offset">Where in the field's bytes the first invalid sequence starts.</param>
/// <param name="Byte">The first byte of that sequence.</param>
public sealed record Utf8Violation(string Field, int Offset, byte Byte);
