using Microsoft.Extensions.Options;

namespace NewsLingo.Backends.Offline.Apertium;

/// <summary>Tells "auto" selection whether Apertium can run here: its tools on the PATH and at least one installed pair.</summary>
public sealed class ApertiumProbe(IOptions<ApertiumOptions> options)
{
    public const string InstallAdvice = "apt-get install -y apertium apertium-fr-es apertium-fra-cat apertium-eng-spa apertium-eng-cat";

    public string? WhyUnavailable()
    {
        foreach (var tool in new[] { "lt-proc", "apertium-wblank-mode" })
        {
            if (!IsOnPath(tool))
            {
                return $"'{tool}' is not on the PATH; install Apertium with: {InstallAdvice}";
            }
        }

        var directory = options.Value.ModesDirectory;
        return ApertiumModeCatalog.Discover(directory, []).Modes.Count == 0
            ? $"no Apertium language pair is installed in {directory} (NewsLingo:Apertium:ModesDirectory); install some with: {InstallAdvice}"
            : null;
    }

    private static bool IsOnPath(string tool) =>
        (Environment.GetEnvironmentVariable("PATH") ?? string.Empty)
            .Split(Path.PathSeparator, StringSplitOptions.RemoveEmptyEntries)
            .Any(directory => File.Exists(Path.Combine(directory, tool)));
}
