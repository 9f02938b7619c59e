using System.Diagnostics.CodeAnalysis;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using Microsoft.SemanticKernel;
using Microsoft.SemanticKernel.ChatCompletion;
using Microsoft.SemanticKernel.Connectors.OpenAI;
using NewsLingo.Core.Errors;
using OpenAI.Chat;

namespace NewsLingo.Backends.SemanticKernel;

/// <summary>
/// The one place the Semantic Kernel connectors appear: builds the kernel for the configured provider,
/// sends a chat history once, reads token usage and classifies failures (a 429 with its Retry-After).
/// Retries and the timeout are the resilience pipeline's. Thread-safe and long-lived (one HttpClient).
/// </summary>
internal sealed partial class LlmChat : IDisposable
{
    private readonly LlmOptions _options;
    private readonly HttpClient _httpClient;
    private readonly ILogger<LlmChat> _logger;

    public LlmChat(IOptions<LlmOptions> options, ILogger<LlmChat>? logger = null)
    {
        _options = options.Value;
        _logger = logger ?? NullLogger<LlmChat>.Instance;

        // Our own HttpClient: the connector then turns off the OpenAI SDK's retries and network timeout, so
        // NewsLingo's resilience pipeline owns both (the emulator tests count the requests).
        _httpClient = new HttpClient(new SocketsHttpHandler { PooledConnectionLifetime = TimeSpan.FromMinutes(5) })
        {
            Timeout = System.Threading.Timeout.InfiniteTimeSpan,
        };
        Kernel = BuildKernel(_options, _httpClient);
        Service = Kernel.GetRequiredService<IChatCompletionService>();
    }

    /// <summary>How long one call may take unless NewsLingo:Resilience says otherwise: the llm backends' declared default.</summary>
    public TimeSpan Timeout => _options.Timeout;

    /// <summary>The kernel, whose prompt template engine renders the prompt files.</summary>
    public Kernel Kernel { get; }

    /// <summary>The connector's chat completion service.</summary>
    public IChatCompletionService Service { get; }

    public void Dispose() => _httpClient.Dispose();

    /// <summary>
    /// Sends <paramref name="history"/> once and returns the model's answer. A 429 comes out as
    /// RateLimited with the server's Retry-After: waiting and retrying is the resilience pipeline's
    /// job, as is the timeout (this backend declares <see cref="LlmOptions.Timeout"/> as its default).
    /// </summary>
    public async Task<LlmCompletion> CompleteAsync(ChatHistory history, bool json, string operation, CancellationToken cancellationToken)
    {
        var settings = new OpenAIPromptExecutionSettings
        {
            Temperature = _options.Temperature,
            MaxTokens = _options.MaxOutputTokens,
            ResponseFormat = json ? "json_object" : null,
        };

        try
        {
            var answer = await Service.GetChatMessageContentAsync(history, settings, Kernel, cancellationToken).ConfigureAwait(false);
            var (input, output) = ReadUsage(answer.Metadata);
            return new LlmCompletion(answer.Content ?? string.Empty, input, output);
        }
        catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
        {
            throw;
        }
        catch (Exception ex) when (LlmFailures.StatusOf(ex) is { } status)
        {
            LogCallFailed(_logger, operation, status);
            throw LlmFailures.Classify(status, LlmFailures.RetryAfterOf(ex), operation, _options);
        }
        catch (Exception ex) when (ex is not BackendException && LlmFailures.IsHttpFailure(ex))
        {
            throw LlmFailures.Unreachable(operation, _options, ex);
        }
    }

    private static (long Input, long Output) ReadUsage(IReadOnlyDictionary<string, object?>? metadata)
    {
        // The OpenAI and Azure OpenAI connectors both put the SDK's ChatTokenUsage under "Usage".
        if (metadata is not null && metadata.TryGetValue("Usage", out var usage) && usage is ChatTokenUsage tokens)
        {
            return (tokens.InputTokenCount, tokens.OutputTokenCount);
        }

        return (0, 0);
    }

    [SuppressMessage("Reliability", "CA2000", Justification = "The kernel does not own the HttpClient; LlmChat disposes it.")]
    private static Kernel BuildKernel(LlmOptions options, HttpClient httpClient)
    {
        var builder = Kernel.CreateBuilder();
        switch (options.Provider)
        {
            case LlmProvider.AzureOpenAI:
                builder.AddAzureOpenAIChatCompletion(
                    deploymentName: options.DeploymentName!,
                    endpoint: options.Endpoint!,
                    apiKey: options.ApiKey!,
                    modelId: options.ModelId,
                    httpClient: httpClient);
                break;
            default:
                var endpoint = options.ResolvedEndpoint;
                if (endpoint is null)
                {
                    builder.AddOpenAIChatCompletion(options.ModelId!, options.ApiKey!, httpClient: httpClient);
                }
                else
                {
                    // Servers such as Ollama ignore the key, but the OpenAI SDK refuses an empty one.
#pragma warning disable SKEXP0010 // The custom-endpoint overload is marked experimental; it is how OpenAI-compatible servers and the test emulator are reached.
                    builder.AddOpenAIChatCompletion(
                        options.ModelId!,
                        endpoint,
                        string.IsNullOrEmpty(options.ApiKey) ? "not-needed" : options.ApiKey,
                        httpClient: httpClient);
#pragma warning restore SKEXP0010
                }

                break;
        }

        return builder.Build();
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "LLM call {Operation} failed with HTTP {Status}")]
    private static partial void LogCallFailed(ILogger logger, string operation, int status);
}
