using System.Reflection;
using System.Text.Json;
using System.Text.RegularExpressions;

namespace NewsLingo.Core.Articles.Boilerplate;

/// <summary>
/// Every boilerplate rule in force: the built-in lists (one JSON file per language, embedded) plus
/// the files a deployment adds (<see cref="ArticleReaderOptions.ExtraRuleFiles"/>). Lines are
/// matched whole, after normalizing case, blanks and apostrophes, so a rule never takes part of
/// a paragraph; anything no rule recognises is kept.
/// </summary>
public sealed class BoilerplateRuleSet
{
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web) { ReadCommentHandling = JsonCommentHandling.Skip, AllowTrailingCommas = true };

    private readonly Dictionary<string, BoilerplateRule> _exact = new(StringComparer.Ordinal);
    // By first character: a line meets only the prefixes that could start it, not the whole list.
    private readonly Dictionary<char, List<(string Prefix, BoilerplateRule Rule)>> _prefixes = [];
    private readonly List<(Regex Pattern, BoilerplateRule Rule)> _patterns = [];
    private readonly int _longest;

    public BoilerplateRuleSet(IEnumerable<BoilerplateRule> rules)
    {
        var selectors = new List<(string, BoilerplateRule)>();
        foreach (var rule in rules)
        {
            _longest = Math.Max(_longest, rule.MaxLength);
            foreach (var line in rule.Exact ?? [])
            {
                _exact.TryAdd(Normalize(line), rule);
            }

            foreach (var prefix in rule.Prefixes ?? [])
            {
                var normalized = Normalize(prefix);
                if (normalized.Length > 0)
                {
                    (_prefixes.TryGetValue(normalized[0], out var same) ? same : _prefixes[normalized[0]] = []).Add((normalized, rule));
                }
            }

            foreach (var pattern in rule.Patterns ?? [])
            {
                // Compiled: every line of every page meets every pattern. The timeout bounds a deployment's pattern gone wrong.
                _patterns.Add((new Regex(pattern, RegexOptions.IgnoreCase | RegexOptions.CultureInvariant | RegexOptions.Compiled, TimeSpan.FromMilliseconds(50)), rule));
            }

            foreach (var selector in rule.Selectors ?? [])
            {
                selectors.Add((selector, rule));
            }
        }

        Selectors = selectors;
        _longest = Math.Max(_longest, _exact.Keys.Select(k => k.Length).DefaultIfEmpty(0).Max());
    }

    /// <summary>CSS selectors of HTML elements that are boilerplate as a whole, with their rule.</summary>
    public IReadOnlyList<(string Selector, BoilerplateRule Rule)> Selectors { get; }

    /// <summary>The built-in rules plus those of <paramref name="extraFiles"/>, minus the rules named in <paramref name="disabled"/>.</summary>
    public static BoilerplateRuleSet Load(IEnumerable<string> extraFiles, IReadOnlyCollection<string>? disabled = null)
    {
        var rules = AllRules(extraFiles);
        return new BoilerplateRuleSet(disabled is { Count: > 0 } ? rules.Where(r => !disabled.Contains(r.Name, StringComparer.OrdinalIgnoreCase)) : rules);
    }

    /// <summary>Every rule name in force with <paramref name="extraFiles"/>: what <see cref="ArticleReaderOptions.DisabledRules"/> may name.</summary>
    public static IReadOnlySet<string> RuleNames(IEnumerable<string> extraFiles) =>
        AllRules(extraFiles).Select(r => r.Name).ToHashSet(StringComparer.OrdinalIgnoreCase);

    private static List<BoilerplateRule> AllRules(IEnumerable<string> extraFiles)
    {
        // A deployment's files first: where one of its rules and a built-in one both match a line, the deployment's (more specific) name is reported.
        var rules = new List<BoilerplateRule>();
        foreach (var file in extraFiles)
        {
            using var stream = File.OpenRead(file);
            rules.AddRange(Parse(stream, file).Rules);
        }

        var assembly = typeof(BoilerplateRuleSet).Assembly;
        foreach (var resource in assembly.GetManifestResourceNames().Where(n => n.Contains(".Boilerplate.Rules.", StringComparison.Ordinal)).Order(StringComparer.Ordinal))
        {
            using var stream = assembly.GetManifestResourceStream(resource)!;
            rules.AddRange(Parse(stream, resource).Rules);
        }

        return rules;
    }

    /// <summary>Reads one rule file; throws <see cref="InvalidDataException"/> naming <paramref name="source"/> when it is not one.</summary>
    public static BoilerplateRuleFile Parse(Stream stream, string source)
    {
        BoilerplateRuleFile? file;
        try
        {
            file = JsonSerializer.Deserialize<BoilerplateRuleFile>(stream, Json);
        }
        catch (JsonException error)
        {
            throw new InvalidDataException($"{source} is not a boilerplate rule file: {error.Message}", error);
        }

        if (file?.Rules is null || file.Rules.Any(r => string.IsNullOrWhiteSpace(r.Name)))
        {
            throw new InvalidDataException($"{source} is not a boilerplate rule file: it needs \"rules\", each with a \"name\".");
        }

        foreach (var pattern in file.Rules.SelectMany(r => r.Patterns ?? []))
        {
            try
            {
                _ = new Regex(pattern, RegexOptions.None, TimeSpan.FromMilliseconds(50));
            }
            catch (ArgumentException error)
            {
                throw new InvalidDataException($"{source}: pattern '{pattern}' is not a valid regular expression: {error.Message}", error);
            }
        }

        return file;
    }

    /// <summary>The rule <paramref name="line"/> is wholly boilerplate under, or null.</summary>
    public BoilerplateRule? Match(string line)
    {
        // A paragraph longer than every rule's reach is prose, and normalizing it would only cost (lines come with blanks collapsed).
        if (line.Length > 2 * _longest)
        {
            return null;
        }

        var normalized = Normalize(line);
        if (normalized.Length == 0)
        {
            return null;
        }

        if (_exact.TryGetValue(normalized, out var exact))
        {
            return exact;
        }

        foreach (var (prefix, rule) in _prefixes.GetValueOrDefault(normalized[0]) ?? [])
        {
            if (normalized.Length <= rule.MaxLength && normalized.StartsWith(prefix, StringComparison.Ordinal))
            {
                return rule;
            }
        }

        foreach (var (pattern, rule) in _patterns)
        {
            if (normalized.Length <= rule.MaxLength && Matches(pattern, line.Trim()))
            {
                return rule;
            }
        }

        return null;
    }

    /// <summary>A pattern that runs out of time has not matched: when unsure, a line is kept.</summary>
    private static bool Matches(Regex pattern, string line)
    {
        try
        {
            return pattern.IsMatch(line);
        }
        catch (RegexMatchTimeoutException)
        {
            return false;
        }
    }

    /// <summary>Lower case, single spaces, straight apostrophes: how lines are compared.</summary>
    public static string Normalize(string text)
    {
        var builder = new System.Text.StringBuilder(text.Length);
        var space = false;
        foreach (var c in text.Trim())
        {
            if (char.IsWhiteSpace(c))
            {
                space = true;
                continue;
            }

            if (space && builder.Length > 0)
            {
                builder.Append(' ');
            }

            space = false;
            builder.Append(c is '\u2019' or '\u2018' or '\u02BC' ? '\'' : char.ToLowerInvariant(c));
        }

        return builder.ToString();
    }
}
