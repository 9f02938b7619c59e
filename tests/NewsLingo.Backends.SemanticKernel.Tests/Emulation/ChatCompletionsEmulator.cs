using System.Collections.Concurrent;
using System.Text.Json;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.Logging;

using NewsLingo.Testing;

namespace NewsLingo.Backends.SemanticKernel.Tests.Emulation;

/// <summary>
/// A local emulation of the OpenAI chat completions API (POST /v1/chat/completions, JSON and SSE streaming) on
/// 127.0.0.1 with a dynamic port: bearer-key check with OpenAI's 401 body (which echoes the key, as the real
/// one echoes part of it), the chat.completion and chat.completion.chunk shapes with usage, and scripted
/// answers or failures taken in order. It records every request so tests can assert on prompts and settings.
/// </summary>
public sealed class ChatCompletionsEmulator : IAsyncDisposable
{
    public const string ValidKey = "sk-emulator-3f9a1c7d5e2b";

    private readonly ConcurrentQueue<ScriptedReply> _script = new();
    private readonly ConcurrentQueue<ReceivedChatRequest> _requests = new();
    private WebApplication _app = null!;

    private ChatCompletionsEmulator()
    {
    }

    /// <summary>The API base URL, ".../v1", as OpenAI-compatible clients take it.</summary>
    public Uri BaseUrl { get; private set; } = null!;

    public IReadOnlyList<ReceivedChatRequest> Requests => [.. _requests];

    public int PendingReplies => _script.Count;

    /// <summary>False to accept any key, as Ollama and most self-hosted servers do.</summary>
    public bool RequireKey { get; set; } = true;

    public static async Task<ChatCompletionsEmulator> StartAsync()
    {
        var emulator = new ChatCompletionsEmulator();
        (emulator._app, var address) = await LoopbackApp.StartAsync(app =>
        {
            app.MapPost("/v1/chat/completions", emulator.HandleAsync);

            // Azure OpenAI's route for the same operation: deployment in the path, api-version in the query, key in "api-key".
            app.MapPost("/openai/deployments/{deployment}/chat/completions", emulator.HandleAsync);
        });
        emulator.BaseUrl = new Uri(address.AbsoluteUri.TrimEnd('/') + "/v1");
        return emulator;
    }

    public void Script(params ScriptedReply[] replies)
    {
        foreach (var reply in replies)
        {
            _script.Enqueue(reply);
        }
    }

    public async ValueTask DisposeAsync()
    {
        await _app.StopAsync();
        await _app.DisposeAsync();
    }

    private async Task HandleAsync(HttpContext context)
    {
        var body = (await JsonNode.ParseAsync(context.Request.Body))!.AsObject();
        var authorization = context.Request.Headers.Authorization.ToString();
        if (authorization.Length == 0 && context.Request.Headers.TryGetValue("api-key", out var azureKey))
        {
            authorization = azureKey.ToString();
        }

        var request = new ReceivedChatRequest(
            context.Request.Path + context.Request.QueryString,
            authorization,
            body["model"]?.GetValue<string>() ?? string.Empty,
            body["messages"]!.AsArray().Select(m => new ChatMessage(m!["role"]!.GetValue<string>(), FlattenContent(m["content"]))).ToList(),
            body["response_format"]?["type"]?.GetValue<string>(),
            body["stream"]?.GetValue<bool>() ?? false,
            body);
        _requests.Enqueue(request);

        var presentedKey = authorization.StartsWith("Bearer ", StringComparison.Ordinal) ? authorization["Bearer ".Length..] : authorization;
        if (RequireKey && presentedKey != ValidKey)
        {
            await WriteErrorAsync(context, 401, $"Incorrect API key provided: {presentedKey}. You can find your API key at https://platform.openai.com/account/api-keys.", "invalid_api_key");
            return;
        }

        if (!_script.TryDequeue(out var reply))
        {
            await WriteErrorAsync(context, 500, "The emulator has no scripted answer left for this request.", "emulator_script_exhausted");
            return;
        }

        if (reply.Delay > TimeSpan.Zero)
        {
            await Task.Delay(reply.Delay, context.RequestAborted);
        }

        foreach (var (name, value) in reply.Headers ?? new Dictionary<string, string>())
        {
            context.Response.Headers[name] = value;
        }

        if (reply.Status != 200 || reply.Content is null)
        {
            var (code, message) = reply.Status switch
            {
                429 => ("rate_limit_exceeded", "Rate limit reached for requests."),
                _ => ("server_error", "The server had an error while processing your request."),
            };
            await WriteErrorAsync(context, reply.Status, message, code);
            return;
        }

        var content = reply.Content(request);
        var usage = new JsonObject
        {
            ["prompt_tokens"] = reply.PromptTokens,
            ["completion_tokens"] = reply.CompletionTokens,
            ["total_tokens"] = reply.PromptTokens + reply.CompletionTokens,
        };
        if (request.Stream)
        {
            await WriteStreamAsync(context, request, content, usage);
            return;
        }

        var completion = new JsonObject
        {
            ["id"] = $"chatcmpl-emu-{_requests.Count}",
            ["object"] = "chat.completion",
            ["created"] = 1_732_500_000,
            ["model"] = request.Model,
            ["choices"] = new JsonArray(new JsonObject
            {
                ["index"] = 0,
                ["message"] = new JsonObject { ["role"] = "assistant", ["content"] = content },
                ["logprobs"] = null,
                ["finish_reason"] = "stop",
            }),
            ["usage"] = usage,
        };
        context.Response.ContentType = "application/json";
        await context.Response.WriteAsync(completion.ToJsonString());
    }

    /// <summary>Server-sent events as OpenAI sends them: role, content pieces, finish, usage (when asked), [DONE].</summary>
    private async Task WriteStreamAsync(HttpContext context, ReceivedChatRequest request, string content, JsonObject usage)
    {
        context.Response.ContentType = "text/event-stream";
        var pieces = new List<string>();
        for (var i = 0; i < content.Length; i += 7)
        {
            pieces.Add(content.Substring(i, Math.Min(7, content.Length - i)));
        }

        var first = true;
        foreach (var piece in pieces)
        {
            var delta = new JsonObject { ["content"] = piece };
            if (first)
            {
                delta["role"] = "assistant";
                first = false;
            }

            await WriteEventAsync(context, Chunk(request, new JsonArray(new JsonObject { ["index"] = 0, ["delta"] = delta, ["finish_reason"] = null })));
        }

        await WriteEventAsync(context, Chunk(request, new JsonArray(new JsonObject { ["index"] = 0, ["delta"] = new JsonObject(), ["finish_reason"] = "stop" })));
        if (request.Body["stream_options"]?["include_usage"]?.GetValue<bool>() == true)
        {
            var last = Chunk(request, []);
            last["usage"] = usage;
            await WriteEventAsync(context, last);
        }

        await context.Response.WriteAsync("data: [DONE]\n\n");
    }

    private static JsonObject Chunk(ReceivedChatRequest request, JsonArray choices) => new()
    {
        ["id"] = "chatcmpl-emu-stream",
        ["object"] = "chat.completion.chunk",
        ["created"] = 1_732_500_000,
        ["model"] = request.Model,
        ["choices"] = choices,
    };

    private static async Task WriteEventAsync(HttpContext context, JsonObject chunk)
    {
        await context.Response.WriteAsync($"data: {chunk.ToJsonString()}\n\n");
        await context.Response.Body.FlushAsync();
    }

    private static async Task WriteErrorAsync(HttpContext context, int status, string message, string code)
    {
        context.Response.StatusCode = status;
        context.Response.ContentType = "application/json";
        var error = new JsonObject
        {
            ["error"] = new JsonObject { ["message"] = message, ["type"] = status == 401 ? "invalid_request_error" : "server_error", ["param"] = null, ["code"] = code },
        };
        await context.Response.WriteAsync(error.ToJsonString());
    }

    private static string FlattenContent(JsonNode? content) => content switch
    {
        null => string.Empty,
        JsonArray parts => string.Concat(parts.Select(p => p?["text"]?.GetValue<string>() ?? string.Empty)),
        _ when content.GetValueKind() == JsonValueKind.String => content.GetValue<string>(),
        _ => content.ToJsonString(),
    };
}
