using System.Diagnostics.CodeAnalysis;
using NewsLingo.Core.Errors;

namespace NewsLingo.Core.Backends;

/// <summary>
/// The backends of one kind (translators, summarizers) a deployment enables, each its own composed
/// stack by name (any case), and the default that serves a request naming none. A request that
/// names one the deployment does not enable is refused with <c>BACKEND_NOT_ENABLED</c>, naming the
/// enabled ones.
/// </summary>
/// <typeparam name="TBackend">The backend interface (<c>ITranslator</c>, <c>ISummarizer</c>).</typeparam>
public sealed class EnabledBackends<TBackend>
    where TBackend : class
{
    private readonly Dictionary<string, TBackend> _byName;
    private readonly string _kind;
    private readonly string _unnamed;

    /// <param name="kind">What the backends are, for refusals ("translator").</param>
    /// <param name="defaultName">The backend a request that names none gets.</param>
    /// <param name="byName">Every enabled backend's stack, by name.</param>
    /// <param name="unnamed">What a request that names none gets, for refusals ("the default", "the routing").</param>
    public EnabledBackends(string kind, string defaultName, IReadOnlyDictionary<string, TBackend> byName, string unnamed = "the default")
    {
        _byName = new Dictionary<string, TBackend>(byName, StringComparer.OrdinalIgnoreCase);
        _kind = kind;
        _unnamed = unnamed;
        Default = _byName[defaultName];
        Enabled = [defaultName, .. byName.Keys.Where(k => !string.Equals(k, defaultName, StringComparison.OrdinalIgnoreCase)).Order(StringComparer.Ordinal)];
    }

    /// <summary>One backend, the default, and no other.</summary>
    public static EnabledBackends<TBackend> Single(string kind, string name, TBackend backend, string unnamed = "the default") =>
        new(kind, name, new Dictionary<string, TBackend> { [name] = backend }, unnamed);

    public TBackend Default { get; }

    /// <summary>The enabled backends' names, the default first.</summary>
    public IReadOnlyList<string> Enabled { get; }

    /// <summary>How many backends are enabled.</summary>
    public int Count => _byName.Count;

    /// <summary>The enabled backend named <paramref name="name"/>.</summary>
    public TBackend Named(string name) => _byName[name];

    /// <summary>The enabled backend named <paramref name="name"/>, if it is one.</summary>
    public bool TryGet(string name, [MaybeNullWhen(false)] out TBackend backend) => _byName.TryGetValue(name, out backend);

    /// <summary>The backend named <paramref name="requested"/> (null: the default); a name not enabled is refused naming <paramref name="field"/> and the enabled ones.</summary>
    public TBackend For(string? requested, string field)
    {
        if (requested is null)
        {
            return Default;
        }

        return _byName.TryGetValue(requested, out var chosen) ? chosen : throw NotEnabled(requested, field);
    }

    /// <summary>Refuses a requested name the deployment does not enable, naming <paramref name="field"/> and the enabled ones; null is always accepted.</summary>
    public void EnsureEnabled(string? requested, string field)
    {
        if (requested is not null && !_byName.ContainsKey(requested))
        {
            throw NotEnabled(requested, field);
        }
    }

    private RequestValidationException NotEnabled(string requested, string field)
    {
        var error = new RequestValidationException(
            [new FieldViolation(field, ErrorReasonCodes.BackendNotEnabled, $"'{requested}' is not an enabled {_kind} here; use one of: {string.Join(", ", Enabled)} (or leave it empty for {_unnamed}).")]);
        error.Details["enabled"] = string.Join(",", Enabled);
        return error;
    }
}
