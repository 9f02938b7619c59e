namespace NewsLingo.Core.Translation.Glossaries;

/// <summary>Settings of the deployment's own glossaries (section <c>NewsLingo:Glossaries</c>).</summary>
public sealed class GlossaryOptions
{
    public const string SectionName = "NewsLingo:Glossaries";

    /// <summary>
    /// Glossary files (JSON, the format of the shipped <c>glossaries/fr-exonyms.json</c>) applied to
    /// every request whose source language they name, under the request's own entries. A relative
    /// path is read from the server's directory.
    /// </summary>
    public List<string> Files { get; set; } = [];

    /// <summary>False: the files are checked at start-up but not applied (the backends' own names serve). Default true.</summary>
    public bool Enabled { get; set; } = true;
}
