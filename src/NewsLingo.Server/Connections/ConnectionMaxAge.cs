using Microsoft.AspNetCore.Connections;
using Microsoft.AspNetCore.Connections.Features;

namespace NewsLingo.Server.Connections;

/// <summary>
/// Kestrel connection middleware that closes each connection gracefully once it reaches its
/// maximum age. Kestrel has no MAX_CONNECTION_AGE of its own; asking a connection to close through
/// <see cref="IConnectionLifetimeNotificationFeature"/> is what Kestrel does on shutdown: an HTTP/2
/// connection answers with GOAWAY, lets its streams finish and closes, an HTTP/1.1 one closes after
/// the response in progress.
/// </summary>
public sealed class ConnectionMaxAge(TimeSpan maxAge, TimeSpan? grace)
{
    private const double Jitter = 0.1;

    public async Task OnConnectionAsync(ConnectionContext connection, ConnectionDelegate next)
    {
        var lifetime = connection.Features.Get<IConnectionLifetimeNotificationFeature>();
        if (lifetime is null)
        {
            await next(connection);
            return;
        }

        // Declared in this order so the registrations are disposed (waiting for a running callback)
        // before the sources they use.
        using var age = new CancellationTokenSource(JitteredAge());
        using var graceOver = new CancellationTokenSource();
        using var closeWhenOld = age.Token.Register(() =>
        {
            lifetime.RequestClose();
            if (grace is { } allowed)
            {
                graceOver.CancelAfter(allowed);
            }
        });
        using var abortWhenGraceIsOver = graceOver.Token.Register(() =>
            connection.Abort(new ConnectionAbortedException("The connection outlived NewsLingo:Connections:MaxAge plus MaxAgeGrace.")));
        await next(connection);
    }

    private TimeSpan JitteredAge() => maxAge * (1 - Jitter + (2 * Jitter * Random.Shared.NextDouble()));
}
