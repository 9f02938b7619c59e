namespace NewsLingo.Cli.Tests;

/// <summary>What one CLI invocation produced.</summary>
public sealed record CliRun(int ExitCode, string Out, string Error);
