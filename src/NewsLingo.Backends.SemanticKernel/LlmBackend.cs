namespace NewsLingo.Backends.SemanticKernel;

/// <summary>The name the LLM translator and summarizer are registered and configured under ("llm").</summary>
public static class LlmBackend
{
    public const string Name = "llm";
}
