using Microsoft.Extensions.Logging;
using System.Collections.Concurrent;

namespace Workflows.Blazor.Tests.Support;

/// <summary>Keeps every log entry of the apps it is given to (<see cref="AppFactory.WithLogs"/>), for tests about what the app logs.</summary>
public sealed class LogCapture : ILoggerProvider
{
    private readonly ConcurrentQueue<LogEntry> _entries = new();

    public IReadOnlyList<LogEntry> Entries => _entries.ToList();

    public ILogger CreateLogger(string categoryName) => new Logger(this, categoryName);

    public void Dispose()
    {
    }

    private sealed class Logger(LogCapture capture, string category) : ILogger
    {
        public IDisposable? BeginScope<TState>(TState state) where TState : notnull => null;

        public bool IsEnabled(LogLevel logLevel) => true;

        public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter) =>
            capture._entries.Enqueue(new LogEntry(logLevel, category, $"{formatter(state, exception)} {exception}"));
    }
}

/// <summary>One log entry: its level, the category that wrote it and its message with the exception's text.</summary>
public sealed record LogEntry(LogLevel Level, string Category, string Text);
