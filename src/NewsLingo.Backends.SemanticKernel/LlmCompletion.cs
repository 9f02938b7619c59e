namespace NewsLingo.Backends.SemanticKernel;

/// <summary>One answer of the model, with the tokens the call consumed (0 when the server did not say).</summary>
internal sealed record LlmCompletion(string Text, long InputTokens, long OutputTokens);
