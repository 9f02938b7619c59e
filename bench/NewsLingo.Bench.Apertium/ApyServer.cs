using System.Diagnostics;
using System.Net.Http.Json;
using System.Text.Json;

namespace NewsLingo.Bench.Apertium;

/// <summary>apertium-apy on 127.0.0.1:port (in this process's own network namespace), with as many pipes per pair as we keep.</summary>
internal sealed class ApyServer : IAsyncDisposable
{
    private readonly Process _process;
    private readonly HttpClient _http;

    private ApyServer(Process process, HttpClient http)
    {
        _process = process;
        _http = http;
    }

    public static async Task<ApyServer> StartAsync(int port, int pipesPerPair)
    {
        var start = new ProcessStartInfo("apertium-apy") { RedirectStandardOutput = true, RedirectStandardError = true };
        foreach (var argument in new[] { "-p", port.ToString(), "-j", "1", "-i", pipesPerPair.ToString(), "-n", "1", "-v", "0", "/usr/share/apertium/modes" })
        {
            start.ArgumentList.Add(argument);
        }

        var process = Process.Start(start)!;
        process.OutputDataReceived += (_, _) => { };
        process.ErrorDataReceived += (_, _) => { };
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        var http = new HttpClient { BaseAddress = new Uri($"http://127.0.0.1:{port}/"), Timeout = TimeSpan.FromSeconds(60) };
        for (var attempt = 0; attempt < 100; attempt++)
        {
            try
            {
                await http.GetStringAsync("listPairs");
                var server = new ApyServer(process, http);
                await server.TranslateAsync("fra|spa", "Bonjour.");
                await server.TranslateAsync("fra|cat|eng", "Bonjour.");
                return server;
            }
            catch (HttpRequestException)
            {
                await Task.Delay(200);
            }
        }

        throw new InvalidOperationException("apertium-apy did not answer within 20 s.");
    }

    public async Task TranslateAsync(string pairs, string text)
    {
        var chain = pairs.Count(c => c == '|') > 1;
        var path = chain ? "translateChain?langpairs=" : "translate?langpair=";
        using var content = new FormUrlEncodedContent([new(chain ? "langpairs" : "langpair", pairs), new("q", text)]);
        using var response = await _http.PostAsync(chain ? "translateChain" : "translate", content);
        response.EnsureSuccessStatusCode();
        using var body = await JsonDocument.ParseAsync(await response.Content.ReadAsStreamAsync());
        if (body.RootElement.GetProperty("responseStatus").GetInt32() != 200)
        {
            throw new InvalidOperationException($"APy {path}: {body.RootElement}");
        }
    }

    public async ValueTask DisposeAsync()
    {
        _http.Dispose();
        _process.Kill(entireProcessTree: true);
        await _process.WaitForExitAsync();
        _process.Dispose();
    }
}
