using System.Text;
using System.Text.RegularExpressions;
using Google.Protobuf;
using Grpc.Core;
using Grpc.Health.V1;
using NewsLingo.Contracts.V1;
using NewsLingo.Server.Tests.Infrastructure;
using NewsLingo.Testing;

namespace NewsLingo.Server.Tests;

/// <summary>
/// Random hostile input through every RPC (seeded, so a failure replays): random bytes as the
/// message, random control characters and surrogate halves in texts, random mixes of entities and
/// markup in HTML. Whatever comes in, the answer is a status the caller can act on (never UNKNOWN
/// or INTERNAL), no block carries live markup, and the server stays healthy for the next caller.
/// </summary>
public sealed partial class HostileInputPropertyTests
{
    private const int Cases = 150;

    private static readonly string[] Methods =
    [
        "newslingo.v1.TranslationService/Translate",
        "newslingo.v1.TranslationService/DetectLanguage",
        "newslingo.v1.TranslationService/ListLanguages",
        "newslingo.v1.SummarizationService/Summarize",
        "newslingo.v1.ArticleService/ProcessArticle",
        "newslingo.v1.ArticleService/StreamArticle",
        "newslingo.v1.ArticleService/ProcessArticles",
    ];

    private static readonly string[] Pieces =
    [
        "Le conseil municipal", " a voté ", "le budget", ".", "\u0000", "\u0001", "\u001b", "\u007f", "\u0085", "\u0092", "\u009d", "\ud800", "\udfff",
        "\ud83d\ude00", "&lt;", "&gt;", "&amp;", "&#0;", "&#x0;", "&#xD800;", "&#x110000;", "&#9999999999;", "&bogus;", "&", "&#", "&#x",
        "<script>alert(1)</script>", "<img src=x onerror=alert(1)>", "<a href=\"javascript:alert(1)\">x</a>", "<!--", "-->", "<b>", "</b>", "<p>", "</div>",
        "<style>p{color:red}</style>", "<template>t</template>", "⟦0⟧", "⟦", "⟧", "⟦99999⟧", "\r\n", "\t", "\n\n", "é", "€", "\ufeff", "\uffff",
    ];

    [Fact]
    public async Task Random_bytes_as_any_message_get_a_status_the_caller_can_act_on()
    {
        using var factory = new NewsLingoHost();
        var channel = factory.CreateChannel();
        var random = new Random(20261202);

        for (var i = 0; i < Cases; i++)
        {
            var bytes = new byte[random.Next(0, 200)];
            random.NextBytes(bytes);
            var method = Methods[i % Methods.Length];
            await AssertActionableAsync(() => CallAsync(channel, method, bytes), $"case {i}: {method} with {Convert.ToHexString(bytes)}");
        }

        await AssertStillServingAsync(factory);
    }

    [Fact]
    public async Task Random_control_characters_surrogate_halves_and_entity_mixes_in_texts_get_a_status_the_caller_can_act_on()
    {
        using var factory = new NewsLingoHost();
        var channel = factory.CreateChannel();
        var random = new Random(42);

        for (var i = 0; i < Cases; i++)
        {
            var text = RandomText(random);
            foreach (var (method, message) in MessagesWith(text))
            {
                // Encoded as gRPC does, except that a lone surrogate goes out as the invalid UTF-8 a careless encoder sends.
                var bytes = WithLenientStrings(message);
                var answers = await AssertActionableAsync(() => CallAsync(channel, method, bytes), $"case {i}: {method} with {Escape(text)}");
                foreach (var answer in answers)
                {
                    AssertNoLiveMarkup(method, answer, $"case {i}: {method} with {Escape(text)}");
                }
            }
        }

        await AssertStillServingAsync(factory);
    }

    private static string RandomText(Random random)
    {
        var text = new StringBuilder();
        var count = random.Next(1, 12);
        for (var p = 0; p < count; p++)
        {
            text.Append(Pieces[random.Next(Pieces.Length)]);
        }

        return text.ToString();
    }

    private static IEnumerable<(string Method, IMessage Message)> MessagesWith(string text)
    {
        var options = new ArticleOptions { SourceLanguage = "fr", Glossary = new Glossary { Entries = { new GlossaryEntry { Term = "budget", Translation = "presupuesto" } } } };
        yield return (Methods[0], new TranslateRequest { Texts = { text, "Texte sain." }, SourceLanguage = "fr", TargetLanguages = { "es" }, TextType = TextType.Html });
        yield return (Methods[0], new TranslateRequest { Texts = { text }, TargetLanguages = { "en" } });
        yield return (Methods[1], new DetectLanguageRequest { Text = text });
        yield return (Methods[3], new SummarizeRequest { Text = text, SourceLanguage = "fr", TargetLanguage = "es" });
        yield return (Methods[4], new ProcessArticleRequest { Article = new ArticleContent { Html = $"<h1>{text}</h1><p>{text}</p>" }, TargetLanguages = { "es" }, Options = options });
        yield return (Methods[5], new StreamArticleRequest { Article = new ArticleContent { Text = $"Titre\n\n{text}" }, TargetLanguages = { "en" }, Options = options });
        yield return (Methods[6], new ProcessArticlesRequest { RequestId = "r1", Article = new ArticleContent { Structured = new StructuredArticle { Title = text, Blocks = { new ArticleBlock { Text = text } } } }, TargetLanguages = { "es" }, Options = options });
    }

    /// <summary>
    /// The message's bytes with every string UTF-8-encoded the way a lax encoder does: a lone
    /// surrogate as the three bytes of its code point (Google.Protobuf refuses to write it).
    /// </summary>
    private static byte[] WithLenientStrings(IMessage message)
    {
        ReplaceLoneSurrogates(message);
        var bytes = message.ToByteArray();
        for (var at = bytes.AsSpan().IndexOf(LoneSurrogateStandIn); at >= 0; at = bytes.AsSpan().IndexOf(LoneSurrogateStandIn))
        {
            bytes[at] = 0xED;
            bytes[at + 1] = 0xA0;
            bytes[at + 2] = 0x80;
        }

        return bytes;
    }

    // Three bytes, like U+D800's own encoding; the pieces hold no '@'.
    private static ReadOnlySpan<byte> LoneSurrogateStandIn => "@@@"u8;

    private static void ReplaceLoneSurrogates(IMessage message)
    {
        foreach (var field in message.Descriptor.Fields.InFieldNumberOrder())
        {
            var value = field.Accessor.GetValue(message);
            switch (value)
            {
                case string text when field.ContainingOneof is null || field.Accessor.HasValue(message):
                    field.Accessor.SetValue(message, WithStandIns(text));
                    break;
                case IList<string> texts:
                    for (var i = 0; i < texts.Count; i++)
                    {
                        texts[i] = WithStandIns(texts[i]);
                    }

                    break;
                case IMessage nested:
                    ReplaceLoneSurrogates(nested);
                    break;
                case System.Collections.IEnumerable items and not string:
                    foreach (var item in items.OfType<IMessage>())
                    {
                        ReplaceLoneSurrogates(item);
                    }

                    break;
            }
        }
    }

    private static string WithStandIns(string text)
    {
        var result = new StringBuilder(text.Length);
        for (var i = 0; i < text.Length; i++)
        {
            if (char.IsHighSurrogate(text[i]) && i + 1 < text.Length && char.IsLowSurrogate(text[i + 1]))
            {
                result.Append(text[i]).Append(text[++i]);
            }
            else
            {
                result.Append(char.IsSurrogate(text[i]) ? "@@@" : text[i].ToString());
            }
        }

        return result.ToString();
    }

    private static async Task<List<byte[]>> CallAsync(Grpc.Net.Client.GrpcChannel channel, string method, byte[] bytes)
    {
        var (service, name) = (method[..method.IndexOf('/', StringComparison.Ordinal)], method[(method.IndexOf('/', StringComparison.Ordinal) + 1)..]);
        return name switch
        {
            "StreamArticle" => await RawGrpc.ServerStreamingAsync(channel, service, name, bytes),
            "ProcessArticles" => await RawGrpc.DuplexAsync(channel, service, name, [bytes, bytes.Reverse().ToArray(), new ProcessArticlesRequest { RequestId = "sane", Article = new ArticleContent { Text = "Titre\n\nLe maire est parti." }, TargetLanguages = { "es" } }.ToByteArray()]),
            _ => [await RawGrpc.UnaryAsync(channel, service, name, bytes)],
        };
    }

    private static async Task<List<byte[]>> AssertActionableAsync(Func<Task<List<byte[]>>> call, string what)
    {
        try
        {
            return await call();
        }
        catch (RpcException exception)
        {
            Assert.False(exception.StatusCode is StatusCode.Unknown or StatusCode.Internal, $"{what}: {exception.StatusCode} {exception.Status.Detail}");
            Assert.NotNull(exception.GetRpcStatus());
            return [];
        }
    }

    private static void AssertNoLiveMarkup(string method, byte[] answer, string what)
    {
        IEnumerable<string> blocks = method switch
        {
            "newslingo.v1.ArticleService/ProcessArticle" => Blocks(ProcessArticleResponse.Parser.ParseFrom(answer)),
            "newslingo.v1.ArticleService/StreamArticle" => StreamArticleResponse.Parser.ParseFrom(answer) switch
            {
                { EventCase: StreamArticleResponse.EventOneofCase.Source } e => e.Source.Article.Blocks.Select(b => b.Text),
                { EventCase: StreamArticleResponse.EventOneofCase.Element, Element.Element: ElementKind.Block } e => [e.Element.Text],
                _ => [],
            },
            "newslingo.v1.ArticleService/ProcessArticles" => ProcessArticlesResponse.Parser.ParseFrom(answer) is { ResultCase: ProcessArticlesResponse.ResultOneofCase.Article } r ? Blocks(r.Article) : [],
            _ => [],
        };
        foreach (var block in blocks)
        {
            foreach (Match tag in Tag().Matches(block))
            {
                Assert.True(AllowedTag().IsMatch(tag.Value), $"{what}: block holds {tag.Value} in {Escape(block)}");
            }
        }
    }

    private static IEnumerable<string> Blocks(ProcessArticleResponse response) =>
        response.Source.Article.Blocks.Concat(response.Translations.SelectMany(t => t.Article.Blocks)).Select(b => b.Text);

    private static async Task AssertStillServingAsync(NewsLingoHost factory)
    {
        var channel = factory.CreateChannel();
        var health = await new Grpc.Health.V1.Health.HealthClient(channel).CheckAsync(new HealthCheckRequest());
        var other = await new TranslationService.TranslationServiceClient(channel).TranslateAsync(new TranslateRequest { Texts = { "Le maire est parti." }, SourceLanguage = "fr", TargetLanguages = { "es" } });

        Assert.Equal(HealthCheckResponse.Types.ServingStatus.Serving, health.Status);
        Assert.Equal("[es] Le maire est parti.", other.Texts[0].Translations[0].Text);
    }

    private static string Escape(string text) => string.Concat(text.Select(c => c < ' ' || c is >= '\u007f' and <= '\u009f' || char.IsSurrogate(c) ? $"\\u{(int)c:x4}" : c.ToString()));

    [GeneratedRegex("<[^>]*>")]
    private static partial Regex Tag();

    [GeneratedRegex("^(?:</?(?:strong|b|em|i)>|</a>|<a>|<a href=\"(?:https?:|/|[^\"a-z:]*)[^\"]*\">)$")]
    private static partial Regex AllowedTag();
}
