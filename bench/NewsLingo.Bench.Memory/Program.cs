using System.Diagnostics;
using System.Diagnostics.Metrics;
using System.Globalization;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using NewsLingo.Backends.Offline.Apertium;
using NewsLingo.Core.Articles;
using NewsLingo.Core.Languages;
using NewsLingo.Core.Memory;
using NewsLingo.Core.Translation;
using NewsLingo.Memory.Postgres;
using NewsLingo.Memory.Sqlite;

// Memory lookup cost per segment, by store and size, next to one warm Apertium translation of the
// same segments, measured in turns (memory, Apertium, memory, …) so the machine's noise hits both.
// Usage: NewsLingo.Bench.Memory --dir DIR [--postgres CONNECTION] [--sizes 10000,1000000] [--rounds 300]
var arguments = Arguments.Parse(args);
var french = LanguageTag.Parse("fr");
var spanish = LanguageTag.Parse("es");
var direction = new LanguageDirection(french, spanish);
var scope = MemoryScope.Parse("bench");
var corpus = Corpus.Load();
Console.WriteLine($"{corpus.Sentences.Count} French sentences ({corpus.Origin}), {corpus.Vocabulary.Count} distinct words; variants of them fill the memory.");

ApertiumTranslator? apertium = null;
if (new ApertiumProbe(Options.Create(new ApertiumOptions())).WhyUnavailable() is { } missing)
{
    Console.Error.WriteLine($"Apertium is not available ({missing}): no translation time to compare with.");
}
else
{
    apertium = new ApertiumTranslator(Options.Create(new ApertiumOptions { PipelinesPerMode = 1 }), NullLogger<ApertiumTranslator>.Instance);
    await apertium.WarmUpAsync(CancellationToken.None);
}

Console.WriteLine();
Console.WriteLine("| store | entries | fill s | size MiB | exact µs/segment (median, p95) | fuzzy µs/segment (median, p95) | fuzzy hits | Apertium fr→es µs/segment (median) | exact / Apertium | fuzzy / Apertium |");
Console.WriteLine("|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|");
foreach (var size in arguments.Sizes)
{
    var stores = new List<(string Name, ITranslationMemoryStore Store, Func<Task<double>> SizeMiB)>();
    var path = Path.Combine(arguments.Directory, $"memory-{size}.db");
    foreach (var file in new[] { path, path + "-wal", path + "-shm" })
    {
        File.Delete(file);
    }

    stores.Add(("sqlite", new SqliteMemoryStore(Options.Create(new SqliteMemoryStoreOptions { Path = path })), () => Task.FromResult(FileMiB(path) + FileMiB(path + "-wal"))));
    if (arguments.Postgres is { } connection)
    {
        var postgres = new PostgresMemoryStore(Options.Create(new PostgresMemoryStoreOptions { ConnectionString = connection }));
        stores.Add(("postgres", postgres, () => Postgres.SizeMiBAsync(connection)));
        await Postgres.ResetAsync(connection);
    }

    foreach (var (name, store, sizeMiB) in stores)
    {
        using var meters = new BenchMeters();
        var memory = new TranslationMemory(store, Options.Create(new TranslationMemoryOptions { LookupTimeout = TimeSpan.FromMinutes(1) }), TimeProvider.System, new MemoryMetrics(meters), [], NullLogger<TranslationMemory>.Instance);
        var fill = Stopwatch.StartNew();
        var stored = await Fill(memory, scope, french, spanish, corpus, size);
        var fillSeconds = fill.Elapsed.TotalSeconds;

        var random = new Random(7);
        var exact = new List<double>();
        var fuzzy = new List<double>();
        var translate = new List<double>();
        var fuzzyHits = 0;
        var fuzzyAsked = 0;
        for (var round = 0; round < arguments.Rounds; round++)
        {
            // A paragraph of four segments: three the memory holds, one it does not.
            var paragraph = Enumerable.Range(0, 3).Select(_ => stored[random.Next(stored.Count)]).Append(corpus.Variant(random, 3)).ToList();
            var timer = Stopwatch.StartNew();
            var found = await memory.FindExactAsync(scope, direction, paragraph, CancellationToken.None);
            exact.Add(timer.Elapsed.TotalMicroseconds / paragraph.Count);
            if (found.Take(3).Any(u => u is null))
            {
                throw new InvalidOperationException("A stored segment was not found exactly.");
            }

            // The same paragraph edited: one word changed in each segment, so no exact match.
            var edited = paragraph.Select(s => Corpus.Edit(s, random, corpus.Vocabulary)).ToList();
            timer.Restart();
            var lookups = await memory.LookupAsync(scope, direction, edited, CancellationToken.None);
            fuzzy.Add(timer.Elapsed.TotalMicroseconds / edited.Count);
            fuzzyHits += lookups.Take(3).Count(l => l.Fuzzy.Count > 0);
            fuzzyAsked += 3;

            if (apertium is not null && round % 3 == 0)
            {
                var segment = paragraph[random.Next(paragraph.Count)];
                timer.Restart();
                await new TranslationEngine(apertium).TranslateAsync(new SegmentJob([segment], french, spanish), CancellationToken.None);
                translate.Add(timer.Elapsed.TotalMicroseconds);
            }
        }

        var apertiumMedian = translate.Count > 0 ? Percentile(translate, 0.5) : double.NaN;
        var mebibytes = await sizeMiB();
        Console.WriteLine(string.Create(
            CultureInfo.InvariantCulture,
            $"| {name} | {size:N0} | {fillSeconds:F1} | {mebibytes:F1} | {Percentile(exact, 0.5):F0} ({Percentile(exact, 0.95):F0}) | {Percentile(fuzzy, 0.5):F0} ({Percentile(fuzzy, 0.95):F0}) | {fuzzyHits}/{fuzzyAsked} | {apertiumMedian:F0} | {Percentile(exact, 0.5) / apertiumMedian:P1} | {Percentile(fuzzy, 0.5) / apertiumMedian:P1} |"));
        if (store is IAsyncDisposable disposable)
        {
            await disposable.DisposeAsync();
        }
    }
}

static async Task<List<string>> Fill(TranslationMemory memory, MemoryScope scope, LanguageTag source, LanguageTag target, Corpus corpus, int size)
{
    var random = new Random(size);
    var stored = new List<string>(size);
    var seen = new HashSet<string>(StringComparer.Ordinal);
    const int Batch = 5000;
    while (stored.Count < size)
    {
        var drafts = new List<TranslationUnitDraft>(Batch);
        while (drafts.Count < Math.Min(Batch, size - stored.Count))
        {
            // The corpus itself first, then variants of it: two words replaced by other words of the corpus.
            var sentence = stored.Count + drafts.Count < corpus.Sentences.Count ? corpus.Sentences[stored.Count + drafts.Count] : corpus.Variant(random, 2);
            if (seen.Add(MemoryText.Normalize(sentence)))
            {
                drafts.Add(new TranslationUnitDraft(source, target, sentence, "[es] " + sentence, MemoryOrigin.Import));
            }
        }

        await memory.StoreAsync(scope, drafts, CancellationToken.None);
        stored.AddRange(drafts.Select(d => d.SourceText));
    }

    return stored;
}

static double Percentile(List<double> values, double share)
{
    var sorted = values.Order().ToList();
    return sorted[Math.Min(sorted.Count - 1, (int)(share * sorted.Count))];
}

static double FileMiB(string path) => File.Exists(path) ? new FileInfo(path).Length / 1048576.0 : 0;

/// <summary>Real French news sentences: FLORES dev (../shared/quality) when present, and the project's samples.</summary>
internal sealed class Corpus(List<string> sentences, string origin)
{
    public List<string> Sentences { get; } = sentences;

    public string Origin { get; } = origin;

    public List<string> Vocabulary { get; } = [.. sentences.SelectMany(s => s.Split(' ')).Where(w => w.Length > 0).Distinct(StringComparer.Ordinal)];

    public static Corpus Load()
    {
        var segmenter = new SentenceSegmenter();
        var french = LanguageTag.Parse("fr");
        var samples = Path.Combine(AppContext.BaseDirectory, "samples");
        var sentences = File.ReadAllText(Path.Combine(samples, "budget-long.txt")).Split("\n\n")
            .Concat(File.ReadAllLines(Path.Combine(samples, "figures-fr.txt")).Where(l => !l.StartsWith('#')))
            .SelectMany(p => segmenter.Split(p.Trim(), french))
            .Where(s => s.Split(' ').Length >= 6)
            .ToList();
        var origin = "the samples";
        if (FindShared() is { } shared && File.Exists(Path.Combine(shared, "quality", "flores-dev.fr")))
        {
            sentences.AddRange(File.ReadAllLines(Path.Combine(shared, "quality", "flores-dev.fr")).Where(l => l.Split(' ').Length >= 6));
            origin = "the samples and FLORES dev";
        }

        return new Corpus([.. sentences.Distinct(StringComparer.Ordinal)], origin);
    }

    public string Variant(Random random, int replaced)
    {
        var words = Sentences[random.Next(Sentences.Count)].Split(' ');
        for (var i = 0; i < replaced; i++)
        {
            words[random.Next(words.Length)] = Vocabulary[random.Next(Vocabulary.Count)];
        }

        return string.Join(' ', words);
    }

    public static string Edit(string sentence, Random random, List<string> vocabulary)
    {
        var words = sentence.Split(' ');
        words[random.Next(words.Length)] = vocabulary[random.Next(vocabulary.Count)];
        return string.Join(' ', words);
    }

    private static string? FindShared()
    {
        for (var directory = new DirectoryInfo(AppContext.BaseDirectory); directory is not null; directory = directory.Parent)
        {
            var candidate = Path.Combine(directory.FullName, "shared");
            if (Directory.Exists(candidate))
            {
                return candidate;
            }
        }

        return null;
    }
}

internal sealed record Arguments(string Directory, string? Postgres, IReadOnlyList<int> Sizes, int Rounds)
{
    public static Arguments Parse(string[] args)
    {
        string Value(string name, string fallback) => Array.IndexOf(args, name) is var i and >= 0 && i + 1 < args.Length ? args[i + 1] : fallback;
        var directory = Value("--dir", Path.Combine(Path.GetTempPath(), "newslingo-bench-memory"));
        System.IO.Directory.CreateDirectory(directory);
        var postgres = Value("--postgres", string.Empty);
        return new Arguments(
            directory,
            postgres.Length == 0 ? null : postgres,
            [.. Value("--sizes", "10000,1000000").Split(',').Select(s => int.Parse(s, CultureInfo.InvariantCulture))],
            int.Parse(Value("--rounds", "300"), CultureInfo.InvariantCulture));
    }
}

internal static class Postgres
{
    public static async Task ResetAsync(string connection)
    {
        await using var source = Npgsql.NpgsqlDataSource.Create(connection);
        await using var command = source.CreateCommand("DROP TABLE IF EXISTS memory_units; DROP TABLE IF EXISTS schema_migrations;");
        await command.ExecuteNonQueryAsync();
    }

    public static async Task<double> SizeMiBAsync(string connection)
    {
        await using var source = Npgsql.NpgsqlDataSource.Create(connection);
        await using var command = source.CreateCommand("SELECT pg_total_relation_size('memory_units');");
        return (long)(await command.ExecuteScalarAsync())! / 1048576.0;
    }
}

/// <summary>Meters for the memory's instruments; nothing listens in the bench.</summary>
internal sealed class BenchMeters : IMeterFactory
{
    public Meter Create(MeterOptions options) => new(options);

    public void Dispose()
    {
    }
}
