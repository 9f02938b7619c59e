using BenchmarkDotNet.Attributes;
using NewsLingo.Core.Translation;
using NewsLingo.Core.Translation.Glossaries;
using NewsLingo.Core.Facts;
using NewsLingo.Core.Languages;
using NewsLingo.LoadClient;

namespace NewsLingo.Bench;

/// <summary>The fact check of one translated segment (the load test's texts, without figures, and a figure-dense one), and the deployment glossary's scan.</summary>
[MemoryDiagnoser]
public class FactCheckBenchmarks
{
    private const string Figures = "Le groupe a réalisé un chiffre d'affaires de 38 milliards d'euros en 2025, en hausse de 4,2 % depuis le 7 mars.";
    private static readonly LanguageTag French = LanguageTag.Parse("fr");
    private static readonly LanguageTag English = LanguageTag.Parse("en");
    private readonly FactChecker _checker = new();
    private readonly string _plain = LoadShape.TranslateRequest().Texts[0];

    private readonly DeploymentGlossary _exonyms = new([GlossaryFile.Read(Path.Combine(AppContext.BaseDirectory, "glossaries", "fr-exonyms.json"))]);
    private readonly SegmentJob _loadJob = new(LoadShape.TranslateRequest().Texts, French, English);

    /// <summary>The shipped exonym list against the load test's texts, which name none of its terms.</summary>
    [Benchmark]
    public SegmentJob ExonymScan() => _exonyms.Apply(_loadJob);

    [Benchmark]
    public CheckedTranslation NoFigures() => _checker.Check(_plain, "[en] " + _plain, French, English, TextFormat.Plain);

    [Benchmark]
    public CheckedTranslation FigureDense() => _checker.Check(Figures, "The group had a turnover of 38 billion euros in 2025, up 4,2 % since March 7.", French, English, TextFormat.Plain);
}
