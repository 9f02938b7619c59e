using System.Collections.Concurrent;
using Microsoft.Extensions.Logging;

namespace NewsLingo.Memory.Tests;

/// <summary>Keeps every log message, to count what an outage logged.</summary>
public sealed class CollectingLogs : ILoggerProvider
{
    private readonly ConcurrentQueue<string> _messages = new();

    public int Count(string fragment) => _messages.Count(m => m.Contains(fragment, StringComparison.Ordinal));

    public ILogger CreateLogger(string categoryName) => new Logger(_messages);

    public void Dispose()
    {
    }

    private sealed class Logger(ConcurrentQueue<string> messages) : ILogger
    {
        public IDisposable? BeginScope<TState>(TState state)
            where TState : notnull => null;

        public bool IsEnabled(LogLevel logLevel) => true;

        public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter) =>
            messages.Enqueue(formatter(state, exception));
    }
}
