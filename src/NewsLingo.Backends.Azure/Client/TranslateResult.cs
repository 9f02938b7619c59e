namespace NewsLingo.Backends.Azure.Client;

/// <summary>The translations of one /translate call, in input order, with the characters the service says it billed.</summary>
internal sealed record TranslateResult(IReadOnlyList<string> Texts, long? MeteredCharacters);
