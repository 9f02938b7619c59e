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

    /// <summary>How long one batch may take on a pipeline before the pipeline is deemed hung, killed and the batch retried once.</summary>
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
    /// directly (fr→en goes fr→es→en by default: on our samples it reads better than through
    /// Catalan — "gross inner product" rather than "soiled indoor product").
    /// </summary>
    /// <remarks>Empty means the default, because configuration binding appends to a list rather than replacing it.</remarks>
    public List<string> PivotLanguages { get; set; } = [];

    /// <summary>The pivots used when <see cref="PivotLanguages"/> is empty.</summary>
    public static IReadOnlyList<string> DefaultPivotLanguages { get; } = ["es", "ca", "en"];

    public IReadOnlyList<string> EffectivePivotLanguages => PivotLanguages.Count == 0 ? DefaultPivotLanguages : PivotLanguages;
}
