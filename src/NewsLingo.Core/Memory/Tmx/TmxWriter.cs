using System.Text;
using System.Xml;

namespace NewsLingo.Core.Memory.Tmx;

/// <summary>
/// Writes a memory as TMX 1.4b, streaming: header (srclang the memory's one source language, else
/// "*all*" with srclang on each tu), then one &lt;tu&gt; per entry with its id as tuid, its author as
/// creationid and changeid, its dates in TMX's format, NewsLingo's fields as
/// <see cref="TmxProperties"/>, and two &lt;tuv&gt; with xml:lang. Plain text segments: the XML
/// writer escapes what must be.
/// </summary>
public static class TmxWriter
{
    public const string CreationTool = "NewsLingo";

    /// <summary>Writes the units; how many it wrote.</summary>
    public static async Task<long> WriteAsync(Stream output, IReadOnlyList<string> sourceLanguages, DateTimeOffset createdAt, IAsyncEnumerable<TranslationUnit> units, CancellationToken cancellationToken)
    {
        var settings = new XmlWriterSettings { Async = true, Encoding = new UTF8Encoding(false), Indent = true, CloseOutput = false };
        var source = sourceLanguages.Count == 1 ? sourceLanguages[0] : TmxHeader.AllLanguages;
        long written = 0;
        await using (var writer = XmlWriter.Create(output, settings))
        {
            await writer.WriteStartDocumentAsync().ConfigureAwait(false);
            await writer.WriteStartElementAsync(null, "tmx", null).ConfigureAwait(false);
            await writer.WriteAttributeStringAsync(null, "version", null, "1.4").ConfigureAwait(false);
            await writer.WriteStartElementAsync(null, "header", null).ConfigureAwait(false);
            await Attribute(writer, "creationtool", CreationTool).ConfigureAwait(false);
            await Attribute(writer, "creationtoolversion", "1").ConfigureAwait(false);
            await Attribute(writer, "datatype", "plaintext").ConfigureAwait(false);
            await Attribute(writer, "segtype", "sentence").ConfigureAwait(false);
            await Attribute(writer, "adminlang", "en").ConfigureAwait(false);
            await Attribute(writer, "srclang", source).ConfigureAwait(false);
            await Attribute(writer, "o-tmf", CreationTool).ConfigureAwait(false);
            await Attribute(writer, "creationdate", TmxDates.Write(createdAt)).ConfigureAwait(false);
            await writer.WriteEndElementAsync().ConfigureAwait(false);
            await writer.WriteStartElementAsync(null, "body", null).ConfigureAwait(false);
            await foreach (var unit in units.WithCancellation(cancellationToken).ConfigureAwait(false))
            {
                await WriteUnitAsync(writer, unit, perUnitSource: source == TmxHeader.AllLanguages).ConfigureAwait(false);
                if (++written % 1000 == 0)
                {
                    await writer.FlushAsync().ConfigureAwait(false);
                }
            }

            await writer.WriteEndElementAsync().ConfigureAwait(false);
            await writer.WriteEndElementAsync().ConfigureAwait(false);
            await writer.WriteEndDocumentAsync().ConfigureAwait(false);
        }

        return written;
    }

    private static async Task WriteUnitAsync(XmlWriter writer, TranslationUnit unit, bool perUnitSource)
    {
        await writer.WriteStartElementAsync(null, "tu", null).ConfigureAwait(false);
        await Attribute(writer, "tuid", unit.Id).ConfigureAwait(false);
        if (perUnitSource)
        {
            await Attribute(writer, "srclang", unit.SourceLanguage.Value).ConfigureAwait(false);
        }

        await Attribute(writer, "creationdate", TmxDates.Write(unit.CreatedAt)).ConfigureAwait(false);
        await Attribute(writer, "changedate", TmxDates.Write(unit.ChangedAt)).ConfigureAwait(false);
        if (unit.Author is { } author)
        {
            await Attribute(writer, "creationid", author).ConfigureAwait(false);
            await Attribute(writer, "changeid", author).ConfigureAwait(false);
        }

        await Property(writer, TmxProperties.Origin, unit.Origin == MemoryOrigin.Correction ? "correction" : "import").ConfigureAwait(false);
        if (unit.ArticleId is { } article)
        {
            await Property(writer, TmxProperties.Article, article).ConfigureAwait(false);
        }

        if (unit.Element is { } element)
        {
            await Property(writer, TmxProperties.Element, element).ConfigureAwait(false);
        }

        await Variant(writer, unit.SourceLanguage.Value, unit.SourceText).ConfigureAwait(false);
        await Variant(writer, unit.TargetLanguage.Value, unit.TargetText).ConfigureAwait(false);
        await writer.WriteEndElementAsync().ConfigureAwait(false);
    }

    private static async Task Variant(XmlWriter writer, string language, string text)
    {
        await writer.WriteStartElementAsync(null, "tuv", null).ConfigureAwait(false);
        await writer.WriteAttributeStringAsync("xml", "lang", null, language).ConfigureAwait(false);
        await writer.WriteElementStringAsync(null, "seg", null, text).ConfigureAwait(false);
        await writer.WriteEndElementAsync().ConfigureAwait(false);
    }

    private static async Task Property(XmlWriter writer, string type, string value)
    {
        await writer.WriteStartElementAsync(null, "prop", null).ConfigureAwait(false);
        await Attribute(writer, "type", type).ConfigureAwait(false);
        await writer.WriteStringAsync(value).ConfigureAwait(false);
        await writer.WriteEndElementAsync().ConfigureAwait(false);
    }

    private static Task Attribute(XmlWriter writer, string name, string value) => writer.WriteAttributeStringAsync(null, name, null, value);
}
