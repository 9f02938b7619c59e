using NewsLingo.Core.Backends;
using NewsLingo.Core.Errors;
using NewsLingo.Core.Languages;
using NewsLingo.Core.Summarization;
using NewsLingo.Core.Tests.Translation;
using NewsLingo.Core.Translation;
using NewsLingo.Core.Translation.Routing;
using NewsLingo.Core.Usage;

namespace NewsLingo.Core.Tests.Backends;

public sealed class EnabledBackendsTests
{
    [Fact]
    public void Names_are_any_case_and_listed_default_first_then_in_order()
    {
        var set = new EnabledBackends<string>("translator", "fake", new Dictionary<string, string> { ["llm"] = "L", ["azure"] = "A", ["fake"] = "F" });

        Assert.Equal(["fake", "azure", "llm"], set.Enabled);
        Assert.Equal("F", set.Default);
        Assert.Equal(3, set.Count);
        Assert.Equal("A", set.For("AZURE", "translator"));
        Assert.Equal("F", set.For(null, "translator"));
        Assert.True(set.TryGet("Llm", out var llm));
        Assert.Equal("L", llm);
        set.EnsureEnabled(null, "translator");
        set.EnsureEnabled("azure", "translator");
    }

    [Fact]
    public void A_translator_not_enabled_is_refused_naming_the_field_and_the_enabled_ones()
    {
        var router = new TranslatorRouter(
            "recording",
            new Dictionary<string, ITranslator> { ["recording"] = new RecordingTranslator(BackendLimits.Unbounded), ["azure"] = new RecordingTranslator(BackendLimits.Unbounded) },
            []);

        var error = Assert.Throws<RequestValidationException>(() => router.Translators.EnsureEnabled("llm", "options.translators_by_target[en]"));

        var violation = Assert.Single(error.Violations);
        Assert.Equal("options.translators_by_target[en]", violation.Field);
        Assert.Equal(ErrorReasonCodes.BackendNotEnabled, violation.Reason);
        Assert.Equal("'llm' is not an enabled translator here; use one of: recording, azure (or leave it empty for the routing).", violation.Description);
        Assert.Equal("recording,azure", error.Details["enabled"]);
        Assert.Equal(ErrorReasonCodes.BackendNotEnabled, error.Reason);
    }

    [Fact]
    public void A_summarizer_not_enabled_is_refused_naming_the_field_and_the_enabled_ones()
    {
        var writer = new SummaryWriter(new NamedSummarizer());

        var error = Assert.Throws<RequestValidationException>(() => writer.EnsureEnabled(new SummaryOptions(SummaryLength.Default, Summarizer: "llm")));

        var violation = Assert.Single(error.Violations);
        Assert.Equal("options.summarizer", violation.Field);
        Assert.Equal(ErrorReasonCodes.BackendNotEnabled, violation.Reason);
        Assert.Equal("'llm' is not an enabled summarizer here; use one of: named (or leave it empty for the default).", violation.Description);
        Assert.Equal("named", error.Details["enabled"]);
        writer.EnsureEnabled(new SummaryOptions(SummaryLength.Default, Summarizer: "NAMED"));
    }

    private sealed class NamedSummarizer : ISummarizer
    {
        public string Name => "named";

        public bool CanWriteIn(LanguageTag target) => false;

        public Task<SummaryResult> SummarizeAsync(SummaryRequest request, CancellationToken cancellationToken) =>
            Task.FromResult(new SummaryResult(request.Sentences, request.SourceLanguage, BackendUsage.None(Name)));
    }
}
