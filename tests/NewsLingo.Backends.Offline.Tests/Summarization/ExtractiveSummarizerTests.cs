using NewsLingo.Testing;
using NewsLingo.Backends.Offline.Summarization;
using NewsLingo.Core.Languages;
using NewsLingo.Core.Summarization;

namespace NewsLingo.Backends.Offline.Tests.Summarization;

public sealed class ExtractiveSummarizerTests
{
    private static readonly LanguageTag French = LanguageTag.Parse("fr");
    private static readonly LanguageTag English = LanguageTag.Parse("en");
    private readonly ExtractiveSummarizer _summarizer = new();

    [Fact]
    public void Summarizer_never_writes_in_the_target_language_itself()
    {
        Assert.Equal("extractive", _summarizer.Name);
        Assert.False(_summarizer.CanWriteIn(English));
        Assert.False(_summarizer.CanWriteIn(French));
    }

    [Theory]
    [InlineData("palmyre-euronews.txt")]
    [InlineData("budget-long.txt")]
    [InlineData("conseil-municipal.html")]
    public async Task Summary_is_made_of_source_sentences_in_source_order_in_the_source_language(string sample)
    {
        var article = SampleArticle.Load(sample);

        var result = await _summarizer.SummarizeAsync(Request(article, SummaryLength.Sentences(3)), CancellationToken.None);

        Assert.Equal(3, result.Sentences.Count);
        Assert.Equal(French, result.Language);
        var positions = result.Sentences.Select(s => article.Sentences.ToList().IndexOf(s)).ToList();
        Assert.DoesNotContain(-1, positions);
        Assert.Equal(positions.Order(), positions);
        Assert.Null(result.Note);
    }

    [Fact]
    public async Task Usage_reports_the_characters_read_and_one_local_request()
    {
        var article = SampleArticle.Load("palmyre-euronews.txt");

        var result = await _summarizer.SummarizeAsync(Request(article, SummaryLength.Default), CancellationToken.None);

        Assert.Equal("extractive", result.Billed().Backend);
        Assert.Equal(article.Sentences.Sum(s => s.Length), result.Billed().Characters);
        Assert.Equal(1, result.Billed().Requests);
    }

    [Theory]
    [InlineData(40)]
    [InlineData(80)]
    [InlineData(150)]
    public async Task Word_budget_keeps_whole_sentences_within_the_budget(int maxWords)
    {
        var article = SampleArticle.Load("budget-long.txt");

        var result = await _summarizer.SummarizeAsync(Request(article, SummaryLength.Words(maxWords)), CancellationToken.None);

        Assert.NotEmpty(result.Sentences);
        Assert.All(result.Sentences, s => Assert.Contains(s, article.Sentences));
        Assert.True(result.Sentences.Sum(WordCount) <= maxWords, $"{result.Sentences.Sum(WordCount)} words for a budget of {maxWords}");
    }

    [Fact]
    public async Task Word_budget_smaller_than_any_sentence_still_gives_the_best_whole_sentence()
    {
        var article = SampleArticle.Load("conseil-municipal.html");

        var result = await _summarizer.SummarizeAsync(Request(article, SummaryLength.Words(3)), CancellationToken.None);

        var sentence = Assert.Single(result.Sentences);
        Assert.Equal(article.Sentences[0], sentence);
    }

    [Fact]
    public async Task Larger_word_budget_never_gives_fewer_words()
    {
        var article = SampleArticle.Load("palmyre-euronews.txt");

        var small = await _summarizer.SummarizeAsync(Request(article, SummaryLength.Words(30)), CancellationToken.None);
        var large = await _summarizer.SummarizeAsync(Request(article, SummaryLength.Words(120)), CancellationToken.None);

        Assert.True(large.Sentences.Sum(WordCount) >= small.Sentences.Sum(WordCount));
        Assert.True(large.Sentences.Count > small.Sentences.Count);
    }

    [Theory]
    [InlineData("palmyre-euronews.txt")]
    [InlineData("conseil-municipal.html")]
    public async Task Headline_is_the_single_best_sentence(string sample)
    {
        var article = SampleArticle.Load(sample);

        var headline = await _summarizer.SummarizeAsync(Request(article, SummaryLength.Sentences(3)) with { Style = SummaryStyle.Headline }, CancellationToken.None);
        var best = await _summarizer.SummarizeAsync(Request(article, SummaryLength.Sentences(1)), CancellationToken.None);

        Assert.Single(headline.Sentences);
        Assert.Equal(best.Sentences, headline.Sentences);
    }

    [Fact]
    public async Task Bullets_and_paragraph_choose_the_same_sentences()
    {
        var article = SampleArticle.Load("palmyre-euronews.txt");

        var paragraph = await _summarizer.SummarizeAsync(Request(article, SummaryLength.Sentences(4)), CancellationToken.None);
        var bullets = await _summarizer.SummarizeAsync(Request(article, SummaryLength.Sentences(4)) with { Style = SummaryStyle.Bullets }, CancellationToken.None);

        Assert.Equal(4, bullets.Sentences.Count);
        Assert.Equal(paragraph.Sentences, bullets.Sentences);
    }

    [Fact]
    public void Identical_sentences_tie_and_the_earlier_one_wins()
    {
        string[] sentences =
        [
            "The council approved the new cycling plan on Monday evening.",
            "The council approved the new cycling plan on Monday evening.",
            "Shops in the old town fear losing their parking spaces.",
        ];
        var request = new SummaryRequest(sentences, English, French, SummaryLength.Sentences(1));

        var first = ExtractiveSummarizer.Pick(request);
        var again = ExtractiveSummarizer.Pick(request);

        Assert.Equal([0], first);
        Assert.Equal(first, again);
    }

    [Fact]
    public void Title_draws_the_summary_towards_the_sentences_that_echo_it()
    {
        var article = SampleArticle.Load("palmyre-euronews.txt");
        var mossoul = article.Sentences.ToList().FindIndex(s => s.Contains("Mossoul en Irak", StringComparison.Ordinal));
        var request = new SummaryRequest(article.Sentences, French, English, SummaryLength.Sentences(3));

        var withoutTitle = ExtractiveSummarizer.Pick(request);
        var withTitle = ExtractiveSummarizer.Pick(request with { Title = "L'étau se resserre sur l'Etat Islamique à Mossoul en Irak" });

        Assert.DoesNotContain(mossoul, withoutTitle);
        Assert.Contains(mossoul, withTitle);
    }

    [Fact]
    public void Duplicate_statements_are_not_picked_twice()
    {
        string[] sentences =
        [
            "The central bank raised its main interest rate by half a point on Thursday.",
            "On Thursday the central bank raised its main interest rate by half a point.",
            "Economists had expected a smaller increase after inflation slowed in the spring.",
            "Mortgage lenders said they would pass the rise on to borrowers within weeks.",
        ];

        var picks = ExtractiveSummarizer.Pick(new SummaryRequest(sentences, English, French, SummaryLength.Sentences(2)));

        Assert.Equal(2, picks.Count);
        Assert.False(picks.Contains(0) && picks.Contains(1), $"picked {string.Join(",", picks)}");
    }

    [Fact]
    public async Task An_empty_article_gives_an_empty_summary_with_a_note()
    {
        var result = await _summarizer.SummarizeAsync(new SummaryRequest([], French, English, SummaryLength.Default), CancellationToken.None);

        Assert.Empty(result.Sentences);
        Assert.NotNull(result.Note);
    }

    [Fact]
    public void Stop_word_lists_are_embedded_for_french_and_english_with_accents_folded()
    {
        var french = StopWordLists.For(French);
        var english = StopWordLists.For(English);

        Assert.Contains("les", french);
        Assert.Contains("ete", french);
        Assert.Contains("the", english);
        Assert.DoesNotContain("the", french);
        Assert.Empty(StopWordLists.For(LanguageTag.Parse("fi")));
    }

    [Fact]
    public void Terms_are_folded_stripped_of_stop_words_and_lightly_stemmed()
    {
        var terms = TextNormalizer.Terms("Les Économies du gouvernement et l'économie", StopWordLists.For(French));

        Assert.Equal(["economi", "gouvern", "economi"], terms);
    }

    private static SummaryRequest Request(SampleArticle article, SummaryLength length) =>
        new(article.Sentences, French, English, length, SummaryStyle.Paragraph, article.Title);

    private static int WordCount(string sentence) => sentence.Split(' ', StringSplitOptions.RemoveEmptyEntries).Length;
}
