using System.Diagnostics;

namespace NewsLingo.Backends.Offline.Tests.Summarization;

/// <summary>
/// Runs Debian's Open Text Summarizer on the same sentences (one paragraph each, so its sentence
/// boundaries match ours) and maps the lines it keeps back to sentence indexes.
/// </summary>
internal static class OtsRunner
{
    public const string Path = "/usr/bin/ots";

    public static async Task<IReadOnlyList<int>> PickAsync(IReadOnlyList<string> sentences, int ratioPercent, CancellationToken cancellationToken)
    {
        var start = new ProcessStartInfo(Path)
        {
            RedirectStandardInput = true,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        start.ArgumentList.Add("-d");
        start.ArgumentList.Add("fr");
        start.ArgumentList.Add("-r");
        start.ArgumentList.Add(ratioPercent.ToString(System.Globalization.CultureInfo.InvariantCulture));
        using var process = Process.Start(start) ?? throw new InvalidOperationException("ots did not start.");
        var output = process.StandardOutput.ReadToEndAsync(cancellationToken);
        var error = process.StandardError.ReadToEndAsync(cancellationToken);
        await process.StandardInput.WriteAsync(string.Join("\n\n", sentences).AsMemory(), cancellationToken);
        process.StandardInput.Close();
        var text = await output;
        _ = await error;
        await process.WaitForExitAsync(cancellationToken);
        if (process.ExitCode != 0)
        {
            throw new InvalidOperationException($"ots exited with {process.ExitCode}.");
        }

        var kept = text.Split('\n').Select(l => l.Trim()).Where(l => l.Length > 0).ToHashSet(StringComparer.Ordinal);
        return Enumerable.Range(0, sentences.Count).Where(i => kept.Contains(sentences[i].Trim())).ToList();
    }
}
