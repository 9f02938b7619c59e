using System.Diagnostics;
using System.Globalization;
using System.Text;
using Grpc.Net.Client;
using NewsLingo.Bench.InputSize;

// Usage: dotnet run -c Release --project bench/NewsLingo.Bench.InputSize [-- --server path/to/NewsLingo.Server.dll] [--only TEXT] [--reps N]
// Starts the server (by default the one built beside this bench) on the fakes, then for every entry sends
// requests of 1x, 2x, 4x ... size up to the limits, over gRPC and over JSON (as json.dumps writes it), with
// and without text outside ASCII. Prints each size's best time of --reps (default 3), the cost of each
// doubling (a step that is not a doubling is normalized to one), the largest request's time, and JSON / gRPC.
string Option(string name, string fallback) => Array.IndexOf(args, name) is var i and >= 0 && i + 1 < args.Length ? args[i + 1] : fallback;
var serverDll = Option("--server", FindServer());
var only = Option("--only", string.Empty);
var reps = int.Parse(Option("--reps", "3"), CultureInfo.InvariantCulture);

await using var server = await ServerProcess.StartAsync(serverDll);
using var channel = GrpcChannel.ForAddress(server.GrpcAddress, new GrpcChannelOptions { MaxReceiveMessageSize = 256 * 1024 * 1024, MaxSendMessageSize = 256 * 1024 * 1024 });
using var http = new HttpClient { BaseAddress = server.HttpAddress, Timeout = TimeSpan.FromMinutes(10) };
Console.WriteLine($"server {serverDll}; {Environment.ProcessorCount} cores; best of {reps} per size; times in ms");

var summary = new List<string> { "| entry | text | gRPC worst doubling | gRPC largest | JSON worst doubling | JSON largest | JSON / gRPC |", "|---|---|---:|---:|---:|---:|---:|" };
foreach (var entry in Entries.All.Where(e => e.Name.Contains(only, StringComparison.OrdinalIgnoreCase)))
{
    Console.WriteLine();
    Console.WriteLine($"{entry.Name} ({entry.Unit}: {string.Join(' ', entry.Sizes)})");
    foreach (var nonAscii in new[] { false, true })
    {
        var variant = nonAscii ? "non-ASCII" : "ASCII";
        var grpc = await SeriesAsync(entry, nonAscii, "gRPC", request => entry.CallAsync(channel, request));
        var json = entry.JsonPath is { } path ? await SeriesAsync(entry, nonAscii, "JSON", request => PostAsync(path, request)) : null;
        var ratio = json is null ? "(stream: gRPC only)" : (json.Largest / grpc.Largest).ToString("0.00", CultureInfo.InvariantCulture);
        summary.Add($"| {entry.Name} | {variant} | {grpc.Worst:0.00} | {grpc.Largest:0} ms | {(json is null ? "-" : json.Worst.ToString("0.00", CultureInfo.InvariantCulture))} | {(json is null ? "-" : $"{json.Largest:0} ms")} | {ratio} |");
    }
}

Console.WriteLine();
Console.WriteLine("Worst doubling: the largest time ratio between two sizes a doubling apart, among steps whose smaller request took 20 ms or more (below that fixed costs and noise rule).");
summary.ForEach(Console.WriteLine);
return 0;

async Task<Series> SeriesAsync(Entry entry, bool nonAscii, string transport, Func<Google.Protobuf.IMessage, Task> call)
{
    // Warm: the first call of each kind compiles the code it runs.
    await call(entry.Request(entry.Sizes[0], nonAscii));
    var times = new List<double>();
    foreach (var size in entry.Sizes)
    {
        var request = entry.Request(size, nonAscii);
        var best = double.MaxValue;
        for (var rep = 0; rep < reps; rep++)
        {
            var timer = Stopwatch.StartNew();
            await call(request);
            best = Math.Min(best, timer.Elapsed.TotalMilliseconds);
            if (best > 3_000)
            {
                break;
            }
        }

        times.Add(best);
    }

    var ratios = new List<double>();
    var worst = 0.0;
    for (var k = 1; k < times.Count; k++)
    {
        var doublings = Math.Log2((double)entry.Sizes[k] / entry.Sizes[k - 1]);
        var perDoubling = Math.Pow(times[k] / times[k - 1], 1 / doublings);
        ratios.Add(perDoubling);
        if (times[k - 1] >= 20)
        {
            worst = Math.Max(worst, perDoubling);
        }
    }

    Console.WriteLine($"  {transport,-4} {(nonAscii ? "non-ASCII" : "ASCII"),-9}  ms: {string.Join(' ', times.Select(t => t.ToString("0.#", CultureInfo.InvariantCulture)))}");
    Console.WriteLine($"  {string.Empty,-14}  per doubling: {string.Join(' ', ratios.Select(r => r.ToString("0.00", CultureInfo.InvariantCulture)))}; worst {worst:0.00}; largest {times[^1]:0} ms");
    return new Series(worst, times[^1]);
}

async Task PostAsync(string path, Google.Protobuf.IMessage request)
{
    using var content = new StringContent(PythonJson.Write(request), Encoding.UTF8, "application/json");
    using var response = await http.PostAsync(path, content);
    if (!response.IsSuccessStatusCode)
    {
        throw new InvalidOperationException($"{path}: {(int)response.StatusCode} {await response.Content.ReadAsStringAsync()}");
    }

    await response.Content.CopyToAsync(Stream.Null);
}

static string FindServer()
{
    for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
    {
        var dll = Path.Combine(dir.FullName, "src", "NewsLingo.Server", "bin", "Release", "net10.0", "NewsLingo.Server.dll");
        if (File.Exists(dll))
        {
            return dll;
        }
    }

    throw new InvalidOperationException("Build the server first (dotnet build -c Release src/NewsLingo.Server), or pass --server.");
}

internal sealed record Series(double Worst, double Largest);
