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
/// sends a chat history, honours 429 Retry-After, enforces the timeout, reads token usage and classifies
/// failures. Thread-safe and long-lived (one HttpClient for the process).
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

        // Our own HttpClient: the connector then turns off the OpenAI SDK's retries and network timeout, so the
        // 429 policy and the timeout below are the only ones (and tests can observe them).
        _httpClient = new HttpClient(new SocketsHttpHandler { PooledConnectionLifetime = TimeSpan.FromMinutes(5) })
        {
            Timeout = System.Threading.Timeout.InfiniteTimeSpan,
        };
        Kernel = BuildKernel(_options, _httpClient);
        Service = Kernel.GetRequiredService<IChatCompletionService>();
    }

    /// <summary>The kernel, whose prompt template engine renders the prompt files.</summary>
    public Kernel Kernel { get; }

    /// <summary>The connector's chat completion service.</summary>
    public IChatCompletionService Service { get; }

    /// <summary>How a retry waits; tests replace it to record the waits instead of sleeping.</summary>
    internal Func<TimeSpan, CancellationToken, Task> Delay { get; set; } = (delay, token) => Task.Delay(delay, token);

    public void Dispose() => _httpClient.Dispose();

    /// <summary>Sends <paramref name="history"/> and returns the model's answer, retrying 429s as the server asks.</summary>
    public async Task<LlmCompletion> CompleteAsync(ChatHistory history, bool json, string operation, CancellationToken cancellationToken)
    {
        var settings = new OpenAIPromptExecutionSettings
        {
            Temperature = _options.Temperature,
            MaxTokens = _options.MaxOutputTokens,
            ResponseFormat = json ? "json_object" : null,
        };

        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        timeout.CancelAfter(_options.Timeout);
        for (var attempt = 0; ; attempt++)
        {
            try
            {
                var answer = await Service.GetChatMessageContentAsync(history, settings, Kernel, timeout.Token).ConfigureAwait(false);
                var (input, output) = ReadUsage(answer.Metadata);
                return new LlmCompletion(answer.Content ?? string.Empty, input, output);
            }
            catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
            {
                throw;
            }
            catch (OperationCanceledException)
            {
                throw LlmFailures.TimedOut(operation, _options);
            }
            catch (Exception ex) when (LlmFailures.StatusOf(ex) is { } status)
            {
                var retryAfter = LlmFailures.RetryAfterOf(ex);
                LogCallFailed(_logger, operation, status, attempt + 1);
                if (status == 429 && attempt < _options.MaxRetries && (retryAfter ?? TimeSpan.Zero) <= _options.MaxRetryDelay)
                {
                    await WaitAsync(retryAfter ?? TimeSpan.FromSeconds(1 << attempt), operation, timeout.Token, cancellationToken).ConfigureAwait(false);
                    continue;
                }

                throw LlmFailures.Classify(status, retryAfter, operation, _options);
            }
            catch (Exception ex) when (ex is not BackendException && LlmFailures.IsHttpFailure(ex))
            {
                throw LlmFailures.Unreachable(operation, _options, ex);
            }
        }
    }

    private async Task WaitAsync(TimeSpan delay, string operation, CancellationToken timeoutToken, CancellationToken cancellationToken)
    {
        try
        {
            await Delay(delay, timeoutToken).ConfigureAwait(false);
        }
        catch (OperationCanceledException) when (!cancellationToken.IsCancellationRequested)
        {
            throw LlmFailures.TimedOut(operation, _options);
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

    [LoggerMessage(Level = LogLevel.Warning, Message = "LLM call {Operation} failed with HTTP {Status} (attempt {Attempt})")]
    private static partial void LogCallFailed(ILogger logger, string operation, int status, int attempt);
}
