namespace NewsLingo.Backends.SemanticKernel;

/// <summary>Which chat completion API the LLM backend talks to.</summary>
public enum LlmProvider
{
    /// <summary>api.openai.com (or <see cref="LlmOptions.Endpoint"/> when set), by <see cref="LlmOptions.ModelId"/>.</summary>
    OpenAI = 0,

    /// <summary>An Azure OpenAI resource (<see cref="LlmOptions.Endpoint"/>) and deployment (<see cref="LlmOptions.DeploymentName"/>).</summary>
    AzureOpenAI = 1,

    /// <summary>
    /// Any server speaking the OpenAI chat completions API at <see cref="LlmOptions.BaseUrl"/>: Ollama
    /// (http://host:11434/v1), vLLM, llama.cpp server, LM Studio. The API key is optional.
    /// </summary>
    OpenAICompatible = 2,
}
