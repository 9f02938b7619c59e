using Microsoft.Extensions.Logging.Abstractions;
using NewsLingo.Backends.Offline.Apertium;
using NewsLingo.Core.Errors;
using NewsLingo.Core.Languages;

namespace NewsLingo.Backends.Offline.Tests.Apertium;

/// <summary>
/// A batch the engine cannot take is the caller's fault, not Apertium's: it must not be retried
/// nor open the circuit. Stand-in pipelines (bash scripts speaking the null-flush protocol) make
/// the two cases exact.
/// </summary>
public sealed class PipelineFailureClassificationTests
{
    // Echoes each NUL-terminated request, and dies on one holding "boom": a text-triggered crash.
    private const string CrashesOnBoom = """while IFS= read -r -d '' request; do case "$request" in *boom*) exit 3;; esac; printf '%s\0' "$request"; done""";

    private const string AlwaysDead = "exit 1";

    private static ApertiumPipelinePool Pool(string script) => new(
        new ApertiumMode("test-mode", new LanguageDirection(LanguageTag.Parse("fr"), LanguageTag.Parse("es")), "/dev/null"),
        () => script,
        new ApertiumOptions { PipelinesPerMode = 1, BatchTimeout = TimeSpan.FromSeconds(20) },
        NullLogger.Instance);

    [Fact]
    public async Task A_text_that_crashes_the_pipeline_while_other_text_passes_is_rejected_input()
    {
        await using var pool = Pool(CrashesOnBoom);

        var error = await Assert.ThrowsAsync<BackendException>(() => pool.TranslateAsync([ApertiumStreamFormat.Deformat("un boom ici")], CancellationToken.None));
        var next = await pool.TranslateAsync([ApertiumStreamFormat.Deformat("texte sain")], CancellationToken.None);

        Assert.Equal(BackendFailure.InputRejected, error.Failure);
        Assert.False(error.IsTransient);
        Assert.Equal("texte sain", ApertiumStreamFormat.Reformat(next[0]));
    }

    [Fact]
    public async Task A_pipeline_that_fails_on_any_text_is_unavailable()
    {
        await using var pool = Pool(AlwaysDead);

        var error = await Assert.ThrowsAsync<BackendException>(() => pool.TranslateAsync([ApertiumStreamFormat.Deformat("texte sain")], CancellationToken.None));

        Assert.Equal(BackendFailure.Unavailable, error.Failure);
        Assert.True(error.IsTransient);
    }

    [Fact]
    public async Task Nul_and_control_characters_never_reach_the_pipeline()
    {
        await using var pool = Pool(CrashesOnBoom);

        var answers = await pool.TranslateAsync([ApertiumStreamFormat.Deformat("Le conseil\0 municipal\u0001 a voté\0"), ApertiumStreamFormat.Deformat("suite")], CancellationToken.None);

        Assert.Equal(["Le conseil municipal a voté", "suite"], answers.Select(ApertiumStreamFormat.Reformat));
    }
}
