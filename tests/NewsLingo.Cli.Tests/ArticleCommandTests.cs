using Google.Protobuf;
using NewsLingo.Contracts.V1;
using NewsLingo.Testing;

namespace NewsLingo.Cli.Tests;

public sealed class ArticleCommandTests(NewsLingoHost server) : IClassFixture<NewsLingoHost>
{
    [Fact]
    public async Task Article_prints_the_translated_title_paragraphs_and_summary()
    {
        var run = await CliHarness.RunAsync(server, ["article", CliHarness.Sample("palmyre-euronews.txt"), "--to", "en"]);

        Assert.True(run.ExitCode == ExitCodes.Ok, run.Error);
        var lines = run.Out.Split('\n').Select(l => l.TrimEnd('\r')).ToList();
        Assert.StartsWith("[en] ", lines[0]);
        Assert.Contains("Palmyre", lines[0]);
        Assert.Contains(lines, l => l.StartsWith("[en] Les combattants de l'Etat Islamique", StringComparison.Ordinal));
        var summaryAt = lines.IndexOf("Summary:");
        Assert.True(summaryAt > 2, "the summary comes after the paragraphs");
        Assert.False(string.IsNullOrWhiteSpace(lines[summaryAt + 1]));
        Assert.DoesNotContain('\u001b', run.Out);
    }

    [Fact]
    public async Task Article_as_json_parses_as_a_ProcessArticleResponse_with_every_block_translated()
    {
        var run = await CliHarness.RunAsync(server, ["article", CliHarness.Sample("palmyre-euronews.txt"), "--to", "en,es", "--format", "json", "--summary-sentences", "2"]);

        Assert.True(run.ExitCode == ExitCodes.Ok, run.Error);
        var response = JsonParser.Default.Parse<ProcessArticleResponse>(run.Out);
        Assert.Equal("fr", response.Source.Language.Language);
        Assert.Equal(["en", "es"], response.Translations.Select(t => t.TargetLanguage));
        var sourceBlocks = response.Source.Article.Blocks.Count;
        Assert.True(sourceBlocks > 3);
        foreach (var translation in response.Translations)
        {
            Assert.StartsWith($"[{translation.TargetLanguage}] ", translation.Article.Title);
            Assert.Equal(sourceBlocks, translation.Article.Blocks.Count);
            Assert.All(translation.Article.Blocks, b => Assert.StartsWith($"[{translation.TargetLanguage}] ", b.Text));
            Assert.InRange(translation.Summary.Sentences.Count, 1, 2);
            Assert.Equal("fake", translation.Translator);
        }

        Assert.NotNull(response.Usage);
        Assert.True(response.Usage.SegmentsTranslated > 0);
    }

    [Fact]
    public async Task Article_as_markdown_has_a_heading_and_a_summary_section()
    {
        var run = await CliHarness.RunAsync(server, ["article", CliHarness.Sample("palmyre-euronews.txt"), "--to", "en", "--format", "markdown", "--style", "bullets"]);

        Assert.True(run.ExitCode == ExitCodes.Ok, run.Error);
        Assert.StartsWith("# [en] ", run.Out);
        var summary = run.Out[run.Out.IndexOf("## Summary", StringComparison.Ordinal)..];
        Assert.Contains("\n- ", summary);
    }

    [Fact]
    public async Task Article_reads_stdin_when_the_file_is_a_dash()
    {
        var text = await File.ReadAllTextAsync(CliHarness.Sample("palmyre-euronews.txt"));

        var run = await CliHarness.RunAsync(server, ["article", "-", "--to", "es", "--from", "fr", "--no-summary"], stdin: text);

        Assert.True(run.ExitCode == ExitCodes.Ok, run.Error);
        Assert.StartsWith("[es] ", run.Out);
        Assert.Contains("Palmyre", run.Out);
        Assert.DoesNotContain("Summary:", run.Out);
    }

    [Fact]
    public async Task Article_with_an_invalid_language_exits_2_and_prints_the_field_violation()
    {
        var run = await CliHarness.RunAsync(server, ["article", CliHarness.Sample("palmyre-euronews.txt"), "--to", "en,not a language"]);

        Assert.Equal(ExitCodes.InvalidArgument, run.ExitCode);
        Assert.Contains("error: InvalidArgument:", run.Error);
        Assert.Contains("field target_languages[1]:", run.Error);
        Assert.Contains("INVALID_LANGUAGE_CODE", run.Error);
        Assert.Equal(string.Empty, run.Out);
    }

    [Fact]
    public async Task Article_of_a_missing_file_is_a_usage_error()
    {
        var run = await CliHarness.RunAsync(server, ["article", Path.Combine(AppContext.BaseDirectory, "no-such-article.txt"), "--to", "en"]);

        Assert.Equal(ExitCodes.UsageError, run.ExitCode);
        Assert.Contains("no-such-article.txt", run.Error);
    }

    [Fact]
    public async Task Article_with_both_summary_lengths_is_a_usage_error()
    {
        var run = await CliHarness.RunAsync(server, ["article", "-", "--to", "en", "--summary-sentences", "2", "--summary-words", "40"], stdin: "Titre\n\nUn paragraphe.");

        Assert.Equal(ExitCodes.UsageError, run.ExitCode);
        Assert.Contains("cannot be used together", run.Error);
    }
}
