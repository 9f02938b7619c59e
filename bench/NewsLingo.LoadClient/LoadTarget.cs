using Grpc.Net.Client;
using NewsLingo.Contracts.V1;

namespace NewsLingo.LoadClient;

/// <summary>
/// A server under load: its name in the table, its channel, and the processes that serve it for
/// /proc readings (one server, or a balancer and the instances behind it).
/// </summary>
public sealed class LoadTarget(string name, Uri address, IReadOnlyList<ServingProcess> processes) : IDisposable
{
    private readonly GrpcChannel _channel = GrpcChannel.ForAddress(address);

    public string Name { get; } = name;

    public IReadOnlyList<ServingProcess> Processes { get; } = processes;

    public TranslationService.TranslationServiceClient Client => new(_channel);

    /// <summary>"name,url,pid" or "name,url,label:pid+label:pid+…".</summary>
    public static LoadTarget Parse(string value)
    {
        var parts = value.Split(',');
        if (parts.Length != 3)
        {
            throw new ArgumentException($"--target '{value}' must be name,url,pid or name,url,label:pid+label:pid.");
        }

        return new LoadTarget(parts[0], new Uri(parts[1]), parts[2].Split('+').Select(ServingProcess.Parse).ToArray());
    }

    public void Dispose() => _channel.Dispose();
}
