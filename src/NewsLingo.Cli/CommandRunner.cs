using Grpc.Core;

namespace NewsLingo.Cli;

/// <summary>Runs a command's body and turns every failure into its message on stderr and its documented exit code.</summary>
public static class CommandRunner
{
    public static async Task<int> RunAsync(CliEnvironment environment, Func<Task<int>> body)
    {
        try
        {
            return await body();
        }
        catch (RpcException exception)
        {
            return ErrorReporter.Report(exception, environment.Error);
        }
        catch (UsageException exception)
        {
            environment.Error.WriteLine($"error: {exception.Message}");
            return ExitCodes.UsageError;
        }
        catch (OperationCanceledException)
        {
            environment.Error.WriteLine("error: cancelled.");
            return ExitCodes.OtherError;
        }
        catch (HttpRequestException exception)
        {
            // Raised before any gRPC status exists, e.g. an https:// server that speaks only h2c.
            environment.Error.WriteLine($"error: Unavailable: {exception.Message}");
            return ExitCodes.Unavailable;
        }
    }
}
