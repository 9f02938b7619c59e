using Grpc.Core;
using Grpc.Net.Client;
using NewsLingo.Contracts.V1;

namespace NewsLingo.Bench.InputSize;

/// <summary>Every entry of the API, sized up to the server's default limits (NewsLingo:Limits).</summary>
internal static class Entries
{
    private const int MaxTexts = 100;
    private const int MaxTextCharacters = 50_000;
    private const int MaxArticleCharacters = 200_000;

    public static IReadOnlyList<Entry> All { get; } =
    [
        new("Translate, many texts", "texts", [1, 2, 4, 8, 16, 32, 64, MaxTexts],
            (n, nonAscii) => Translate(Enumerable.Repeat(Inputs.Text(1_900, nonAscii), n), TextType.Plain),
            (channel, request) => new TranslationService.TranslationServiceClient(channel).TranslateAsync((TranslateRequest)request).ResponseAsync, "/v1/translate"),
        new("Translate, one long text", "chars", Halvings(MaxTextCharacters),
            (n, nonAscii) => Translate([Inputs.Text(n, nonAscii)], TextType.Plain),
            (channel, request) => new TranslationService.TranslationServiceClient(channel).TranslateAsync((TranslateRequest)request).ResponseAsync, "/v1/translate"),
        new("Translate, one HTML text", "chars", Halvings(MaxTextCharacters),
            (n, nonAscii) => Translate([Inputs.HtmlText(n, nonAscii)], TextType.Html),
            (channel, request) => new TranslationService.TranslationServiceClient(channel).TranslateAsync((TranslateRequest)request).ResponseAsync, "/v1/translate"),
        new("ProcessArticle, text", "chars", Halvings(MaxArticleCharacters),
            (n, nonAscii) => Article(new ArticleContent { Text = Inputs.Text(n, nonAscii) }),
            ProcessArticleAsync, "/v1/articles:process"),
        new("ProcessArticle, HTML page", "sections", [4, 8, 16, 32, 64, 128, 256],
            (n, nonAscii) => Article(new ArticleContent { Html = Inputs.Page(n, nonAscii) }),
            ProcessArticleAsync, "/v1/articles:process"),
        new("ProcessArticle, structured", "chars", Halvings(MaxArticleCharacters),
            (n, nonAscii) => Article(new ArticleContent { Structured = Structured(n, nonAscii) }),
            ProcessArticleAsync, "/v1/articles:process"),
        new("Summarize", "chars", Halvings(MaxTextCharacters),
            (n, nonAscii) => new SummarizeRequest { Text = Inputs.Text(n, nonAscii), SourceLanguage = "fr", TargetLanguage = "en" },
            (channel, request) => new SummarizationService.SummarizationServiceClient(channel).SummarizeAsync((SummarizeRequest)request).ResponseAsync, "/v1/summarize"),
        new("DetectLanguage", "chars", Halvings(MaxTextCharacters),
            (n, nonAscii) => new DetectLanguageRequest { Text = Inputs.Text(n, nonAscii) },
            (channel, request) => new TranslationService.TranslationServiceClient(channel).DetectLanguageAsync((DetectLanguageRequest)request).ResponseAsync, "/v1/languages:detect"),
        new("ProcessArticles feed (4,000-char articles)", "articles", [1, 2, 4, 8, 16, 32, 64],
            (n, nonAscii) => new Feed(n, (ProcessArticleRequest)Article(new ArticleContent { Text = Inputs.Text(4_000, nonAscii) })),
            FeedAsync, null),
        new("StreamArticle, text", "chars", Halvings(MaxArticleCharacters),
            (n, nonAscii) => Article(new ArticleContent { Text = Inputs.Text(n, nonAscii) }),
            StreamAsync, null),
    ];

    /// <summary>The limit, and its halves down to a 64th.</summary>
    private static int[] Halvings(int limit) => [.. Enumerable.Range(0, 7).Select(k => limit >> (6 - k))];

    private static TranslateRequest Translate(IEnumerable<string> texts, TextType type)
    {
        var request = new TranslateRequest { SourceLanguage = "fr", TargetLanguages = { "en" }, TextType = type };
        request.Texts.AddRange(texts);
        return request;
    }

    private static Google.Protobuf.IMessage Article(ArticleContent content) => new ProcessArticleRequest
    {
        Article = content,
        TargetLanguages = { "en" },
        Options = new ArticleOptions { SourceLanguage = "fr" },
    };

    private static StructuredArticle Structured(int characters, bool nonAscii)
    {
        var article = new StructuredArticle { Title = "Budget : le conseil municipal vote", Byline = "Par Claire Vasseur" };
        article.Blocks.AddRange(Inputs.Paragraphs(characters - 60, nonAscii).Select(p => new ArticleBlock { Kind = BlockKind.Paragraph, Text = p }));
        return article;
    }

    private static Task ProcessArticleAsync(GrpcChannel channel, Google.Protobuf.IMessage request) =>
        new ArticleService.ArticleServiceClient(channel).ProcessArticleAsync((ProcessArticleRequest)request).ResponseAsync;

    private static async Task StreamAsync(GrpcChannel channel, Google.Protobuf.IMessage request)
    {
        var article = (ProcessArticleRequest)request;
        using var call = new ArticleService.ArticleServiceClient(channel).StreamArticle(new StreamArticleRequest { Article = article.Article, TargetLanguages = { article.TargetLanguages }, Options = article.Options });
        await foreach (var _ in call.ResponseStream.ReadAllAsync())
        {
        }
    }

    private static async Task FeedAsync(GrpcChannel channel, Google.Protobuf.IMessage request)
    {
        var feed = (Feed)request;
        using var call = new ArticleService.ArticleServiceClient(channel).ProcessArticles();
        var reading = Task.Run(async () =>
        {
            var answered = 0;
            await foreach (var response in call.ResponseStream.ReadAllAsync())
            {
                if (response.ResultCase != ProcessArticlesResponse.ResultOneofCase.Article)
                {
                    throw new InvalidOperationException($"feed article {response.RequestId}: {response.Error}");
                }

                answered++;
            }

            return answered;
        });
        for (var i = 0; i < feed.Count; i++)
        {
            await call.RequestStream.WriteAsync(new ProcessArticlesRequest { RequestId = $"a{i}", Article = feed.Article.Article, TargetLanguages = { feed.Article.TargetLanguages }, Options = feed.Article.Options });
        }

        await call.RequestStream.CompleteAsync();
        if (await reading != feed.Count)
        {
            throw new InvalidOperationException("The feed did not answer every article.");
        }
    }
}
