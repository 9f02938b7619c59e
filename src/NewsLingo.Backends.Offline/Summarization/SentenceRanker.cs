namespace NewsLingo.Backends.Offline.Summarization;

/// <summary>
/// TextRank over TF-IDF cosine similarity, personalised towards the lead and the title: the random
/// surfer restarts on early sentences (news puts the essentials first) and on sentences that echo
/// the title, so centrality decides among sentences the prior already finds plausible.
/// </summary>
internal static class SentenceRanker
{
    private const double Damping = 0.85;
    private const int MaxIterations = 200;
    private const double Tolerance = 1e-10;

    // How strongly a sentence that shares the title's words is preferred as a restart point.
    private const double TitleBoost = 2.0;

    public static double[] Rank(IReadOnlyList<List<string>> sentences, List<string>? title, out double[][] similarity)
    {
        var n = sentences.Count;
        var vectors = TfIdfVectors(sentences, title, out var titleVector);
        similarity = new double[n][];
        for (var i = 0; i < n; i++)
        {
            similarity[i] = new double[n];
        }

        for (var i = 0; i < n; i++)
        {
            for (var j = i + 1; j < n; j++)
            {
                var s = Cosine(vectors[i], vectors[j]);
                similarity[i][j] = s;
                similarity[j][i] = s;
            }
        }

        var prior = new double[n];
        for (var i = 0; i < n; i++)
        {
            // Lead bias decays slowly: paragraph two still matters, paragraph forty rarely does.
            var lead = 1.0 / Math.Sqrt(i + 1);
            var titleMatch = titleVector is null ? 0 : Cosine(vectors[i], titleVector);
            prior[i] = sentences[i].Count == 0 ? 0 : lead * (1 + (TitleBoost * titleMatch));
        }

        Normalize(prior);
        var outWeight = new double[n];
        for (var i = 0; i < n; i++)
        {
            outWeight[i] = similarity[i].Sum();
        }

        var score = (double[])prior.Clone();
        var next = new double[n];
        for (var iteration = 0; iteration < MaxIterations; iteration++)
        {
            // A sentence endorses others only as much as it resembles them: when its similarities
            // sum to less than one, the rest of its vote goes back to the prior. Plain row
            // normalisation would turn a faint 0.05 overlap into a full endorsement.
            var leaked = 0.0;
            for (var j = 0; j < n; j++)
            {
                leaked += score[j] * (1 - Math.Min(outWeight[j], 1));
            }

            for (var i = 0; i < n; i++)
            {
                var incoming = 0.0;
                for (var j = 0; j < n; j++)
                {
                    if (similarity[j][i] > 0)
                    {
                        incoming += similarity[j][i] / Math.Max(outWeight[j], 1) * score[j];
                    }
                }

                next[i] = ((1 - Damping) * prior[i]) + (Damping * (incoming + (leaked * prior[i])));
            }

            var delta = 0.0;
            for (var i = 0; i < n; i++)
            {
                delta += Math.Abs(next[i] - score[i]);
            }

            (score, next) = (next, score);
            if (delta < Tolerance)
            {
                break;
            }
        }

        return score;
    }

    private static Dictionary<string, double>[] TfIdfVectors(IReadOnlyList<List<string>> sentences, List<string>? title, out Dictionary<string, double>? titleVector)
    {
        var documentFrequency = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var sentence in sentences)
        {
            foreach (var term in sentence.Distinct())
            {
                documentFrequency[term] = documentFrequency.GetValueOrDefault(term) + 1;
            }
        }

        var n = sentences.Count;
        Dictionary<string, double> Vector(List<string> terms)
        {
            var vector = new Dictionary<string, double>(StringComparer.Ordinal);
            foreach (var term in terms)
            {
                vector[term] = vector.GetValueOrDefault(term) + 1;
            }

            foreach (var term in vector.Keys.ToList())
            {
                var df = documentFrequency.GetValueOrDefault(term);
                var idf = Math.Log((n + 1.0) / (df + 1.0)) + 1;
                vector[term] = (1 + Math.Log(vector[term])) * idf;
            }

            return vector;
        }

        titleVector = title is { Count: > 0 } ? Vector(title) : null;
        return sentences.Select(Vector).ToArray();
    }

    private static double Cosine(Dictionary<string, double> a, Dictionary<string, double> b)
    {
        if (a.Count == 0 || b.Count == 0)
        {
            return 0;
        }

        var (small, large) = a.Count <= b.Count ? (a, b) : (b, a);
        var dot = 0.0;
        foreach (var (term, weight) in small)
        {
            if (large.TryGetValue(term, out var other))
            {
                dot += weight * other;
            }
        }

        return dot == 0 ? 0 : dot / (Norm(a) * Norm(b));
    }

    private static double Norm(Dictionary<string, double> vector) => Math.Sqrt(vector.Values.Sum(w => w * w));

    private static void Normalize(double[] values)
    {
        var sum = values.Sum();
        for (var i = 0; i < values.Length; i++)
        {
            values[i] = sum > 0 ? values[i] / sum : 1.0 / values.Length;
        }
    }
}
