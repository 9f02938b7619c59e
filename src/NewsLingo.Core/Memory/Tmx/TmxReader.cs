using System.Globalization;
using System.Text;
using System.Xml;
using System.Xml.Linq;
using NewsLingo.Core.Languages;

namespace NewsLingo.Core.Memory.Tmx;

/// <summary>
/// Reads TMX 1.4b (and the 1.1–1.3 files still about) as written by Trados, memoQ, OmegaT and
/// NewsLingo, streaming: one &lt;tu&gt; in memory at a time. Hostile files are refused, never
/// followed: no DTD is processed (a DOCTYPE is skipped), no external entity or resource is ever
/// resolved, and the document's characters are capped. Inline codes in a segment keep their text
/// where it is text (&lt;hi&gt;) and lose their native codes (&lt;bpt&gt;, &lt;ept&gt;, &lt;ph&gt;,
/// &lt;it&gt;, &lt;ut&gt;), since the memory holds plain text. A &lt;tu&gt; with more than two
/// &lt;tuv&gt; gives one pair per other language, from the source language (the tu's srclang, else
/// the header's; with "*all*", its first tuv). Author: changeid, else creationid. NewsLingo's own
/// fields come back from its <see cref="TmxProperties"/>.
/// </summary>
public static class TmxReader
{
    private const int MaxReasons = 100;
    private static readonly XName XmlLang = XNamespace.Xml + "lang";
    private static readonly HashSet<string> NativeCodes = new(StringComparer.Ordinal) { "bpt", "ept", "ph", "it", "ut" };

    public static async Task<TmxDocument> ReadAsync(Stream stream, TmxReadLimits limits, string field, CancellationToken cancellationToken)
    {
        var settings = new XmlReaderSettings
        {
            Async = true,
            DtdProcessing = DtdProcessing.Ignore,
            XmlResolver = null,
            MaxCharactersInDocument = limits.MaxCharacters,
            MaxCharactersFromEntities = 1024,
            IgnoreComments = true,
            IgnoreProcessingInstructions = true,
            IgnoreWhitespace = false,
            CloseInput = false,
        };

        try
        {
            using var reader = XmlReader.Create(stream, settings);
            return await ReadAsync(reader, limits, field, cancellationToken).ConfigureAwait(false);
        }
        catch (XmlException exception)
        {
            throw new InvalidTmxException(field, $"The file is not well-formed XML (line {exception.LineNumber}, position {exception.LinePosition}): {exception.Message}", innerException: exception);
        }
    }

    private static async Task<TmxDocument> ReadAsync(XmlReader reader, TmxReadLimits limits, string field, CancellationToken cancellationToken)
    {
        if (await reader.MoveToContentAsync().ConfigureAwait(false) != XmlNodeType.Element || reader.LocalName != "tmx")
        {
            throw new InvalidTmxException(field, $"The file is XML but not TMX: its root element is <{reader.LocalName}>, not <tmx>.");
        }

        TmxHeader? header = null;
        var units = new List<TranslationUnitDraft>();
        var skipped = new List<string>();
        var skippedCount = 0;
        var tuCount = 0;
        var sawBody = false;
        while (!reader.EOF)
        {
            cancellationToken.ThrowIfCancellationRequested();
            if (reader.NodeType == XmlNodeType.Element && reader.LocalName == "header")
            {
                header = ReadHeader(reader, field);
                await reader.SkipAsync().ConfigureAwait(false);
                continue;
            }

            if (reader.NodeType == XmlNodeType.Element && reader.LocalName == "body")
            {
                sawBody = true;
            }

            if (reader.NodeType == XmlNodeType.Element && reader.LocalName == "tu")
            {
                if (header is null)
                {
                    throw new InvalidTmxException(field, "The TMX has no <header> before its first <tu>; TMX requires one, with srclang.");
                }

                var tu = (XElement)await XNode.ReadFromAsync(reader, cancellationToken).ConfigureAwait(false);
                if (++tuCount > limits.MaxTranslationUnits)
                {
                    throw new InvalidTmxException(field, $"The TMX holds more than {limits.MaxTranslationUnits} translation units (NewsLingo:Memory:MaxTmxUnits); split it into several files.", tooLarge: true);
                }

                var reasons = new List<string>();
                units.AddRange(ReadUnit(tu, tuCount, header, limits, reasons));
                skippedCount += reasons.Count;
                skipped.AddRange(reasons.Take(MaxReasons - skipped.Count));
                continue;
            }

            await reader.ReadAsync().ConfigureAwait(false);
        }

        if (header is null || !sawBody)
        {
            throw new InvalidTmxException(field, "The TMX has no " + (header is null ? "<header>" : "<body>") + ".");
        }

        return new TmxDocument(header, units, tuCount, skipped, skippedCount);
    }

    private static TmxHeader ReadHeader(XmlReader reader, string field)
    {
        var source = reader.GetAttribute("srclang");
        if (string.IsNullOrWhiteSpace(source))
        {
            throw new InvalidTmxException(field, "The TMX <header> has no srclang; TMX requires it (a language tag, or *all*).");
        }

        return new TmxHeader(source.Trim(), reader.GetAttribute("creationtool"), reader.GetAttribute("segtype"), reader.GetAttribute("datatype"));
    }

    private static IEnumerable<TranslationUnitDraft> ReadUnit(XElement tu, int index, TmxHeader header, TmxReadLimits limits, List<string> skipped)
    {
        var tuid = (string?)tu.Attribute("tuid");
        var where = tuid is null ? $"tu {index}" : $"tu {index} (tuid {Shorten(tuid)})";
        var variants = new List<(LanguageTag Language, string Text, XElement Element)>();
        foreach (var tuv in tu.Elements("tuv"))
        {
            var lang = (string?)tuv.Attribute(XmlLang) ?? (string?)tuv.Attribute("lang");
            if (!LanguageTag.TryParse(lang, out var language) || !language.IsKnownLanguage())
            {
                skipped.Add($"{where}: a tuv's language '{Shorten(lang ?? string.Empty)}' is not a known language tag");
                continue;
            }

            var text = tuv.Element("seg") is { } seg ? SegmentText(seg).Trim() : string.Empty;
            if (text.Length == 0)
            {
                skipped.Add($"{where}: the {language} tuv has no text");
                continue;
            }

            if (text.Length > limits.MaxSegmentCharacters)
            {
                skipped.Add($"{where}: the {language} segment has {text.Length} characters, over the limit of {limits.MaxSegmentCharacters} (NewsLingo:Memory:MaxSegmentCharacters)");
                continue;
            }

            if (!variants.Any(v => v.Language.Equals(language)))
            {
                variants.Add((language, text, tuv));
            }
        }

        var declared = (string?)tu.Attribute("srclang") ?? header.SourceLanguage;
        var sourceIndex = SourceIndex(declared, variants);
        if (sourceIndex < 0)
        {
            skipped.Add($"{where}: no usable tuv in the source language {Shorten(declared)}");
            yield break;
        }

        if (variants.Count < 2)
        {
            skipped.Add($"{where}: no translation beside the source");
            yield break;
        }

        var properties = tu.Elements("prop")
            .Where(p => p.Attribute("type") is not null)
            .GroupBy(p => (string)p.Attribute("type")!, StringComparer.Ordinal)
            .ToDictionary(g => g.Key, g => g.First().Value.Trim(), StringComparer.Ordinal);
        var origin = properties.TryGetValue(TmxProperties.Origin, out var o) && string.Equals(o, "correction", StringComparison.OrdinalIgnoreCase)
            ? MemoryOrigin.Correction
            : MemoryOrigin.Import;
        var (sourceLanguage, sourceText, sourceElement) = variants[sourceIndex];
        var pairs = variants.Count - 1;
        for (var i = 0; i < variants.Count; i++)
        {
            if (i == sourceIndex)
            {
                continue;
            }

            var (targetLanguage, targetText, targetElement) = variants[i];

            // Trados and memoQ date and sign the tu; OmegaT each tuv.
            string? Attribute(string name) => NullIfBlank((string?)tu.Attribute(name) ?? (string?)targetElement.Attribute(name) ?? (string?)sourceElement.Attribute(name));
            var created = TmxDates.Read(Attribute("creationdate"));
            var changed = TmxDates.Read(Attribute("changedate")) ?? created;
            var author = Attribute("changeid") ?? Attribute("creationid");
            yield return new TranslationUnitDraft(sourceLanguage, targetLanguage, sourceText, targetText, origin)
            {
                ChangedAt = changed,
                CreatedAt = created,
                Author = author,
                ArticleId = NullIfBlank(properties.GetValueOrDefault(TmxProperties.Article)),
                Element = NullIfBlank(properties.GetValueOrDefault(TmxProperties.Element)),
                PreferredId = tuid is null ? null : pairs == 1 ? tuid : $"{tuid}-{targetLanguage}",
            };
        }
    }

    /// <summary>The tuv in the declared source language; the language alone finds its regional tuv ("en" finds "en-US").</summary>
    private static int SourceIndex(string declared, List<(LanguageTag Language, string Text, XElement Element)> variants)
    {
        if (string.Equals(declared.Trim(), TmxHeader.AllLanguages, StringComparison.OrdinalIgnoreCase))
        {
            return variants.Count > 0 ? 0 : -1;
        }

        if (!LanguageTag.TryParse(declared, out var source))
        {
            return -1;
        }

        var exact = variants.FindIndex(v => v.Language.Equals(source));
        return exact >= 0 ? exact : variants.FindIndex(v => v.Language.Language == source.Language);
    }

    /// <summary>A segment's text: text and &lt;hi&gt; content kept, native codes dropped, white space as written.</summary>
    private static string SegmentText(XElement segment)
    {
        var text = new StringBuilder();
        Append(segment, text);
        return text.ToString();

        static void Append(XElement element, StringBuilder text)
        {
            foreach (var node in element.Nodes())
            {
                switch (node)
                {
                    case XText part:
                        text.Append(part.Value);
                        break;
                    case XElement inline when NativeCodes.Contains(inline.Name.LocalName):
                        break;
                    case XElement inline:
                        Append(inline, text);
                        break;
                }
            }
        }
    }

    private static string? NullIfBlank(string? value) => string.IsNullOrWhiteSpace(value) ? null : value.Trim();

    private static string Shorten(string value) => value.Length <= 40 ? value : string.Create(CultureInfo.InvariantCulture, $"{value[..40]}…");
}
