using System.Diagnostics;

namespace NewsLingo.ScaleOut;

/// <summary>Starts, stops (SIGTERM) or kills (SIGKILL) an instance through run.sh's instance.sh ("bash instance.sh {action} STATE {n}").</summary>
public sealed class InstanceControl(string template)
{
    public Task StartAsync(int n, CancellationToken cancellationToken) => RunAsync("start", n, cancellationToken);

    public Task StopAsync(int n, CancellationToken cancellationToken) => RunAsync("stop", n, cancellationToken);

    public Task KillAsync(int n, CancellationToken cancellationToken) => RunAsync("kill", n, cancellationToken);

    private async Task RunAsync(string action, int n, CancellationToken cancellationToken)
    {
        var command = template.Replace("{action}", action, StringComparison.Ordinal).Replace("{n}", n.ToString(System.Globalization.CultureInfo.InvariantCulture), StringComparison.Ordinal);
        using var process = Process.Start(new ProcessStartInfo("/bin/sh", ["-c", command]) { RedirectStandardError = true })
            ?? throw new InvalidOperationException($"could not run '{command}'");
        var error = await process.StandardError.ReadToEndAsync(cancellationToken);
        await process.WaitForExitAsync(cancellationToken);
        if (process.ExitCode != 0)
        {
            throw new InvalidOperationException($"'{command}' exited {process.ExitCode}: {error}");
        }
    }
}
