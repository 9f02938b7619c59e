using Grpc.Net.Client.Balancer;

namespace NewsLingo.Cli.Tests;

/// <summary>
/// Stands in for DNS on dns:/// targets: one name resolves to the loopback ports of several test
/// servers, as a Kubernetes headless Service's name resolves to its pods' addresses.
/// </summary>
public sealed class HeadlessNameResolver(string host, IReadOnlyList<int> ports) : ResolverFactory
{
    public override string Name => "dns";

    public List<string> Resolved { get; } = [];

    public override Resolver Create(ResolverOptions options)
    {
        var name = options.Address.AbsolutePath.TrimStart('/');
        Resolved.Add(name);
        var addresses = name.StartsWith(host + ":", StringComparison.Ordinal)
            ? ports.Select(port => new BalancerAddress("127.0.0.1", port)).ToArray()
            : [];
        return new StaticResolverFactory(_ => addresses).Create(options);
    }
}
