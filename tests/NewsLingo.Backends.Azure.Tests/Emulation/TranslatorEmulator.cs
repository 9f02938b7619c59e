using System.Collections.Concurrent;
using System.Globalization;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.Logging;

using NewsLingo.Testing;

namespace NewsLingo.Backends.Azure.Tests.Emulation;

/// <summary>
/// A local emulation of the Translator v3 REST API on 127.0.0.1 (dynamic port): same routes, query
/// parameters, headers, JSON shapes, documented limits and error codes as the real service. Translation
/// is a deterministic mark ("[es] " before every text run, markup kept); detection is a tiny word-count
/// heuristic. It records every request and can inject 429 (with Retry-After), 500 and slow answers.
/// </summary>
public sealed partial class TranslatorEmulator : IAsyncDisposable
{
    public const string ValidKey = "emulator-key-7c1e94d2a0b3";
    public const string ValidRegion = "westeurope";

    // Documented limits of Translator v3 (service-limits page): /translate 1,000 elements and 50,000
    // characters across all targets; /detect 100 elements and 50,000 characters.
    public const int TranslateMaxElements = 1_000;
    public const int DetectMaxElements = 100;
    public const int MaxRequestCharacters = 50_000;

    public static readonly IReadOnlyDictionary<string, string> Languages = new Dictionary<string, string>
    {
        ["ar"] = "Arabic",
        ["de"] = "German",
        ["en"] = "English",
        ["es"] = "Spanish",
        ["fr"] = "French",
        ["fr-CA"] = "French (Canada)",
        ["it"] = "Italian",
        ["pt"] = "Portuguese (Brazil)",
        ["pt-PT"] = "Portuguese (Portugal)",
        ["sr-Latn"] = "Serbian (Latin)",
        ["zh-Hans"] = "Chinese Simplified",
    };

    private readonly ConcurrentQueue<EmulatedFault> _faults = new();
    private readonly ConcurrentQueue<ReceivedRequest> _requests = new();
    private WebApplication _app = null!;
    private int _abortedRequests;

    private TranslatorEmulator()
    {
    }

    public Uri Endpoint { get; private set; } = null!;

    /// <summary>When set, 401 messages quote the key received, to prove the client scrubs it.</summary>
    public bool EchoKeyInErrors { get; set; }

    public IReadOnlyList<ReceivedRequest> Requests => [.. _requests];

    /// <summary>Requests whose client went away while the emulator was still answering.</summary>
    public int AbortedRequests => Volatile.Read(ref _abortedRequests);

    /// <summary>Completes when the next request arrives (reset by the test as it needs).</summary>
    public TaskCompletionSource RequestArrived { get; set; } = new(TaskCreationOptions.RunContinuationsAsynchronously);

    /// <summary>Completes when a slow answer sees its client give up.</summary>
    public TaskCompletionSource RequestAborted { get; } = new(TaskCreationOptions.RunContinuationsAsynchronously);

    public IReadOnlyList<ReceivedRequest> RequestsTo(string path) => Requests.Where(r => r.Path == path).ToList();

    public void Inject(params EmulatedFault[] faults)
    {
        foreach (var fault in faults)
        {
            _faults.Enqueue(fault);
        }
    }

    public static async Task<TranslatorEmulator> StartAsync()
    {
        var emulator = new TranslatorEmulator();
        (emulator._app, emulator.Endpoint) = await LoopbackApp.StartAsync(app => app.Run(emulator.HandleAsync));
        return emulator;
    }

    public async ValueTask DisposeAsync()
    {
        await _app.StopAsync();
        await _app.DisposeAsync();
    }

    private async Task HandleAsync(HttpContext context)
    {
        var request = context.Request;
        using var reader = new StreamReader(request.Body, Encoding.UTF8);
        var body = await reader.ReadToEndAsync(context.RequestAborted);
        _requests.Enqueue(new ReceivedRequest(
            request.Method,
            request.Path.Value ?? string.Empty,
            request.Query.ToDictionary(q => q.Key, q => q.Value.Select(v => v ?? string.Empty).ToArray(), StringComparer.OrdinalIgnoreCase),
            request.Headers.ToDictionary(h => h.Key, h => h.Value.ToString(), StringComparer.OrdinalIgnoreCase),
            body));
        RequestArrived.TrySetResult();

        // The service answers every request, failed ones included, with the id its support looks up.
        context.Response.Headers["X-RequestId"] = Guid.NewGuid().ToString("N");
        if (_faults.TryDequeue(out var fault))
        {
            if (fault.Delay > TimeSpan.Zero)
            {
                try
                {
                    await Task.Delay(fault.Delay, context.RequestAborted);
                }
                catch (OperationCanceledException)
                {
                    Interlocked.Increment(ref _abortedRequests);
                    RequestAborted.TrySetResult();
                    return;
                }
            }

            if (fault.Status == 429)
            {
                context.Response.Headers[fault.RetryAfterHeader!] = fault.RetryAfterValue;
                await ErrorAsync(context, 429, 429001, "The server rejected the request because the client has exceeded request limits.");
                return;
            }

            if (fault.Status >= 500)
            {
                await ErrorAsync(context, fault.Status, 500000, "An unexpected error occurred.");
                return;
            }

            if (fault.Status == 403)
            {
                await ErrorAsync(context, 403, fault.ErrorCode ?? 403000, fault.ErrorCode == 403001
                    ? "The operation isn't allowed because the subscription has exceeded its free quota."
                    : "The operation isn't allowed.");
                return;
            }
        }

        if (request.Query["api-version"] != "3.0")
        {
            await ErrorAsync(context, 400, 400021, "The API version parameter is missing or invalid.");
            return;
        }

        switch (request.Method, request.Path.Value)
        {
            case ("GET", "/languages"):
                // Like the real service, the language list needs no credentials.
                await LanguagesAsync(context);
                return;
            case ("POST", "/translate"):
                if (await AuthorizedAsync(context))
                {
                    await TranslateAsync(context, body);
                }

                return;
            case ("POST", "/detect"):
                if (await AuthorizedAsync(context))
                {
                    await DetectAsync(context, body);
                }

                return;
            default:
                await ErrorAsync(context, 404, 404001, "The requested resource was not found.");
                return;
        }
    }

    private async Task<bool> AuthorizedAsync(HttpContext context)
    {
        var key = context.Request.Headers["Ocp-Apim-Subscription-Key"].ToString();
        var region = context.Request.Headers["Ocp-Apim-Subscription-Region"].ToString();
        if (key == ValidKey && region == ValidRegion)
        {
            return true;
        }

        var message = "The request is not authorized because credentials are missing or invalid.";
        if (EchoKeyInErrors)
        {
            message += $" Key '{key}' is not valid for region '{region}'.";
        }

        await ErrorAsync(context, 401, 401000, message);
        return false;
    }

    private static async Task LanguagesAsync(HttpContext context)
    {
        var translation = new JsonObject();
        foreach (var (code, name) in Languages)
        {
            translation[code] = new JsonObject { ["name"] = name, ["nativeName"] = name, ["dir"] = code == "ar" ? "rtl" : "ltr" };
        }

        await JsonAsync(context, new JsonObject { ["translation"] = translation });
    }

    private static async Task TranslateAsync(HttpContext context, string body)
    {
        var query = context.Request.Query;
        var targets = query["to"].Select(t => t ?? string.Empty).ToList();
        if (targets.Count == 0 || targets.Any(t => !Languages.ContainsKey(t)))
        {
            await ErrorAsync(context, 400, 400036, "The target language is not valid.");
            return;
        }

        var from = query["from"].ToString();
        if (from.Length > 0 && !Languages.ContainsKey(from))
        {
            await ErrorAsync(context, 400, 400035, "The source language is not valid.");
            return;
        }

        var textType = query["textType"].ToString();
        if (textType.Length > 0 && textType is not ("plain" or "html"))
        {
            await ErrorAsync(context, 400, 400071, "The value is not valid for TextType.");
            return;
        }

        var texts = await ReadTextsAsync(context, body, TranslateMaxElements);
        if (texts is null)
        {
            return;
        }

        var charged = texts.Sum(t => (long)t.Length) * targets.Count;
        if (charged > MaxRequestCharacters)
        {
            await ErrorAsync(context, 400, 400077, "The maximum request size has been exceeded.");
            return;
        }

        var answer = new JsonArray();
        foreach (var text in texts)
        {
            var translations = new JsonArray();
            foreach (var to in targets)
            {
                translations.Add(new JsonObject { ["text"] = Mark(text, from, to, textType == "html"), ["to"] = to });
            }

            var item = new JsonObject { ["translations"] = translations };
            if (from.Length == 0)
            {
                var (language, score, _) = Guess(text);
                item["detectedLanguage"] = new JsonObject { ["language"] = language, ["score"] = score };
            }

            answer.Add(item);
        }

        context.Response.Headers["X-Metered-Usage"] = charged.ToString(CultureInfo.InvariantCulture);
        context.Response.Headers["X-MT-System"] = "Microsoft";
        await JsonAsync(context, answer);
    }

    private static async Task DetectAsync(HttpContext context, string body)
    {
        var texts = await ReadTextsAsync(context, body, DetectMaxElements);
        if (texts is null)
        {
            return;
        }

        if (texts.Sum(t => (long)t.Length) > MaxRequestCharacters)
        {
            await ErrorAsync(context, 400, 400077, "The maximum request size has been exceeded.");
            return;
        }

        var answer = new JsonArray();
        foreach (var text in texts)
        {
            var (language, score, runnerUp) = Guess(text);
            var item = new JsonObject
            {
                ["language"] = language,
                ["score"] = score,
                ["isTranslationSupported"] = Languages.ContainsKey(language),
                ["isTransliterationSupported"] = false,
            };
            if (runnerUp is not null)
            {
                item["alternatives"] = new JsonArray(new JsonObject
                {
                    ["language"] = runnerUp.Value.Language,
                    ["score"] = runnerUp.Value.Score,
                    ["isTranslationSupported"] = true,
                    ["isTransliterationSupported"] = false,
                });
            }

            answer.Add(item);
        }

        await JsonAsync(context, answer);
    }

    /// <summary>Reads [{"Text": "..."}] and enforces the element limits; null once it has answered an error.</summary>
    private static async Task<List<string>?> ReadTextsAsync(HttpContext context, string body, int maxElements)
    {
        JsonArray? array;
        try
        {
            array = JsonNode.Parse(body) as JsonArray;
        }
        catch (JsonException)
        {
            array = null;
        }

        if (array is null)
        {
            await ErrorAsync(context, 400, 400074, "The body of the request is not valid JSON.");
            return null;
        }

        if (array.Count > maxElements)
        {
            await ErrorAsync(context, 400, 400072, "The array of input text has too many elements.");
            return null;
        }

        var texts = new List<string>(array.Count);
        foreach (var element in array)
        {
            // The service reads the property name case-insensitively.
            var text = (element as JsonObject)?.FirstOrDefault(p => string.Equals(p.Key, "text", StringComparison.OrdinalIgnoreCase)).Value?.GetValue<string>();
            if (text is null)
            {
                await ErrorAsync(context, 400, 400005, "An input text is missing or invalid.");
                return null;
            }

            if (text.Length > MaxRequestCharacters)
            {
                await ErrorAsync(context, 400, 400050, "The input text is too long.");
                return null;
            }

            texts.Add(text);
        }

        return texts;
    }

    private static string Mark(string text, string from, string to, bool html)
    {
        // The dynamic dictionary, as documented: the element is replaced by the translation it forces (plain and
        // HTML), but only when "from" is given and the pair includes English ("The From and To languages must
        // include English and another supported language"); for any other pair the forced translation is ignored
        // and the term is translated like the words around it.
        var honoured = from.Length > 0 && (from.StartsWith("en", StringComparison.Ordinal) || to.StartsWith("en", StringComparison.Ordinal));
        text = DictionaryPattern().Replace(text, m => honoured ? System.Net.WebUtility.HtmlDecode(m.Groups["translation"].Value) : m.Groups["term"].Value);
        if (!html)
        {
            return $"[{to}] {text}";
        }

        // Mark every text run between tags; tags themselves pass through untouched, as the service keeps
        // markup, and so does the text of an element with class="notranslate".
        var kept = 0;
        return string.Concat(TagPattern().Split(text).Select(part =>
        {
            if (part.StartsWith('<'))
            {
                if (kept > 0)
                {
                    kept += part.StartsWith("</", StringComparison.Ordinal) ? -1 : part.EndsWith("/>", StringComparison.Ordinal) ? 0 : 1;
                }
                else if (NoTranslatePattern().IsMatch(part))
                {
                    kept = 1;
                }

                return part;
            }

            return kept > 0 || string.IsNullOrWhiteSpace(part) ? part : $"[{to}] {part}";
        }));
    }

    [GeneratedRegex("""<mstrans:dictionary\s+translation="(?<translation>[^"]*)"\s*>(?<term>.*?)</mstrans:dictionary>""", RegexOptions.IgnoreCase | RegexOptions.Singleline)]
    private static partial Regex DictionaryPattern();

    [GeneratedRegex("""^<[a-zA-Z][^>]*\bclass\s*=\s*"[^"]*\bnotranslate\b""")]
    private static partial Regex NoTranslatePattern();

    private static (string Language, double Score, (string Language, double Score)? RunnerUp) Guess(string text)
    {
        var words = WordPattern().Matches(text.ToLowerInvariant()).Select(m => m.Value).ToList();
        var scores = new Dictionary<string, int>
        {
            ["fr"] = words.Count(w => w is "le" or "la" or "les" or "des" or "est" or "et" or "une" or "du" or "dans"),
            ["en"] = words.Count(w => w is "the" or "and" or "is" or "of" or "to" or "in" or "a"),
            ["es"] = words.Count(w => w is "el" or "los" or "las" or "y" or "es" or "una" or "del"),
        };
        var ranked = scores.OrderByDescending(s => s.Value).ToList();
        var total = Math.Max(1, ranked.Sum(s => s.Value));
        if (ranked[0].Value == 0)
        {
            return ("en", 0.1, null);
        }

        var runnerUp = ranked[1].Value > 0 ? (ranked[1].Key, Math.Round((double)ranked[1].Value / total, 2)) : ((string, double)?)null;
        return (ranked[0].Key, Math.Round((double)ranked[0].Value / total, 2), runnerUp);
    }

    private static Task ErrorAsync(HttpContext context, int status, int code, string message)
    {
        context.Response.StatusCode = status;
        return JsonAsync(context, new JsonObject { ["error"] = new JsonObject { ["code"] = code, ["message"] = message } });
    }

    private static async Task JsonAsync(HttpContext context, JsonNode node)
    {
        context.Response.ContentType = "application/json; charset=utf-8";
        await context.Response.WriteAsync(node.ToJsonString(), context.RequestAborted);
    }

    [GeneratedRegex("(<[^>]*>)")]
    private static partial Regex TagPattern();

    [GeneratedRegex(@"\p{L}+")]
    private static partial Regex WordPattern();
}
