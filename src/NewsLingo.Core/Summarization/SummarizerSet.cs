using NewsLingo.Core.Errors;

namespace NewsLingo.Core.Summarization;

/// <summary>The summarizers a deployment enables, each its own composed stack; the default serves a request that names none.</summary>
public sealed class SummarizerSet
{
    private readonly Dictionary<string, ISummarizer> _byName;

    public SummarizerSet(string defaultName, IReadOnlyDictionary<string, ISummarizer> byName)
    {
        _byName = new Dictionary<string, ISummarizer>(byName, StringComparer.OrdinalIgnoreCase);
        Default = _byName[defaultName];
        Enabled = [defaultName, .. byName.Keys.Where(k => !string.Equals(k, defaultName, StringComparison.OrdinalIgnoreCase)).Order(StringComparer.Ordinal)];
    }

    public static SummarizerSet Single(ISummarizer summarizer) => new(summarizer.Name, new Dictionary<string, ISummarizer> { [summarizer.Name] = summarizer });

    public ISummarizer Default { get; }

    /// <summary>The enabled summarizers' names, the default first.</summary>
    public IReadOnlyList<string> Enabled { get; }

    /// <summary>The summarizer named <paramref name="requested"/> (null: the default); a name not enabled is refused naming <paramref name="field"/> and the enabled ones.</summary>
    public ISummarizer For(string? requested, string field = "options.summarizer")
    {
        if (requested is null)
        {
            return Default;
        }

        if (_byName.TryGetValue(requested, out var chosen))
        {
            return chosen;
        }

        var error = new RequestValidationException(
            [new FieldViolation(field, ErrorReasonCodes.BackendNotEnabled, $"'{requested}' is not an enabled summarizer here; use one of: {string.Join(", ", Enabled)} (or leave it empty for the default).")]);
        error.Details["enabled"] = string.Join(",", Enabled);
        throw error;
    }
}
