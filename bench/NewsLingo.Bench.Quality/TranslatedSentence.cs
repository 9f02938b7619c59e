namespace NewsLingo.Bench.Quality;

/// <summary>One FLORES sentence as the server returned it, with the backend that served its batch.</summary>
/// <param name="Text">Empty when the server reported an error for this text (scored as an empty line).</param>
public sealed record TranslatedSentence(int Index, string Text, string Backend);
