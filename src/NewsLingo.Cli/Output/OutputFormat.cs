namespace NewsLingo.Cli.Output;

/// <summary>How the article command prints its result.</summary>
public enum OutputFormat
{
    Text,
    Markdown,
    Json,
}
