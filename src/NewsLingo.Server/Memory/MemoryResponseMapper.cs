using Google.Protobuf.WellKnownTypes;
using NewsLingo.Contracts.V1;
using NewsLingo.Core.Memory;
using NewsLingo.Core.Memory.Alignment;
using NewsLingo.Core.Memory.Corrections;
using ProtoAlignmentMethod = NewsLingo.Contracts.V1.AlignmentMethod;
using ProtoMemoryOrigin = NewsLingo.Contracts.V1.MemoryOrigin;
using ProtoStoreOutcome = NewsLingo.Contracts.V1.StoreOutcome;

namespace NewsLingo.Server.Memory;

/// <summary>Memory domain results as MemoryService messages.</summary>
public static class MemoryResponseMapper
{
    public static MemoryEntry ToProto(TranslationUnit unit) => new()
    {
        Id = unit.Id,
        SourceLanguage = unit.SourceLanguage.Value,
        TargetLanguage = unit.TargetLanguage.Value,
        SourceText = unit.SourceText,
        TargetText = unit.TargetText,
        ArticleId = unit.ArticleId ?? string.Empty,
        Element = unit.Element ?? string.Empty,
        Author = unit.Author ?? string.Empty,
        Origin = unit.Origin == Core.Memory.MemoryOrigin.Correction ? ProtoMemoryOrigin.Correction : ProtoMemoryOrigin.Import,
        CreateTime = Timestamp.FromDateTimeOffset(unit.CreatedAt),
        UpdateTime = Timestamp.FromDateTimeOffset(unit.ChangedAt),
    };

    public static StoredEntry ToProto(StoredUnit stored) => new()
    {
        Entry = ToProto(stored.Unit),
        Outcome = stored.Outcome switch
        {
            Core.Memory.StoreOutcome.Added => ProtoStoreOutcome.Added,
            Core.Memory.StoreOutcome.Updated => ProtoStoreOutcome.Updated,
            _ => ProtoStoreOutcome.KeptNewer,
        },
    };

    /// <summary>One entry per correction of the request, in its order: a pair sent twice was stored once and is reported at each place.</summary>
    public static AddCorrectionsResponse ToProto(IReadOnlyList<TranslationUnitDraft> drafts, IReadOnlyList<StoredUnit> stored)
    {
        var byKey = stored.ToDictionary(s => Key(s.Unit.SourceLanguage.Value, s.Unit.TargetLanguage.Value, s.Unit.SourceText), s => s, StringComparer.Ordinal);
        var response = new AddCorrectionsResponse();
        response.Stored.AddRange(drafts.Select(d => ToProto(byKey[Key(d.SourceLanguage.Value, d.TargetLanguage.Value, d.SourceText)])));
        return response;
    }

    public static CorrectElementResponse ToProto(ElementCorrectionResult result)
    {
        var response = new CorrectElementResponse
        {
            SourceLanguage = result.SourceLanguage.Language.Value,
            SourceText = result.SourceText,
            Method = result.Alignment.Method switch
            {
                Core.Memory.Alignment.AlignmentMethod.OneToOne => ProtoAlignmentMethod.OneToOne,
                Core.Memory.Alignment.AlignmentMethod.LengthBased => ProtoAlignmentMethod.LengthBased,
                _ => ProtoAlignmentMethod.WholeElement,
            },
            Explanation = result.Alignment.Explanation,
        };
        var byKey = result.Stored.ToDictionary(s => MemoryText.Normalize(s.Unit.SourceText), s => s, StringComparer.Ordinal);
        response.Entries.AddRange(result.Alignment.Pairs.Select(pair => new AlignedEntry { Shape = pair.Shape, Stored = ToProto(byKey[MemoryText.Normalize(pair.Source)]) }));
        return response;
    }

    private static string Key(string source, string target, string text) => $"{source}\u0000{target}\u0000{MemoryText.Normalize(text)}";
}
