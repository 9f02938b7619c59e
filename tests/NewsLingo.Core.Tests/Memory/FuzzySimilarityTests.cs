using NewsLingo.Core.Memory;

namespace NewsLingo.Core.Tests.Memory;

public sealed class FuzzySimilarityTests
{
    [Theory]
    [InlineData("Le maire a présenté le budget.", "Le maire a présenté le budget.", 1.0)]
    [InlineData("Le maire a présenté le budget.", "Le maire a présenté le projet.", 1 - (1.0 / 7))]
    [InlineData("Le maire a présenté le budget.", "Le maire a présenté le budget de la ville.", 1 - (3.0 / 10))]
    [InlineData("Le maire a présenté le budget.", "le maire a présenté le budget.", 1 - (0.5 / 7))]
    [InlineData("Le maire a présenté le budget.", "Une phrase sans rapport aucun ici !", 0.0)]
    public void The_score_is_one_minus_word_edits_over_the_longer_segment(string query, string candidate, double expected) =>
        Assert.Equal(expected, FuzzySimilarity.Score(SegmentKey.Of(query), SegmentKey.Of(candidate)), 6);

    [Fact]
    public void Below_the_minimum_the_score_is_zero_and_above_it_exact()
    {
        var query = SegmentKey.Of("Le gouvernement prévoit 38 milliards d'économies en 2026.");
        var near = SegmentKey.Of("Le gouvernement prévoit 40 milliards d'économies en 2026.");
        var far = SegmentKey.Of("Le gouvernement ne prévoit rien.");

        Assert.Equal(FuzzySimilarity.Score(query, near), FuzzySimilarity.Score(query, near, 0.75));
        Assert.Equal(0, FuzzySimilarity.Score(query, far, 0.75));
        Assert.True(FuzzySimilarity.Score(query, far) is > 0 and < 0.75);
    }

    [Fact]
    public void A_candidate_at_the_threshold_keeps_one_of_any_max_lost_plus_one_query_tokens()
    {
        // The property the SQLite word index relies on, checked on random edits of real-sized segments.
        var random = new Random(23);
        string[] vocabulary = ["le", "la", "de", "budget", "maire", "ville", "conseil", "a", "voté", ",", ".", "2026", "38", "milliards", "préfet", "Palmyre"];
        for (var trial = 0; trial < 2000; trial++)
        {
            var query = Enumerable.Range(0, random.Next(1, 25)).Select(_ => vocabulary[random.Next(vocabulary.Length)]).ToList();
            var candidate = query.ToList();
            for (var edit = random.Next(0, 8); edit > 0; edit--)
            {
                var at = random.Next(candidate.Count + 1);
                switch (random.Next(3))
                {
                    case 0 when candidate.Count > 0 && at < candidate.Count:
                        candidate.RemoveAt(at);
                        break;
                    case 1 when at < candidate.Count:
                        candidate[at] = vocabulary[random.Next(vocabulary.Length)];
                        break;
                    default:
                        candidate.Insert(at, vocabulary[random.Next(vocabulary.Length)]);
                        break;
                }
            }

            if (FuzzySimilarity.Score(query, candidate) < 0.75)
            {
                continue;
            }

            var budget = FuzzySimilarity.MaxLostTokens(query.Count, 0.75);
            var chosen = query.OrderBy(_ => random.Next()).Take(budget + 1).ToList();
            if (chosen.Count == budget + 1)
            {
                Assert.True(chosen.Any(candidate.Contains), $"{string.Join(' ', candidate)} keeps none of {string.Join(' ', chosen)}");
            }
        }
    }
}
