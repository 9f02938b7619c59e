using System.Diagnostics;
using System.Globalization;
using System.Net;
using System.Net.Sockets;

namespace NewsLingo.Testing;

/// <summary>
/// A throw-away PostgreSQL 15 from Debian's package: a fresh cluster in a temporary directory
/// (initdb), listening on 127.0.0.1 and a free port, its unix socket in that directory, fsync off
/// (the operating system keeps what was written; only a machine crash would lose it) but commits
/// written before they return, so a stop as a crash (<see cref="StopAsync"/>) loses nothing.
/// PostgreSQL refuses to run as root, so as root its binaries run as the <c>postgres</c> user
/// (<c>runuser</c>) on a directory that user owns. Stopped and deleted on dispose.
/// </summary>
public sealed class PostgresServer : IAsyncDisposable
{
    public const string BinDirectory = "/usr/lib/postgresql/15/bin";

    private const string Superuser = "postgres";
    private readonly string _root;
    private readonly string _data;

    private PostgresServer(string root, int port)
    {
        _root = root;
        _data = Path.Combine(root, "data");
        Port = port;
    }

    public int Port { get; }

    /// <summary>Null when PostgreSQL is installed; otherwise what to do about it (tests fail with it, never skip).</summary>
    public static string? WhyUnavailable =>
        File.Exists(Path.Combine(BinDirectory, "initdb")) && File.Exists(Path.Combine(BinDirectory, "postgres"))
            ? null
            : $"PostgreSQL 15 is not installed ({BinDirectory}/initdb is missing): run `bash .ci/run`, or `bash scripts/install-offline-engines.sh` as root, which installs Debian's postgresql-15.";

    /// <summary>An Npgsql connection string to <paramref name="database"/> over TCP on 127.0.0.1.</summary>
    public string ConnectionString(string database) =>
        string.Create(CultureInfo.InvariantCulture, $"Host=127.0.0.1;Port={Port};Database={database};Username={Superuser};Pooling=true;Timeout=5;Command Timeout=30");

    public static async Task<PostgresServer> StartAsync()
    {
        if (WhyUnavailable is { } why)
        {
            throw new InvalidOperationException(why);
        }

        var root = Directory.CreateTempSubdirectory("newslingo-pg-").FullName;
        var server = new PostgresServer(root, FreePort());
        try
        {
            if (IsRoot)
            {
                await RunAsync("/bin/chown", ["-R", $"{Superuser}:{Superuser}", root]);
            }

            await server.RunPostgresToolAsync("initdb", ["-D", server._data, "-U", Superuser, "--auth=trust", "--encoding=UTF8", "--locale=C.UTF-8", "--no-sync"]);
            await server.StartAsync(wait: true);
            return server;
        }
        catch
        {
            await server.DisposeAsync();
            throw;
        }
    }

    /// <summary>Creates an empty database and answers its connection string.</summary>
    public async Task<string> CreateDatabaseAsync(string name)
    {
        await RunPostgresToolAsync("psql", ["-h", _root, "-p", Port.ToString(CultureInfo.InvariantCulture), "-U", Superuser, "-d", "postgres", "-v", "ON_ERROR_STOP=1", "-c", $"CREATE DATABASE \"{name}\";"]);
        return ConnectionString(name);
    }

    /// <summary>Stops the server at once (as a crash would: no checkpoint), keeping its data for <see cref="RestartAsync"/>.</summary>
    public Task StopAsync() => RunPostgresToolAsync("pg_ctl", ["-D", _data, "stop", "-m", "immediate", "-w"]);

    /// <summary>Starts the stopped server again on the same port and data.</summary>
    public Task RestartAsync() => StartAsync(wait: true);

    public async ValueTask DisposeAsync()
    {
        if (File.Exists(Path.Combine(_data, "postmaster.pid")))
        {
            try
            {
                await RunPostgresToolAsync("pg_ctl", ["-D", _data, "stop", "-m", "immediate", "-w"]);
            }
            catch (InvalidOperationException)
            {
                // Already stopped.
            }
        }

        try
        {
            Directory.Delete(_root, recursive: true);
        }
        catch (IOException)
        {
            // A file still held open by a dying process: the temporary directory is the system's to clean.
        }
    }

    private Task StartAsync(bool wait)
    {
        var options = string.Create(CultureInfo.InvariantCulture, $"-p {Port} -k {_root} -c listen_addresses=127.0.0.1 -c fsync=off -c full_page_writes=off");
        List<string> arguments = ["-D", _data, "-l", Path.Combine(_root, "server.log"), "-o", options, "start"];
        if (wait)
        {
            arguments.Add("-w");
        }

        return RunPostgresToolAsync("pg_ctl", arguments);
    }

    private Task RunPostgresToolAsync(string tool, IReadOnlyList<string> arguments)
    {
        var executable = Path.Combine(BinDirectory, tool);
        return IsRoot
            ? RunAsync("/usr/sbin/runuser", ["-u", Superuser, "--", executable, .. arguments])
            : RunAsync(executable, arguments);
    }

    private static bool IsRoot => Environment.UserName == "root";

    private static async Task RunAsync(string executable, IReadOnlyList<string> arguments)
    {
        var start = new ProcessStartInfo(executable)
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
            WorkingDirectory = "/tmp",
        };
        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        using var process = Process.Start(start) ?? throw new InvalidOperationException($"{executable} did not start.");
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        using var timeout = new CancellationTokenSource(TimeSpan.FromMinutes(2));
        await process.WaitForExitAsync(timeout.Token);
        if (process.ExitCode != 0)
        {
            throw new InvalidOperationException($"{Path.GetFileName(executable)} {string.Join(' ', arguments)} exited {process.ExitCode}: {await error}{await output}");
        }
    }

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}
