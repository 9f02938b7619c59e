using NewsLingo.Testing;
using Microsoft.Extensions.Options;
using NewsLingo.Backends.Fakes;
using NewsLingo.Core.Errors;
using NewsLingo.Core.Languages;
using NewsLingo.Core.Summarization;
using NewsLingo.Core.Translation;

namespace NewsLingo.Backends.Fakes.Tests;

public sealed class FakeBackendTests
{
    private static readonly LanguageTag French = LanguageTag.Parse("fr");
    private static readonly LanguageTag Spanish = LanguageTag.Parse("es");

    private static FaultInjector Faults(FakeBackendOptions? options = null) => new(Options.Create(options ?? new FakeBackendOptions()));

    [Fact]
    public async Task The_fake_translator_marks_each_segment_and_keeps_numbers_names_markup_and_count()
    {
        var options = Options.Create(new FakeBackendOptions());
        var translator = new FakeTranslator(options, new FaultInjector(options));
        var segments = new[] { "Le 7 mars, 400 jihadistes ont fui Palmyre.", "Un plan de <strong>42 millions</strong>." };

        var result = await translator.TranslateAsync(new TranslationBatch(segments, French, Spanish, TextFormat.Html), CancellationToken.None);

        Assert.Equal(["[es] Le 7 mars, 400 jihadistes ont fui Palmyre.", "[es] Un plan de <strong>42 millions</strong>."], result.Segments.Select(s => s.Text));
        Assert.Equal(segments.Sum(s => s.Length), result.Billed().Characters);
        var directions = await translator.GetSupportedDirectionsAsync(CancellationToken.None);
        Assert.Contains(new LanguageDirection(French, Spanish), directions);
        Assert.DoesNotContain(new LanguageDirection(French, French), directions);
    }

    [Fact]
    public async Task The_fake_summarizer_takes_the_first_sentences_up_to_the_length()
    {
        var summarizer = new FakeSummarizer(Faults());
        string[] sentences = ["Un deux trois.", "Quatre cinq six sept.", "Huit."];

        var bySentences = await summarizer.SummarizeAsync(new SummaryRequest(sentences, French, French, SummaryLength.Sentences(2)), CancellationToken.None);
        var byWords = await summarizer.SummarizeAsync(new SummaryRequest(sentences, French, French, SummaryLength.Words(7)), CancellationToken.None);
        var headline = await summarizer.SummarizeAsync(new SummaryRequest(sentences, French, French, SummaryLength.Sentences(3), SummaryStyle.Headline), CancellationToken.None);

        Assert.Equal(sentences[..2], bySentences.Sentences);
        Assert.Equal(sentences[..2], byWords.Sentences);
        Assert.Equal(sentences[..1], headline.Sentences);
    }

    [Fact]
    public async Task Injected_failures_follow_the_seed_and_carry_the_configured_kind()
    {
        var options = new FakeBackendOptions { FailureRate = 0.3, FailureKind = BackendFailure.RateLimited, RetryAfter = TimeSpan.FromSeconds(3), Seed = 11 };

        async Task<List<bool>> RunAsync()
        {
            var faults = Faults(options);
            var outcomes = new List<bool>();
            for (var i = 0; i < 50; i++)
            {
                try
                {
                    await faults.BeforeCallAsync("fake", CancellationToken.None);
                    outcomes.Add(true);
                }
                catch (BackendException exception)
                {
                    Assert.Equal(BackendFailure.RateLimited, exception.Failure);
                    Assert.Equal(TimeSpan.FromSeconds(3), exception.RetryAfter);
                    outcomes.Add(false);
                }
            }

            return outcomes;
        }

        var first = await RunAsync();
        var second = await RunAsync();

        Assert.Equal(first, second);
        Assert.InRange(first.Count(ok => !ok), 5, 25);
    }

    [Fact]
    public async Task Injected_latency_honours_cancellation()
    {
        var faults = Faults(new FakeBackendOptions { Latency = TimeSpan.FromMinutes(5) });
        using var cancel = new CancellationTokenSource(TimeSpan.FromMilliseconds(50));

        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => faults.BeforeCallAsync("fake", cancel.Token));
    }

    [Theory]
    [InlineData("Les soldats ont repris la ville et le site antique dans la nuit.", "fr")]
    [InlineData("The soldiers took the city back and it was over by the morning.", "en")]
    [InlineData("Los soldados recuperaron la ciudad y el sitio antiguo por la noche.", "es")]
    [InlineData("Die Soldaten haben die Stadt und die antike Stätte zurückerobert und sind auch im Ort.", "de")]
    public async Task The_fake_detector_recognises_sentences(string text, string expected)
    {
        var detection = await new FakeLanguageDetector(Faults()).DetectAsync(text, CancellationToken.None);

        Assert.Equal(expected, detection.Language?.Value);
        Assert.True(detection.IsReliable);
    }

    [Fact]
    public async Task The_fake_detector_does_not_pretend_to_know_a_single_name()
    {
        var detection = await new FakeLanguageDetector(Faults()).DetectAsync("Palmyre", CancellationToken.None);

        Assert.False(detection.IsReliable);
    }
}
