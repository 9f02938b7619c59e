using System.ComponentModel.DataAnnotations;

namespace NewsLingo.Backends.Offline.Detection;

/// <summary>Settings of the Lingua language detector (section <c>NewsLingo:LanguageDetection</c>).</summary>
public sealed class LanguageDetectionOptions
{
    public const string SectionName = "NewsLingo:LanguageDetection";

    /// <summary>
    /// Languages to tell apart, as ISO 639-1 codes ("fr") or English names ("French"). Only these
    /// models are loaded: fewer languages mean less memory and fewer confusions. Default: the eight
    /// languages of our Apertium pairs (<see cref="DefaultLanguages"/>) when the list is empty.
    /// </summary>
    /// <remarks>Empty by default because configuration binding appends to a list rather than replacing it.</remarks>
    public List<string> Languages { get; set; } = [];

    /// <summary>The languages used when <see cref="Languages"/> is empty.</summary>
    public static IReadOnlyList<string> DefaultLanguages { get; } = ["fr", "en", "es", "de", "it", "pt", "nl", "ca"];

    /// <summary><see cref="Languages"/>, or <see cref="DefaultLanguages"/> when none are configured.</summary>
    public IReadOnlyList<string> EffectiveLanguages => Languages.Count == 0 ? DefaultLanguages : Languages;

    /// <summary>
    /// Lingua's minimum relative distance between the best and the second language (0 to 0.99):
    /// below it the text is answered as undetermined. Default 0.1.
    /// </summary>
    [Range(0.0, 0.99)]
    public double MinimumRelativeDistance { get; set; } = 0.1;

    /// <summary>
    /// Texts with fewer words never get a language: a name or a single word ("Palmyre") fits
    /// several languages equally well. Default 3.
    /// </summary>
    [Range(1, 100)]
    public int MinimumWords { get; set; } = 3;

    /// <summary>
    /// Lingua's low accuracy mode: trigram models only, a fraction of the memory and load time,
    /// but unreliable below a sentence. Default false (high accuracy, the point of using Lingua).
    /// </summary>
    public bool LowAccuracyMode { get; set; }

    /// <summary>Load every model at start-up rather than on first use, so no request pays for it. Default true.</summary>
    public bool Preload { get; set; } = true;
}
