using System.ComponentModel.DataAnnotations;

namespace NewsLingo.Server.Configuration;

/// <summary>gRPC message sizes. A message over the receive limit fails with RESOURCE_EXHAUSTED before any work.</summary>
public sealed class GrpcTransportOptions
{
    public const string SectionName = "NewsLingo:Grpc";

    /// <summary>Largest request message accepted, in bytes. Default 4 MiB (the gRPC default): a 200,000-character article in UTF-8 is well under 1 MiB.</summary>
    [Range(1024, 256 * 1024 * 1024)]
    public int MaxReceiveMessageBytes { get; set; } = 4 * 1024 * 1024;

    /// <summary>Largest response message sent, in bytes. Default 16 MiB: ten translations of a large article.</summary>
    [Range(1024, 256 * 1024 * 1024)]
    public int MaxSendMessageBytes { get; set; } = 16 * 1024 * 1024;

    /// <summary>Include exception details in statuses. Keep off in production. Default false.</summary>
    public bool EnableDetailedErrors { get; set; }
}
