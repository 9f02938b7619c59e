using System.ComponentModel.DataAnnotations;

namespace NewsLingo.Server.Configuration;

/// <summary>gRPC message sizes. A message over the receive limit fails with RESOURCE_EXHAUSTED before any work.</summary>
public sealed class GrpcTransportOptions
{
    public const string SectionName = "NewsLingo:Grpc";

    /// <summary>
    /// Largest request message accepted, in bytes, on gRPC and on JSON/HTTP (Kestrel's request body
    /// limit is set to it). Default 32 MiB: an HTML page at <see cref="RequestLimitsOptions.MaxHtmlBytes"/>
    /// (8 MiB) fits, even as JSON with every accent escaped as <c>\u00e9</c>. Never below MaxHtmlBytes
    /// plus a quarter: the server raises it to that, so a page the limits accept is never cut off by the transport.
    /// </summary>
    [Range(1024, 256 * 1024 * 1024)]
    public int MaxReceiveMessageBytes { get; set; } = 32 * 1024 * 1024;

    /// <summary>The receive limit in force: the configured one, raised to fit an HTML page of <paramref name="maxHtmlBytes"/> with its request around it.</summary>
    public int EffectiveReceiveBytes(int maxHtmlBytes) => Math.Max(MaxReceiveMessageBytes, maxHtmlBytes + (maxHtmlBytes / 4));

    /// <summary>Largest response message sent, in bytes. Default 16 MiB: ten translations of a large article.</summary>
    [Range(1024, 256 * 1024 * 1024)]
    public int MaxSendMessageBytes { get; set; } = 16 * 1024 * 1024;

    /// <summary>Include exception details in statuses. Keep off in production. Default false.</summary>
    public bool EnableDetailedErrors { get; set; }
}
