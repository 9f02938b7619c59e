using System.Buffers;
using System.Text.RegularExpressions;
using Microsoft.Extensions.Options;
using NewsLingo.Core.Languages;

namespace NewsLingo.Core.Translation.Glossaries;

/// <summary>
/// The deployment's glossaries (<see cref="GlossaryOptions.Files"/>), applied under each job's own
/// entries. Only the entries whose term occurs in the job's segments join it, found with one scan
/// per segment, so a long house list costs a request that names none of its terms almost nothing
/// and leaves its cache keys as they were.
/// </summary>
public sealed class DeploymentGlossary
{
    private readonly Dictionary<string, Terms> _bySource = new(StringComparer.OrdinalIgnoreCase);

    public DeploymentGlossary(IOptions<GlossaryOptions> options)
        : this(options.Value.Enabled ? options.Value.Files.Select(f => GlossaryFile.Read(ResolvePath(f))) : [])
    {
    }

    public DeploymentGlossary(IEnumerable<GlossaryFile> files)
    {
        foreach (var group in files.GroupBy(f => f.SourceLanguage.Language, StringComparer.OrdinalIgnoreCase))
        {
            var byTerm = new Dictionary<string, GlossaryEntry>(StringComparer.OrdinalIgnoreCase);
            foreach (var entry in group.SelectMany(f => f.Entries))
            {
                byTerm.TryAdd(entry.Term, entry);
            }

            if (byTerm.Count > 0)
            {
                var alternatives = string.Join('|', byTerm.Keys.OrderByDescending(t => t.Length).Select(Regex.Escape));
                var pattern = new Regex($@"(?<![\p{{L}}\p{{N}}])(?:{alternatives})(?![\p{{L}}\p{{N}}])", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase | RegexOptions.Compiled, TimeSpan.FromSeconds(1));
                _bySource[group.Key] = new Terms(pattern, byTerm, SearchValues.Create([.. byTerm.Keys.SelectMany(t => new[] { t, t.ToUpperInvariant() }).Distinct(StringComparer.Ordinal)], StringComparison.Ordinal));
            }
        }
    }

    /// <summary>Entries in all files.</summary>
    public int Count => _bySource.Values.Sum(t => t.ByTerm.Count);

    /// <summary>A relative path is the server's own file (the shipped glossaries), wherever it was started from.</summary>
    public static string ResolvePath(string path) => Path.IsPathRooted(path) ? path : Path.Combine(AppContext.BaseDirectory, path);

    /// <summary><paramref name="job"/> with the deployment's entries its segments name added under its own.</summary>
    public SegmentJob Apply(SegmentJob job)
    {
        if (_bySource.Count == 0 || !_bySource.TryGetValue(job.Source.Language, out var terms))
        {
            return job;
        }

        List<GlossaryEntry>? added = null;
        var own = job.Glossary;
        foreach (var segment in job.Segments)
        {
            // A vectorized search for any term first (as written, or in capitals as in a headline): most
            // segments name none, and skip the regex, which then matches in any case.
            if (string.IsNullOrEmpty(segment) || segment.AsSpan().IndexOfAny(terms.Any) < 0)
            {
                continue;
            }

            foreach (Match match in terms.Pattern.Matches(segment))
            {
                var entry = terms.ByTerm[match.Value];
                if ((added is null || !added.Contains(entry)) && !Names(own, entry.Term))
                {
                    (added ??= []).Add(entry);
                }
            }
        }

        return added is null ? job : job with { Glossary = new Glossary([.. own?.Entries ?? [], .. added]) };
    }

    private static bool Names(Glossary? glossary, string term)
    {
        foreach (var entry in glossary?.Entries ?? [])
        {
            if (string.Equals(entry.Term, term, StringComparison.OrdinalIgnoreCase))
            {
                return true;
            }
        }

        return false;
    }

    private sealed record Terms(Regex Pattern, Dictionary<string, GlossaryEntry> ByTerm, SearchValues<string> Any);
}
