using Grpc.Core;
using NewsLingo.Contracts.V1;
using NewsLingo.Server.Tests.Infrastructure;
using NewsLingo.Testing;

namespace NewsLingo.Server.Tests;

public sealed class SummarizationServiceTests : IDisposable
{
    private const string Text =
        "Les combattants de l'Etat Islamique ont été chassés de Palmyre. L'armée syrienne affirme avoir repris la ville ce dimanche. " +
        "La cité antique est classée au patrimoine mondial. Au moins 400 jihadistes ont été tués.";

    private readonly NewsLingoHost _factory = new();

    public void Dispose() => _factory.Dispose();

    private SummarizationService.SummarizationServiceClient Client() => new(_factory.CreateChannel());

    [Fact]
    public async Task Summarize_keeps_to_the_requested_number_of_sentences_and_translates_into_the_target()
    {
        var response = await Client().SummarizeAsync(new SummarizeRequest
        {
            Text = Text,
            TargetLanguage = "en",
            Options = new SummaryOptions { MaxSentences = 2, Style = SummaryStyle.Bullets },
        });

        Assert.Equal(2, response.Summary.Sentences.Count);
        Assert.Equal("[en] Les combattants de l'Etat Islamique ont été chassés de Palmyre.", response.Summary.Sentences[0]);
        Assert.Equal("en", response.Summary.Language);
        Assert.Equal("fake+fake", response.Summary.Backend);
        Assert.StartsWith("- [en] ", response.Summary.Text);
        Assert.Equal("fr", response.SourceLanguage.Language);
        Assert.True(response.SourceLanguage.Detected);
    }

    [Fact]
    public async Task Summarize_in_the_source_language_needs_no_translation()
    {
        var response = await Client().SummarizeAsync(new SummarizeRequest
        {
            Text = Text,
            SourceLanguage = "fr",
            Options = new SummaryOptions { MaxWords = 12 },
        });

        Assert.Equal(["Les combattants de l'Etat Islamique ont été chassés de Palmyre."], response.Summary.Sentences);
        Assert.Equal("fake", response.Summary.Backend);
        Assert.DoesNotContain(response.Usage.Backends, b => b.Backend == "fake" && b.Characters == 0);
    }

    [Fact]
    public async Task Summarize_refuses_a_length_out_of_range()
    {
        var status = await RpcAssert.FailsWithAsync(StatusCode.InvalidArgument, async () => await Client().SummarizeAsync(new SummarizeRequest
        {
            Text = Text,
            Options = new SummaryOptions { MaxSentences = 0 },
        }));

        var violation = Assert.Single(RpcAssert.Violations(status));
        Assert.Equal("options.max_sentences", violation.Field);
        Assert.Equal("VALUE_OUT_OF_RANGE", violation.Reason);
    }
}
