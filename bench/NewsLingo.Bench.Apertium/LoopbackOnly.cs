using System.Net;
using System.Net.Sockets;

namespace NewsLingo.Bench.Apertium;

internal static class LoopbackOnly
{
    /// <summary>True in a network namespace whose only interface is loopback (/proc/net/dev is per namespace).</summary>
    public static bool IsolatedNetwork() =>
        File.ReadAllLines("/proc/net/dev").Skip(2).Select(line => line.Split(':')[0].Trim()).All(name => name == "lo");

    public static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}
