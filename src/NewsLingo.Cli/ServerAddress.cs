namespace NewsLingo.Cli;

/// <summary>The --server value: one endpoint (http://, https://) or a DNS name resolved to several (dns:///host:port).</summary>
public static class ServerAddress
{
    public const string DnsScheme = "dns";

    public static Uri Parse(string server)
    {
        if (!Uri.TryCreate(server, UriKind.Absolute, out var address))
        {
            throw new UsageException($"--server '{server}' is not an http://, https:// or dns:/// address.");
        }

        if (address.Scheme == Uri.UriSchemeHttp || address.Scheme == Uri.UriSchemeHttps)
        {
            return address;
        }

        // dns:///host:port puts the name in the path (the authority, for a DNS server, is empty);
        // grpc-dotnet's resolver needs the port, since it has no scheme to default it from.
        if (address.Scheme == DnsScheme)
        {
            var name = address.AbsolutePath.TrimStart('/');
            var colon = name.LastIndexOf(':');
            if (colon <= 0 || !int.TryParse(name[(colon + 1)..], out var port) || port is < 1 or > 65535)
            {
                throw new UsageException($"--server '{server}' must name a host and a port: dns:///newslingo-headless:5080.");
            }

            return address;
        }

        throw new UsageException($"--server '{server}' is not an http://, https:// or dns:/// address.");
    }

    /// <summary>True when the address is a name to resolve into several endpoints.</summary>
    public static bool IsResolved(Uri address) => address.Scheme == DnsScheme;
}
