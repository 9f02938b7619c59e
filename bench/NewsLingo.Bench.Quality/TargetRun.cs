namespace NewsLingo.Bench.Quality;

/// <summary>Every sentence translated into one target, what the backends billed for it, and how long it took.</summary>
/// <param name="Sentences">In the corpus order.</param>
/// <param name="CharactersBilled">Per backend, the sum of <c>usage.backends[].characters</c> over the calls.</param>
/// <param name="Requests">Per backend, the calls the server made to it.</param>
/// <param name="Calls">Translate calls the bench made.</param>
/// <param name="Failed">Texts that came back with an error instead of a translation.</param>
public sealed record TargetRun(
    string Target,
    IReadOnlyList<TranslatedSentence> Sentences,
    IReadOnlyDictionary<string, long> CharactersBilled,
    IReadOnlyDictionary<string, int> Requests,
    int CacheHits,
    int Calls,
    int Failed,
    TimeSpan Elapsed);
