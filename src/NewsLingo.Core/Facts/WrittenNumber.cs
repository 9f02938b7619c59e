namespace NewsLingo.Core.Facts;

/// <summary>The number inside a fact, as written: where, with how many decimals, and read by which locale.</summary>
/// <param name="Start">Where the digits start in the text.</param>
/// <param name="Text">The digits and separators as written ("2,3", "3 000").</param>
/// <param name="Value">Its value, before any scale word.</param>
/// <param name="Decimals">Digits after the decimal separator.</param>
/// <param name="NativeFormat">True when the text's own language reads it so; false when only another language's format does ("2,3" in English).</param>
public sealed record WrittenNumber(int Start, string Text, decimal Value, int Decimals, bool NativeFormat);
