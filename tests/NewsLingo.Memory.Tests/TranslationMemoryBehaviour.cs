using NewsLingo.Core.Articles;
using NewsLingo.Core.Languages;
using NewsLingo.Core.Memory;
using NewsLingo.Core.Memory.Tmx;
using NewsLingo.Testing;

namespace NewsLingo.Memory.Tests;

/// <summary>
/// What every translation memory store must do, run against each store (SQLite, PostgreSQL) through
/// <see cref="TranslationMemory"/>: the same inputs, the same answers.
/// </summary>
public abstract class TranslationMemoryBehaviour
{
    protected static readonly LanguageTag French = LanguageTag.Parse("fr");
    protected static readonly LanguageTag English = LanguageTag.Parse("en");
    protected static readonly LanguageDirection FrenchToEnglish = new(French, English);
    protected static readonly MemoryScope Desk = MemoryScope.Parse("desk-paris");
    protected static readonly MemoryScope OtherDesk = MemoryScope.Parse("desk-lyon");

    /// <summary>A new, empty store of the kind under test.</summary>
    protected abstract Task<MemoryStoreHarness> CreateAsync(TranslationMemoryOptions? options = null);

    [Fact]
    public async Task An_exact_match_survives_typographic_differences_but_not_case_or_digits()
    {
        await using var harness = await CreateAsync();
        await harness.Memory.StoreAsync(Desk, [Correction("L’armée syrienne a repris « Palmyre » le 7 mars…", "The Syrian army retook \"Palmyra\" on 7 March...")], default);

        var found = await harness.Memory.FindExactAsync(Desk, FrenchToEnglish,
        [
            "L'armée  syrienne a repris \"Palmyre\" le 7 mars...",
            "L\u2019arm\u0065\u0301e syrienne a repris «\u202FPalmyre\u202F» le 7\u00A0mars…",
            "l’armée syrienne a repris « Palmyre » le 7 mars…",
            "L’armée syrienne a repris « Palmyre » le 8 mars…",
        ], default);

        Assert.Equal("The Syrian army retook \"Palmyra\" on 7 March...", found[0]?.TargetText);
        Assert.Equal(found[0], found[1]);
        Assert.Null(found[2]);
        Assert.Null(found[3]);
    }

    [Fact]
    public async Task A_batch_lookup_answers_each_segment_in_order_exact_then_fuzzy()
    {
        await using var harness = await CreateAsync();
        await harness.Memory.StoreAsync(Desk,
        [
            Correction("Le gouvernement prévoit 38 milliards d'économies en 2026.", "The government plans 38 billion in savings in 2026."),
            Correction("Le maire a présenté le budget de la ville devant le conseil municipal.", "The mayor presented the city budget to the council."),
        ], default);

        var lookups = await harness.Memory.LookupAsync(Desk, FrenchToEnglish,
        [
            "Une phrase que personne n'a corrigée.",
            "Le gouvernement prévoit 38 milliards d'économies en 2026.",
            "Le maire a présenté le budget de la région devant le conseil municipal.",
        ], default);

        Assert.True(lookups[0].IsMiss);
        Assert.Equal("The government plans 38 billion in savings in 2026.", lookups[1].Exact?.TargetText);
        Assert.Null(lookups[2].Exact);
        var fuzzy = Assert.Single(lookups[2].Fuzzy);
        Assert.Equal("The mayor presented the city budget to the council.", fuzzy.Unit.TargetText);

        // 14 tokens, one replaced: 1 - 1/14.
        Assert.Equal(Math.Round(1 - (1.0 / 14), 4), fuzzy.Score);
    }

    [Fact]
    public async Task Fuzzy_lookups_find_what_scoring_every_entry_would_find()
    {
        await using var harness = await CreateAsync();
        var sentences = SampleSentences();
        await harness.Memory.StoreAsync(Desk, [.. sentences.Select(s => Correction(s, "[en] " + s))], default);

        var queries = sentences.Where((_, i) => i % 7 == 0).Select(Perturb).ToList();
        var lookups = await harness.Memory.LookupAsync(Desk, FrenchToEnglish, queries, default);

        var checkedQueries = 0;
        for (var i = 0; i < queries.Count; i++)
        {
            var query = SegmentKey.Of(queries[i]);
            var best = sentences.Select(s => FuzzySimilarity.Score(query, SegmentKey.Of(s))).Max();
            if (best >= harness.Memory.FuzzyThreshold && best < 1)
            {
                checkedQueries++;
                Assert.True(lookups[i].Fuzzy.Count > 0, $"no fuzzy match for '{queries[i]}' (best possible {best:0.000})");
                Assert.Equal(Math.Round(best, 4), lookups[i].Fuzzy[0].Score);
            }
            else if (best < harness.Memory.FuzzyThreshold)
            {
                Assert.True(lookups[i].IsMiss);
            }
        }

        Assert.True(checkedQueries >= 10, $"only {checkedQueries} queries had a fuzzy match to check");
    }

    [Fact]
    public async Task A_later_correction_replaces_the_translation_and_an_older_one_does_not()
    {
        await using var harness = await CreateAsync();
        var first = (await harness.Memory.StoreAsync(Desk, [Correction("Le budget est adopté.", "The budget is passed.", author: "alice")], default)).Single();
        harness.Clock.Advance(TimeSpan.FromMinutes(5));
        var second = (await harness.Memory.StoreAsync(Desk, [Correction("Le budget est adopté.", "The budget has been adopted.", author: "bob")], default)).Single();
        var stale = (await harness.Memory.StoreAsync(Desk, [Correction("Le budget est adopté.", "Budget adopted.") with { ChangedAt = first.Unit.ChangedAt.AddDays(-1), Origin = MemoryOrigin.Import }], default)).Single();

        Assert.Equal(StoreOutcome.Added, first.Outcome);
        Assert.Equal(StoreOutcome.Updated, second.Outcome);
        Assert.Equal(StoreOutcome.KeptNewer, stale.Outcome);
        Assert.Equal(first.Unit.Id, second.Unit.Id);
        Assert.Equal(first.Unit.CreatedAt, second.Unit.CreatedAt);
        Assert.Equal("bob", second.Unit.Author);
        var found = Assert.Single(await harness.Memory.FindExactAsync(Desk, FrenchToEnglish, ["Le budget est adopté."], default));
        Assert.Equal("The budget has been adopted.", found?.TargetText);
        Assert.Equal(1, (await harness.Memory.DescribeAsync(Desk, default)).Units);
    }

    [Fact]
    public async Task Regional_entries_serve_a_request_for_the_language_and_never_another_region()
    {
        await using var harness = await CreateAsync();
        var frFr = LanguageTag.Parse("fr-FR");
        await harness.Memory.StoreAsync(Desk,
        [
            new TranslationUnitDraft(frFr, LanguageTag.Parse("en-GB"), "Le ministre a démissionné.", "The minister has resigned.", MemoryOrigin.Import),
            new TranslationUnitDraft(frFr, LanguageTag.Parse("en-US"), "Le ministre a démissionné.", "The secretary resigned.", MemoryOrigin.Import),
        ], default);

        var forEnglish = await harness.Memory.FindExactAsync(Desk, FrenchToEnglish, ["Le ministre a démissionné."], default);
        var forAmerican = await harness.Memory.FindExactAsync(Desk, new LanguageDirection(French, LanguageTag.Parse("en-US")), ["Le ministre a démissionné."], default);
        var forCanadian = await harness.Memory.FindExactAsync(Desk, new LanguageDirection(French, LanguageTag.Parse("en-CA")), ["Le ministre a démissionné."], default);

        Assert.NotNull(forEnglish[0]);
        Assert.Equal("The secretary resigned.", forAmerican[0]?.TargetText);
        Assert.Null(forCanadian[0]);
    }

    [Fact]
    public async Task One_scope_never_sees_another_scopes_entries_in_any_operation()
    {
        await using var harness = await CreateAsync();
        var memory = harness.Memory;
        var paris = (await memory.StoreAsync(Desk, [Correction("Le préfet a pris un arrêté.", "The prefect issued an order.", author: "alice", article: "art-1")], default)).Single().Unit;
        var lyon = (await memory.StoreAsync(OtherDesk, [Correction("Le préfet a pris un arrêté.", "The prefect signed a decree.", author: "alice", article: "art-1")], default)).Single().Unit;

        Assert.NotEqual(paris.Id, lyon.Id);
        Assert.Equal("The prefect issued an order.", (await memory.FindExactAsync(Desk, FrenchToEnglish, ["Le préfet a pris un arrêté."], default))[0]?.TargetText);
        Assert.Equal("The prefect signed a decree.", (await memory.FindExactAsync(OtherDesk, FrenchToEnglish, ["Le préfet a pris un arrêté."], default))[0]?.TargetText);
        Assert.True((await memory.LookupAsync(MemoryScope.Default, FrenchToEnglish, ["Le préfet a pris un arrêté.", "Le préfet a pris un nouvel arrêté."], default)).All(l => l.IsMiss));
        var fuzzy = (await memory.LookupAsync(OtherDesk, FrenchToEnglish, ["Le préfet a pris un nouvel arrêté."], default))[0];
        Assert.All(fuzzy.Fuzzy, m => Assert.Equal(OtherDesk, m.Unit.Scope));
        Assert.Equal([lyon.Id], (await memory.ListAsync(OtherDesk, MemoryListFilter.ByArticle("art-1"), 10, null, default)).Units.Select(u => u.Id));
        Assert.Equal([paris.Id], (await memory.ListAsync(Desk, MemoryListFilter.ByAuthor("alice"), 10, null, default)).Units.Select(u => u.Id));
        Assert.Equal([paris.Id], await memory.ExportAsync(Desk, default).Select(u => u.Id).ToListAsync());
        Assert.Equal(1, (await memory.DescribeAsync(OtherDesk, default)).Units);
        Assert.Equal(0, (await memory.DescribeAsync(MemoryScope.Default, default)).Units);

        await Assert.ThrowsAsync<MemoryEntryNotFoundException>(() => memory.DeleteAsync(OtherDesk, paris.Id, default));
        Assert.NotNull((await memory.FindExactAsync(Desk, FrenchToEnglish, ["Le préfet a pris un arrêté."], default))[0]);
        await memory.DeleteAsync(Desk, paris.Id, default);
        Assert.Null((await memory.FindExactAsync(Desk, FrenchToEnglish, ["Le préfet a pris un arrêté."], default))[0]);
        Assert.NotNull((await memory.FindExactAsync(OtherDesk, FrenchToEnglish, ["Le préfet a pris un arrêté."], default))[0]);
    }

    [Fact]
    public async Task A_deleted_entry_is_gone_and_its_id_not_found_again()
    {
        await using var harness = await CreateAsync();
        var unit = (await harness.Memory.StoreAsync(Desk, [Correction("Les combattants ont été chassés de la ville.", "The fighters were driven out of the city.", article: "palmyre")], default)).Single().Unit;

        var deleted = await harness.Memory.DeleteAsync(Desk, unit.Id, default);

        Assert.Equal(unit, deleted);
        Assert.True((await harness.Memory.LookupAsync(Desk, FrenchToEnglish, ["Les combattants ont été chassés de la ville.", "Les combattants ont été chassés de la cité."], default)).All(l => l.IsMiss));
        Assert.Empty((await harness.Memory.ListAsync(Desk, MemoryListFilter.ByArticle("palmyre"), 10, null, default)).Units);
        await Assert.ThrowsAsync<MemoryEntryNotFoundException>(() => harness.Memory.DeleteAsync(Desk, unit.Id, default));
    }

    [Fact]
    public async Task Listings_page_through_an_article_and_an_author_oldest_first()
    {
        await using var harness = await CreateAsync();
        var drafts = Enumerable.Range(1, 5).Select(i => Correction($"Phrase numéro {i} de l'article.", $"Sentence number {i} of the article.", author: i % 2 == 0 ? "bob" : "alice", article: "https://www.example.fr/article")).ToList();
        await harness.Memory.StoreAsync(Desk, drafts, default);

        var pages = new List<IReadOnlyList<TranslationUnit>>();
        string? token = null;
        do
        {
            var page = await harness.Memory.ListAsync(Desk, MemoryListFilter.ByArticle("https://www.example.fr/article"), 2, token, default);
            pages.Add(page.Units);
            token = page.NextPageToken;
        }
        while (token is not null);
        var bob = await harness.Memory.ListAsync(Desk, MemoryListFilter.ByAuthor("bob"), 10, null, default);

        Assert.Equal([2, 2, 1], pages.Select(p => p.Count));
        Assert.Equal(drafts.Select(d => d.SourceText), pages.SelectMany(p => p).Select(u => u.SourceText));
        Assert.Equal(["Phrase numéro 2 de l'article.", "Phrase numéro 4 de l'article."], bob.Units.Select(u => u.SourceText));
        Assert.Null(bob.NextPageToken);
        Assert.Throws<FormatException>(() => MemoryPageTokens.Read("page 2, please"));
    }

    [Fact]
    public async Task An_export_streams_every_entry_of_the_scope_in_order()
    {
        await using var harness = await CreateAsync();
        var drafts = Enumerable.Range(0, 1234).Select(i => Correction($"Dépêche {i} : le conseil se réunit.", $"Dispatch {i}: the council meets.")).ToList();
        await harness.Memory.StoreAsync(Desk, drafts, default);

        var exported = await harness.Memory.ExportAsync(Desk, default).ToListAsync();

        Assert.Equal(drafts.Select(d => d.SourceText), exported.Select(u => u.SourceText));
        Assert.Equal(drafts.Count, exported.Select(u => u.Id).Distinct().Count());
        var statistics = await harness.Memory.DescribeAsync(Desk, default);
        Assert.Equal(1234, statistics.Units);
        Assert.Equal(["fr"], statistics.SourceLanguages);
    }

    [Fact]
    public async Task Migrating_again_and_from_two_instances_at_once_applies_each_version_once()
    {
        await using var harness = await CreateAsync();
        var twin = await CreateTwinAsync(harness);

        await Task.WhenAll(harness.Store.MigrateAsync(default), twin.MigrateAsync(default), harness.Store.MigrateAsync(default));
        await harness.Memory.StoreAsync(Desk, [Correction("Après migration.", "After migration.")], default);

        Assert.Equal([1], await AppliedVersionsAsync(harness));
        Assert.NotNull((await harness.Memory.FindExactAsync(Desk, FrenchToEnglish, ["Après migration."], default))[0]);
        Assert.NotNull((await new MemoryStoreHarness(twin, () => ValueTask.CompletedTask).Memory.FindExactAsync(Desk, FrenchToEnglish, ["Après migration."], default))[0]);
    }

    [Theory]
    [InlineData("trados-fr-en.tmx", 3)]
    [InlineData("memoq-fr-es.tmx", 2)]
    [InlineData("omegat-multilingual.tmx", 4)]
    public async Task Importing_a_tmx_and_exporting_it_gives_back_the_same_units(string file, int pairs)
    {
        await using var harness = await CreateAsync();
        var imported = await ReadTmxAsync(File.OpenRead(Path.Combine(AppContext.BaseDirectory, "Tmx", file)));

        var stored = await harness.Memory.StoreAsync(Desk, imported.Units, default);
        using var exported = new MemoryStream();
        var statistics = await harness.Memory.DescribeAsync(Desk, default);
        await TmxWriter.WriteAsync(exported, statistics.SourceLanguages, harness.Clock.GetUtcNow(), harness.Memory.ExportAsync(Desk, default), default);
        exported.Position = 0;
        var again = await ReadTmxAsync(exported);

        Assert.Equal(pairs, imported.Units.Count);
        Assert.All(stored, s => Assert.Equal(StoreOutcome.Added, s.Outcome));
        Assert.Equal(imported.Units.Select(Comparable).Order(), again.Units.Select(Comparable).Order());
        Assert.All(imported.Units.Where(u => u.PreferredId is not null), u => Assert.Contains(again.Units, e => e.PreferredId == u.PreferredId && e.SourceText == u.SourceText));
    }

    private static Task<TmxDocument> ReadTmxAsync(Stream stream) =>
        TmxReader.ReadAsync(stream, new TmxReadLimits(10_000_000, 1000, 10_000), "tmx", default);

    private static string Comparable(TranslationUnitDraft unit) =>
        string.Join(" | ", unit.SourceLanguage, unit.TargetLanguage, unit.SourceText, unit.TargetText, unit.Author, unit.CreatedAt?.ToString("O"), unit.ChangedAt?.ToString("O"), unit.ArticleId, unit.Element, unit.Origin);

    /// <summary>A second store on the same database, as a second instance would have.</summary>
    protected abstract Task<ITranslationMemoryStore> CreateTwinAsync(MemoryStoreHarness harness);

    /// <summary>The versions recorded in the store's schema_migrations table.</summary>
    protected abstract Task<IReadOnlyList<int>> AppliedVersionsAsync(MemoryStoreHarness harness);

    protected static TranslationUnitDraft Correction(string source, string target, string? author = null, string? article = null) =>
        new(French, English, source, target, MemoryOrigin.Correction) { Author = author, ArticleId = article };

    /// <summary>The sentences of the long sample article and the figures sample: real French news text.</summary>
    protected static IReadOnlyList<string> SampleSentences()
    {
        var segmenter = new SentenceSegmenter();
        return [.. Samples.Read("budget-long.txt").Split("\n\n").Concat(Samples.Lines("figures-fr.txt"))
            .SelectMany(p => segmenter.Split(p.Trim(), French))
            .Where(s => s.Split(' ').Length >= 6)
            .Distinct(StringComparer.Ordinal)];
    }

    /// <summary>A sentence with one word replaced and, for longer ones, another dropped: what an updated article does.</summary>
    private static string Perturb(string sentence, int index)
    {
        var words = sentence.Split(' ').ToList();
        words[words.Count / 2] = "modifié";
        if (words.Count > 12 && index % 2 == 0)
        {
            words.RemoveAt(1);
        }

        return string.Join(' ', words);
    }
}
