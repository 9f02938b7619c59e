namespace NewsLingo.Cli;

/// <summary>Reads a command's input: a file, or stdin when the argument is "-".</summary>
public static class InputReader
{
    public const string Stdin = "-";

    public static async Task<string> ReadAsync(string source, CliEnvironment environment, CancellationToken cancellationToken)
    {
        string text;
        if (source == Stdin)
        {
            text = await environment.In.ReadToEndAsync(cancellationToken);
        }
        else
        {
            try
            {
                text = await File.ReadAllTextAsync(source, cancellationToken);
            }
            catch (Exception exception) when (exception is IOException or UnauthorizedAccessException)
            {
                throw new UsageException($"cannot read '{source}': {exception.Message}");
            }
        }

        if (string.IsNullOrWhiteSpace(text))
        {
            throw new UsageException(source == Stdin ? "stdin is empty." : $"'{source}' is empty.");
        }

        return text;
    }

    /// <summary>Splits "en,es" and repeated options into distinct-as-typed tags, in order.</summary>
    public static List<string> SplitList(IEnumerable<string>? values) =>
        (values ?? [])
            .SelectMany(v => v.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
            .ToList();
}
