using NewsLingo.Core.Languages;
using NewsLingo.Core.Summarization;
using NewsLingo.Core.Tests.Translation;
using NewsLingo.Core.Translation;
using NewsLingo.Core.Usage;

namespace NewsLingo.Core.Tests.Pipeline;

public sealed class SummaryWriterTests
{
    [Fact]
    public async Task A_source_language_summarizer_runs_once_however_many_targets()
    {
        var summarizer = new CountingSummarizer();
        var writer = new SummaryWriter(summarizer);
        var engine = new TranslationEngine(new RecordingTranslator(BackendLimits.Unbounded));
        var source = new SummarySource(["Première phrase.", "Deuxième phrase.", "Troisième."], LanguageTag.Parse("fr"), new SummaryOptions(SummaryLength.Sentences(2)), null);
        var sourceSummary = writer.CreateSourceSummary(source, CancellationToken.None);

        var (english, _) = await writer.WriteAsync(source, LanguageTag.Parse("en"), sourceSummary, engine, glossary: null, CancellationToken.None);
        var (french, _) = await writer.WriteAsync(source, LanguageTag.Parse("fr"), sourceSummary, engine, glossary: null, CancellationToken.None);

        Assert.Equal(1, summarizer.Calls);
        Assert.Equal(["PREMIÈRE PHRASE.", "DEUXIÈME PHRASE."], english.Sentences);
        Assert.Equal("counting+recording", english.Backend);
        Assert.Equal(["Première phrase.", "Deuxième phrase."], french.Sentences);
        Assert.Equal("counting", french.Backend);
    }

    private sealed class CountingSummarizer : ISummarizer
    {
        public int Calls { get; private set; }

        public string Name => "counting";

        public bool CanWriteIn(LanguageTag target) => false;

        public Task<SummaryResult> SummarizeAsync(SummaryRequest request, CancellationToken cancellationToken)
        {
            Calls++;
            return Task.FromResult(new SummaryResult(request.Sentences.Take(request.Length.MaxSentences ?? 1).ToList(), request.SourceLanguage, BackendUsage.None(Name)));
        }
    }
}
