namespace NewsLingo.Server.Production.Tests;

/// <summary>One redis-server shared by the tests of a class that do not stop it.</summary>
public sealed class RedisFixture : IAsyncLifetime
{
    private RedisServer? _server;

    public RedisServer Server => _server ?? throw new InvalidOperationException(RedisServer.WhyUnavailable ?? "redis-server is not running.");

    public async Task InitializeAsync()
    {
        if (RedisServer.WhyUnavailable is null)
        {
            _server = await RedisServer.StartAsync();
        }
    }

    public async Task DisposeAsync()
    {
        if (_server is not null)
        {
            await _server.DisposeAsync();
        }
    }
}
