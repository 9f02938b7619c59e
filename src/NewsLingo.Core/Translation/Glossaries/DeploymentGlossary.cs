using System.Collections.Concurrent;
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
                var pattern = Protection.WholeWords.Pattern(byTerm.Keys, compiled: true);
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
        for (var i = 0; i < job.Segments.Count; i++)
        {
            foreach (var entry in terms.Named(job.Segments[i]))
            {
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

    private sealed record Terms(Regex Pattern, Dictionary<string, GlossaryEntry> ByTerm, SearchValues<string> Any)
    {
        private const int RememberedSegments = 8192;

        // The same segments come back (repeated requests, cache hits): their answer is remembered.
        private readonly ConcurrentDictionary<string, GlossaryEntry[]> _named = new(StringComparer.Ordinal);

        /// <summary>The entries <paramref name="segment"/> names.</summary>
        public GlossaryEntry[] Named(string segment)
        {
            if (string.IsNullOrEmpty(segment))
            {
                return [];
            }

            if (_named.TryGetValue(segment, out var known))
            {
                return known;
            }

            // A vectorized search for any term first (as written, or in capitals as in a headline):
            // most segments name none and skip the regex, which then matches in any case.
            GlossaryEntry[] named = [];
            if (segment.AsSpan().IndexOfAny(Any) >= 0)
            {
                named = [.. Pattern.Matches(segment).Select(m => ByTerm[m.Value]).Distinct()];
            }

            if (_named.Count >= RememberedSegments)
            {
                _named.Clear();
            }

            _named[segment] = named;
            return named;
        }
    }
}
