using System.ComponentModel.DataAnnotations;

namespace NewsLingo.Backends.SemanticKernel;

/// <summary>
/// Settings of the LLM summarizer and translator (section <see cref="SectionName"/>).
/// <see cref="ApiKey"/> is a secret: it is never logged and never appears in exception or validation messages.
/// </summary>
public sealed class LlmOptions : IValidatableObject
{
    public const string SectionName = "NewsLingo:Llm";

    /// <summary>Which API to call. Default: <see cref="LlmProvider.OpenAI"/>.</summary>
    public LlmProvider Provider { get; set; } = LlmProvider.OpenAI;

    /// <summary>The model, e.g. "gpt-4o-mini" or "llama3.1:8b". Required for OpenAI and OpenAICompatible; informative for Azure OpenAI.</summary>
    public string? ModelId { get; set; }

    /// <summary>The Azure OpenAI deployment. Required for AzureOpenAI.</summary>
    public string? DeploymentName { get; set; }

    /// <summary>
    /// Azure OpenAI: the resource endpoint (required). OpenAI: optional override of the API base URL.
    /// OpenAICompatible: the API base URL including "/v1" (same as <see cref="BaseUrl"/>).
    /// </summary>
    public string? Endpoint { get; set; }

    /// <summary>OpenAICompatible: the API base URL including "/v1", e.g. http://localhost:11434/v1 for Ollama. Used when <see cref="Endpoint"/> is empty.</summary>
    public string? BaseUrl { get; set; }

    /// <summary>The API key. Required for OpenAI and AzureOpenAI, optional for OpenAICompatible. Secret.</summary>
    public string? ApiKey { get; set; }

    /// <summary>Sampling temperature. Default: 0.2 (faithful, little invention).</summary>
    [Range(0.0, 2.0, ErrorMessage = "NewsLingo:Llm:Temperature must be between 0 and 2.")]
    public double Temperature { get; set; } = 0.2;

    /// <summary>Most tokens one answer may hold. Default: 2048 (a 6,000-character batch translates into about 2,000 tokens).</summary>
    [Range(16, 128_000, ErrorMessage = "NewsLingo:Llm:MaxOutputTokens must be between 16 and 128000.")]
    public int MaxOutputTokens { get; set; } = 2048;

    /// <summary>
    /// Time allowed for one call: the llm backend's default timeout in NewsLingo:Resilience (a
    /// Timeouts:llm entry overrides it). Default: 60 s (LLMs are slow on long articles). Retries,
    /// 429s' Retry-After included, are NewsLingo:Resilience's.
    /// </summary>
    public TimeSpan Timeout { get; set; } = TimeSpan.FromSeconds(60);

    /// <summary>Characters per translation call. Default: 6000.</summary>
    [Range(200, 100_000, ErrorMessage = "NewsLingo:Llm:MaxCharactersPerRequest must be between 200 and 100000.")]
    public int MaxCharactersPerRequest { get; set; } = 6000;

    /// <summary>Segments per translation call. Default: 50.</summary>
    [Range(1, 500, ErrorMessage = "NewsLingo:Llm:MaxSegmentsPerRequest must be between 1 and 500.")]
    public int MaxSegmentsPerRequest { get; set; } = 50;

    /// <summary>Translation calls in flight at once for one pipeline request. Default: 4.</summary>
    [Range(1, 64, ErrorMessage = "NewsLingo:Llm:MaxConcurrentRequests must be between 1 and 64.")]
    public int MaxConcurrentRequests { get; set; } = 4;

    /// <summary>Languages the translator offers (every pair of them). Default when unset: <see cref="DefaultLanguages"/>.</summary>
    /// <remarks>Null by default because the configuration binder appends to an array it finds already filled.</remarks>
    public string[]? Languages { get; set; }

    /// <summary>The languages offered when <see cref="Languages"/> is not set: major European languages plus ar, zh-Hans, ja.</summary>
    public static IReadOnlyList<string> DefaultLanguages { get; } = ["fr", "en", "de", "es", "it", "pt", "nl", "pl", "ar", "zh-Hans", "ja"];

    internal IReadOnlyList<string> EffectiveLanguages => Languages is { Length: > 0 } ? Languages : DefaultLanguages;

    /// <summary>The endpoint the connector is given, once <see cref="Validate"/> accepted the settings (null: the vendor's default).</summary>
    internal Uri? ResolvedEndpoint
    {
        get
        {
            var value = string.IsNullOrWhiteSpace(Endpoint) ? BaseUrl : Endpoint;
            return string.IsNullOrWhiteSpace(value) ? null : new Uri(value, UriKind.Absolute);
        }
    }

    public IEnumerable<ValidationResult> Validate(ValidationContext validationContext)
    {
        if (!Enum.IsDefined(Provider))
        {
            yield return new ValidationResult($"{SectionName}:Provider must be OpenAI, AzureOpenAI or OpenAICompatible.", [nameof(Provider)]);
            yield break;
        }

        var endpointSetting = string.IsNullOrWhiteSpace(Endpoint) ? "BaseUrl" : "Endpoint";
        var endpoint = string.IsNullOrWhiteSpace(Endpoint) ? BaseUrl : Endpoint;
        switch (Provider)
        {
            case LlmProvider.OpenAI:
                if (string.IsNullOrWhiteSpace(ModelId))
                {
                    yield return new ValidationResult($"{SectionName}:ModelId is required when {SectionName}:Provider is OpenAI (e.g. gpt-4o-mini).", [nameof(ModelId)]);
                }

                if (string.IsNullOrWhiteSpace(ApiKey))
                {
                    yield return new ValidationResult($"{SectionName}:ApiKey is required when {SectionName}:Provider is OpenAI (set it from a secret store, not appsettings).", [nameof(ApiKey)]);
                }

                break;
            case LlmProvider.AzureOpenAI:
                if (string.IsNullOrWhiteSpace(DeploymentName))
                {
                    yield return new ValidationResult($"{SectionName}:DeploymentName is required when {SectionName}:Provider is AzureOpenAI.", [nameof(DeploymentName)]);
                }

                if (string.IsNullOrWhiteSpace(Endpoint))
                {
                    yield return new ValidationResult($"{SectionName}:Endpoint is required when {SectionName}:Provider is AzureOpenAI (https://<resource>.openai.azure.com).", [nameof(Endpoint)]);
                }

                if (string.IsNullOrWhiteSpace(ApiKey))
                {
                    yield return new ValidationResult($"{SectionName}:ApiKey is required when {SectionName}:Provider is AzureOpenAI (set it from a secret store, not appsettings).", [nameof(ApiKey)]);
                }

                break;
            case LlmProvider.OpenAICompatible:
                if (string.IsNullOrWhiteSpace(ModelId))
                {
                    yield return new ValidationResult($"{SectionName}:ModelId is required when {SectionName}:Provider is OpenAICompatible (e.g. llama3.1:8b for Ollama).", [nameof(ModelId)]);
                }

                if (string.IsNullOrWhiteSpace(endpoint))
                {
                    yield return new ValidationResult($"{SectionName}:BaseUrl is required when {SectionName}:Provider is OpenAICompatible (e.g. http://localhost:11434/v1 for Ollama).", [nameof(BaseUrl)]);
                }

                break;
        }

        if (!string.IsNullOrWhiteSpace(endpoint))
        {
            // Self-hosted OpenAI-compatible servers commonly run plain http inside a cluster; vendor APIs carry a key and need https (loopback excepted, for emulators).
            var httpAllowed = Provider == LlmProvider.OpenAICompatible;
            if (!Uri.TryCreate(endpoint, UriKind.Absolute, out var uri)
                || (uri.Scheme != Uri.UriSchemeHttps && !(uri.Scheme == Uri.UriSchemeHttp && (httpAllowed || uri.IsLoopback)))
                || !string.IsNullOrEmpty(uri.Query)
                || !string.IsNullOrEmpty(uri.Fragment))
            {
                // The value is an address, not a secret: safe to echo.
                yield return new ValidationResult(
                    $"{SectionName}:{endpointSetting} '{endpoint}' is not a valid endpoint: use an absolute https URL without query string (http only for OpenAICompatible servers or a loopback emulator).",
                    [endpointSetting]);
            }
        }

        if (Timeout <= TimeSpan.Zero || Timeout > TimeSpan.FromMinutes(10))
        {
            yield return new ValidationResult($"{SectionName}:Timeout must be greater than 0 and at most 00:10:00.", [nameof(Timeout)]);
        }

        if (Languages is not null && Languages.Any(l => !Core.Languages.LanguageTag.TryParse(l, out _)))
        {
            yield return new ValidationResult($"{SectionName}:Languages must list well-formed language tags (e.g. fr, en, zh-Hans).", [nameof(Languages)]);
        }
    }
}
