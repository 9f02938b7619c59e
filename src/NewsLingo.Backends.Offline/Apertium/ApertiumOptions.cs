using System.ComponentModel.DataAnnotations;

namespace NewsLingo.Backends.Offline.Apertium;

/// <summary>Settings of the Apertium translator (section <c>NewsLingo:Apertium</c>).</summary>
public sealed class ApertiumOptions
{
    public const string SectionName = "NewsLingo:Apertium";

    /// <summary>Where the installed language pairs' <c>*.mode</c> files are; the directions are discovered there.</summary>
    [Required]
    public string ModesDirectory { get; set; } = "/usr/share/apertium/modes";

    /// <summary>
    /// Warm pipelines kept per mode (each is a chain of about ten processes). Default: half the
    /// cores, at least one: a pipeline keeps one core busy while it translates.
    /// </summary>
    [Range(1, 64)]
    public int PipelinesPerMode { get; set; } = Math.Max(1, Environment.ProcessorCount / 2);

    /// <summary>Batches waiting for a pipeline of one mode beyond which new ones are refused as rate limited (back-pressure).</summary>
    [Range(0, 10_000)]
    public int MaxQueuedBatches { get; set; } = 64;

    /// <summary>How long one batch may take before the call times out and its pipeline is killed (Apertium's default timeout in NewsLingo:Resilience, which a Timeouts:apertium entry overrides; the resilience pipeline retries). Also bounds the test text that classifies a crash.</summary>
    [Range(typeof(TimeSpan), "00:00:01", "01:00:00")]
    public TimeSpan BatchTimeout { get; set; } = TimeSpan.FromSeconds(30);

    /// <summary>Characters in one batch (the engine packs segments up to this).</summary>
    [Range(100, 1_000_000)]
    public int MaxCharactersPerBatch { get; set; } = 20_000;

    /// <summary>Segments in one batch.</summary>
    [Range(1, 10_000)]
    public int MaxSegmentsPerBatch { get; set; } = 100;

    /// <summary>
    /// Languages to pivot through, best first, when no installed pair translates a direction
    /// directly. fr→en goes fr→ca→en by default: over our two text samples it leaves 83 words
    /// untranslated against 206 through Spanish (which hands English the Spanish words it lacks:
    /// "combatientes", "chiítas"), though Spanish reads better on some budget sentences.
    /// </summary>
    /// <remarks>Empty means the default, because configuration binding appends to a list rather than replacing it.</remarks>
    public List<string> PivotLanguages { get; set; } = [];

    /// <summary>The pivots used when <see cref="PivotLanguages"/> is empty.</summary>
    public static IReadOnlyList<string> DefaultPivotLanguages { get; } = ["ca", "es", "en"];

    public IReadOnlyList<string> EffectivePivotLanguages => PivotLanguages.Count == 0 ? DefaultPivotLanguages : PivotLanguages;
}
