using System.Text.Json;
using NewsLingo.Core.Languages;

namespace NewsLingo.Core.Translation.Glossaries;

/// <summary>
/// One deployment glossary file: the source language it applies to and its entries, each with one
/// translation for all targets and/or translations per target:
/// <code>{ "sourceLanguage": "fr", "entries": [ { "term": "Palmyre", "translations": { "en": "Palmyra", "es": "Palmira" } } ] }</code>
/// </summary>
public sealed record GlossaryFile(LanguageTag SourceLanguage, IReadOnlyList<GlossaryEntry> Entries)
{
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web) { ReadCommentHandling = JsonCommentHandling.Skip, AllowTrailingCommas = true };

    /// <summary>Reads and checks a file; <see cref="InvalidDataException"/> names what is wrong and where.</summary>
    public static GlossaryFile Read(string path)
    {
        Document? document;
        try
        {
            using var stream = File.OpenRead(path);
            document = JsonSerializer.Deserialize<Document>(stream, Json);
        }
        catch (JsonException error)
        {
            throw new InvalidDataException($"'{path}' is not a glossary file: {error.Message}", error);
        }

        if (document is null || !LanguageTag.TryParse(document.SourceLanguage, out var source))
        {
            throw new InvalidDataException($"'{path}': \"sourceLanguage\" must be the BCP-47 tag of the language its terms are written in (\"fr\").");
        }

        var entries = new List<GlossaryEntry>();
        for (var i = 0; i < (document.Entries?.Count ?? 0); i++)
        {
            var entry = document.Entries![i];
            var where = $"'{path}' entries[{i}]";
            if (string.IsNullOrWhiteSpace(entry.Term))
            {
                throw new InvalidDataException($"{where}: \"term\" is required.");
            }

            var perTarget = TermTranslations.Read(entry.Translations ?? []);
            if (perTarget.Violations.Count > 0)
            {
                throw new InvalidDataException($"{where} ('{entry.Term}'): translations must map language tags to non-empty terms; '{perTarget.Violations[0].Tag}' does not.");
            }

            entries.Add(new GlossaryEntry(entry.Term.Trim(), string.IsNullOrWhiteSpace(entry.Translation) ? null : entry.Translation.Trim(), perTarget.ByTarget));
        }

        return new GlossaryFile(source, entries);
    }

    private sealed record Document(string? SourceLanguage, List<EntryDocument>? Entries);

    private sealed record EntryDocument(string? Term, string? Translation, Dictionary<string, string?>? Translations);
}
