using NewsLingo.Contracts.V1;

namespace NewsLingo.Cli.Output;

/// <summary>
/// A StreamArticle call's events gathered into the article they describe; as JSON it has the shape of
/// ProcessArticleResponse, so scripts read one schema whichever RPC served.
/// </summary>
public sealed class ArticleDocument
{
    private readonly Dictionary<string, TargetDocument> _targets = new(StringComparer.OrdinalIgnoreCase);

    public SourceArticle? Source { get; private set; }

    public List<TargetDocument> Targets { get; } = [];

    public StreamCompleted? Completed { get; private set; }

    /// <summary>Takes one event in; returns the target it advanced, if any.</summary>
    public TargetDocument? Apply(StreamArticleResponse response)
    {
        switch (response.EventCase)
        {
            case StreamArticleResponse.EventOneofCase.Source:
                Source = response.Source;
                return null;
            case StreamArticleResponse.EventOneofCase.Element:
                var target = Target(response.Element.TargetLanguage);
                target.Apply(response.Element);
                return target;
            case StreamArticleResponse.EventOneofCase.Summary:
                var summarized = Target(response.Summary.TargetLanguage);
                summarized.Summary = response.Summary.Summary;
                return summarized;
            case StreamArticleResponse.EventOneofCase.Completed:
                Completed = response.Completed;
                return null;
            default:
                return null;
        }
    }

    public ProcessArticleResponse ToResponse()
    {
        var response = new ProcessArticleResponse { Source = Source, Usage = Completed?.Usage };
        foreach (var target in Targets)
        {
            var report = Completed?.Translations.FirstOrDefault(t => string.Equals(t.TargetLanguage, target.Language, StringComparison.OrdinalIgnoreCase));
            var translation = report?.Clone() ?? new ArticleTranslation { TargetLanguage = target.Language };
            translation.Article = target.Article;
            translation.Summary = target.Summary;
            response.Translations.Add(translation);
        }

        return response;
    }

    private TargetDocument Target(string language)
    {
        if (!_targets.TryGetValue(language, out var target))
        {
            target = new TargetDocument(language, Source?.Article ?? new StructuredArticle());
            _targets.Add(language, target);
            Targets.Add(target);
        }

        return target;
    }
}
