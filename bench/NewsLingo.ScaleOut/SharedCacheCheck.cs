using NewsLingo.Contracts.V1;

namespace NewsLingo.ScaleOut;

/// <summary>An article translated on the first instance is answered from Redis on the others: cache hits, 0 billed characters.</summary>
public static class SharedCacheCheck
{
    public static async Task<CheckResult> RunAsync(ScaleOutSetup setup, CancellationToken cancellationToken)
    {
        // New text on every run: nothing of it is in Redis or in any instance's memory yet.
        var nonce = Guid.NewGuid().ToString("N")[..12];
        var request = new ProcessArticleRequest
        {
            Article = new ArticleContent
            {
                Text = $"Le conseil municipal vote le budget {nonce}\n\n"
                    + $"Les élus de la commune {nonce} ont adopté mardi soir le budget primitif de l'année prochaine.\n\n"
                    + "Les investissements porteront surtout sur la rénovation des écoles et sur la voirie du centre-ville.",
            },
            TargetLanguages = { "en", "es" },
            Options = new ArticleOptions { SourceLanguage = "fr" },
        };

        var figures = new List<string>();
        var passed = true;
        for (var i = 0; i < setup.Instances.Count; i++)
        {
            var instance = setup.Instances[i];
            using var channel = ScaleOutSetup.Channel(instance.Grpc);
            var response = await new ArticleService.ArticleServiceClient(channel).ProcessArticleAsync(request, deadline: DateTime.UtcNow.AddSeconds(30), cancellationToken: cancellationToken);
            var billed = response.Usage.Backends.Sum(b => b.Characters);
            var byBackend = string.Join(" ", response.Usage.Backends.Select(b => $"{b.Backend}={b.Characters}"));
            figures.Add($"{instance.Name} (direct): billed characters {billed} [{byBackend}], cache hits {response.Usage.CacheHits}, segments translated {response.Usage.SegmentsTranslated}");
            passed &= i == 0
                ? billed > 0 && response.Usage.SegmentsTranslated > 0
                : billed == 0 && response.Usage.CacheHits > 0 && response.Usage.SegmentsTranslated == 0;
        }

        return new CheckResult("Redis shared across instances", passed, figures);
    }
}
