using System.CommandLine;
using Grpc.Health.V1;

namespace NewsLingo.Cli.Commands;

/// <summary>newslingo health: asks the server's grpc.health.v1 service; exit code 3 unless it is serving.</summary>
public static class HealthCommand
{
    public static Command Create(GlobalOptions global, CliEnvironment environment)
    {
        var service = new Option<string?>("--service") { Description = "A service name to check (default: the whole server)." };
        var command = new Command("health", "Check that the server is up and serving (grpc.health.v1).") { service };

        command.SetAction((parseResult, cancellationToken) => CommandRunner.RunAsync(environment, async () =>
        {
            using var connection = GrpcConnection.Open(parseResult, global, environment);
            var client = new Health.HealthClient(connection.Channel);
            var response = await client.CheckAsync(
                new HealthCheckRequest { Service = parseResult.GetValue(service) ?? string.Empty },
                connection.CallOptions(cancellationToken));
            environment.Out.WriteLine($"{connection.Channel.Target}: {response.Status}");
            return response.Status == HealthCheckResponse.Types.ServingStatus.Serving ? ExitCodes.Ok : ExitCodes.Unavailable;
        }));
        return command;
    }
}
