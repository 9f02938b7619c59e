namespace NewsLingo.Cli;

/// <summary>A mistake in how the CLI was called that the parser cannot see (unreadable file, conflicting options): exit code 1.</summary>
public sealed class UsageException(string message) : Exception(message);
