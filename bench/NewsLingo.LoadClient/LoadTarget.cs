using Grpc.Net.Client;
using NewsLingo.Contracts.V1;

namespace NewsLingo.LoadClient;

/// <summary>A server under load: its name in the table, its channel, and its process for /proc readings.</summary>
public sealed class LoadTarget(string name, Uri address, int processId) : IDisposable
{
    private readonly GrpcChannel _channel = GrpcChannel.ForAddress(address);

    public string Name { get; } = name;

    public int ProcessId { get; } = processId;

    public TranslationService.TranslationServiceClient Client => new(_channel);

    /// <summary>"name,url,pid".</summary>
    public static LoadTarget Parse(string value)
    {
        var parts = value.Split(',');
        if (parts.Length != 3)
        {
            throw new ArgumentException($"--target '{value}' must be name,url,pid.");
        }

        return new LoadTarget(parts[0], new Uri(parts[1]), int.Parse(parts[2], System.Globalization.CultureInfo.InvariantCulture));
    }

    public void Dispose() => _channel.Dispose();
}
