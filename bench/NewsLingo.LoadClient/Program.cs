using System.Diagnostics;
using System.Globalization;
using Grpc.Core;
using Google.Protobuf;
using NewsLingo.LoadClient;

// Usage: NewsLingo.LoadClient --target newslingo,http://127.0.0.1:P,PID --target bare,http://127.0.0.1:Q,PID
//        (or --target three,http://127.0.0.1:LB,haproxy:PID+i1:PID+i2:PID+i3:PID: CPU summed, and shown per process)
//        [--concurrency 1,10,50,200] [--duration 5] [--warmup 1] [--prime 5] [--rounds 3] [--max-calls 200000] [--clock-ticks 100]
var targets = new List<LoadTarget>();
var levels = new[] { 1, 10, 50, 200 };
var duration = TimeSpan.FromSeconds(5);
var warmup = TimeSpan.FromSeconds(1);
var prime = TimeSpan.FromSeconds(5);
var rounds = 3;
var maxCalls = 200_000;
var clockTicks = 100.0;
for (var i = 0; i < args.Length - 1; i += 2)
{
    var value = args[i + 1];
    switch (args[i])
    {
        case "--target": targets.Add(LoadTarget.Parse(value)); break;
        case "--concurrency": levels = value.Split(',').Select(int.Parse).ToArray(); break;
        case "--duration": duration = TimeSpan.FromSeconds(double.Parse(value, CultureInfo.InvariantCulture)); break;
        case "--warmup": warmup = TimeSpan.FromSeconds(double.Parse(value, CultureInfo.InvariantCulture)); break;
        case "--prime": prime = TimeSpan.FromSeconds(double.Parse(value, CultureInfo.InvariantCulture)); break;
        case "--rounds": rounds = int.Parse(value, CultureInfo.InvariantCulture); break;
        case "--max-calls": maxCalls = int.Parse(value, CultureInfo.InvariantCulture); break;
        case "--clock-ticks": clockTicks = double.Parse(value, CultureInfo.InvariantCulture); break;
        default: Console.Error.WriteLine($"unknown option {args[i]}"); return 1;
    }
}

if (targets.Count == 0)
{
    Console.Error.WriteLine("give at least one --target name,url,pid");
    return 1;
}

var request = LoadShape.TranslateRequest();
Console.WriteLine($"Translate request: {request.CalculateSize()} bytes ({request.Texts.Count} texts, {string.Join(",", request.TargetLanguages)}).");
foreach (var target in targets)
{
    var response = await WaitForServerAsync(target, request);
    Console.WriteLine($"{target.Name}: response {response.CalculateSize()} bytes, {string.Join(" ", target.Processes.Select(p => $"{p.Label} pid {p.ProcessId}"))}, RSS after start-up {target.Processes.Sum(p => ProcessStats.PeakRssKiB(p.ProcessId)) / 1024.0:0} MiB");
}

// Once per server before anything is measured: the JIT's tiering (instrumented, then optimized code)
// settles in the first seconds of load, and would otherwise land on whichever level runs first.
foreach (var target in targets)
{
    await LoadRunner.RunAsync(target.Client, request, levels.Max(), prime, maxCalls);
}

Console.WriteLine($"Primed each server with {prime.TotalSeconds:0.#}s at c={levels.Max()} (not measured).");
Console.WriteLine($"Closed loop: per level and server {rounds} round(s) of {warmup.TotalSeconds:0.#}s warm-up + {duration.TotalSeconds:0.#}s measured (at most {maxCalls} calls), servers interleaved.");
Console.WriteLine();

var results = new List<Measurement>();
var self = Process.GetCurrentProcess();
foreach (var level in levels)
{
    var byTarget = targets.ToDictionary(t => t.Name, t => new Measurement(t.Name, level));
    for (var round = 0; round < rounds; round++)
    {
        foreach (var target in targets)
        {
            var client = target.Client;
            await LoadRunner.RunAsync(client, request, level, warmup, maxCalls);
            var cpuBefore = target.Processes.Select(p => ProcessStats.CpuTicks(p.ProcessId)).ToArray();
            self.Refresh();
            var clientBefore = self.TotalProcessorTime;
            var (calls, errors, seconds, latencies) = await LoadRunner.RunAsync(client, request, level, duration, maxCalls);
            var cpuAfter = target.Processes.Select(p => ProcessStats.CpuTicks(p.ProcessId)).ToArray();
            self.Refresh();
            var measurement = byTarget[target.Name];
            measurement.Calls += calls;
            measurement.Errors += errors;
            measurement.ElapsedSeconds += seconds;
            for (var p = 0; p < target.Processes.Count; p++)
            {
                var label = target.Processes[p].Label;
                measurement.CpuSecondsByProcess[label] = measurement.CpuSecondsByProcess.GetValueOrDefault(label) + ((cpuAfter[p] - cpuBefore[p]) / clockTicks);
            }

            measurement.ClientCpuSeconds += (self.TotalProcessorTime - clientBefore).TotalSeconds;
            measurement.LatenciesMs.AddRange(latencies);
            measurement.PeakRssKiB = target.Processes.Sum(p => ProcessStats.PeakRssKiB(p.ProcessId));
        }
    }

    results.AddRange(byTarget.Values);
    foreach (var m in byTarget.Values)
    {
        Console.Error.WriteLine(string.Create(CultureInfo.InvariantCulture, $"  c={level,-3} {m.Server,-10} {m.Rps,8:0} rps  p50 {m.Percentile(50):0.000} ms  p99 {m.Percentile(99):0.000} ms  cpu {m.ServerCpuPerThousand:0.0000} s/1k"));
    }
}

Console.WriteLine("| Concurrency | Server | Calls | Errors | RPS | p50 ms | p99 ms | Server CPU s / 1k calls | Peak RSS MiB | Client CPU s / 1k calls |");
Console.WriteLine("|---:|---|---:|---:|---:|---:|---:|---:|---:|---:|");
foreach (var m in results)
{
    Console.WriteLine(string.Create(
        CultureInfo.InvariantCulture,
        $"| {m.Concurrency} | {m.Server} | {m.Calls} | {m.Errors} | {m.Rps:0} | {m.Percentile(50):0.00} | {m.Percentile(99):0.00} | {m.ServerCpuPerThousand:0.0000} | {m.PeakRssKiB / 1024.0:0} | {m.ClientCpuPerThousand:0.0000} |"));
}

if (targets.Any(t => t.Processes.Count > 1))
{
    Console.WriteLine();
    Console.WriteLine("| Concurrency | Server | CPU s / 1k calls by process |");
    Console.WriteLine("|---:|---|---|");
    foreach (var m in results)
    {
        var shares = string.Join(", ", m.CpuSecondsByProcess.Select(p => string.Create(CultureInfo.InvariantCulture, $"{p.Key} {p.Value * 1000 / m.Calls:0.0000}")));
        Console.WriteLine($"| {m.Concurrency} | {m.Server} | {shares} |");
    }
}

// Each other target against the first (with two targets, as bench/load/run.sh runs it, one table).
foreach (var other in targets.Skip(1))
{
    var (first, second) = (targets[0].Name, other.Name);
    Console.WriteLine();
    Console.WriteLine($"| Concurrency | CPU per call {first}/{second} | RPS {first}/{second} |");
    Console.WriteLine("|---:|---:|---:|");
    double totalCpu0 = 0, totalCpu1 = 0, totalCalls0 = 0, totalCalls1 = 0;
    foreach (var level in levels)
    {
        var a = results.Single(r => r.Concurrency == level && r.Server == first);
        var b = results.Single(r => r.Concurrency == level && r.Server == second);
        totalCpu0 += a.ServerCpuSeconds;
        totalCalls0 += a.Calls;
        totalCpu1 += b.ServerCpuSeconds;
        totalCalls1 += b.Calls;
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"| {level} | {a.ServerCpuPerThousand / b.ServerCpuPerThousand:0.00} | {a.Rps / b.Rps:0.00} |"));
    }

    Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"| all | {totalCpu0 / totalCalls0 / (totalCpu1 / totalCalls1):0.00} | |"));
}

foreach (var target in targets)
{
    target.Dispose();
}

return 0;

static async Task<NewsLingo.Contracts.V1.TranslateResponse> WaitForServerAsync(LoadTarget target, NewsLingo.Contracts.V1.TranslateRequest request)
{
    var until = DateTime.UtcNow.AddSeconds(60);
    while (true)
    {
        try
        {
            return await target.Client.TranslateAsync(request, deadline: DateTime.UtcNow.AddSeconds(5));
        }
        catch (RpcException) when (DateTime.UtcNow < until)
        {
            await Task.Delay(250);
        }
    }
}
