using System.Collections.Concurrent;
using Microsoft.Extensions.Logging;

namespace NewsBot.Bot.Tests.Platforms.Slack.Fakes;

/// <summary>Keeps every log line (message and exception text) so tests can check what was, and was not, logged.</summary>
public sealed class CapturingLoggerProvider : ILoggerProvider
{
    private readonly ConcurrentQueue<string> _lines = new();

    /// <summary>Everything logged so far.</summary>
    public IReadOnlyList<string> Lines => [.. _lines];

    public ILogger CreateLogger(string categoryName) => new Logger(categoryName, _lines);

    public void Dispose()
    {
    }

    private sealed class Logger(string category, ConcurrentQueue<string> lines) : ILogger
    {
        public IDisposable? BeginScope<TState>(TState state)
            where TState : notnull => null;

        public bool IsEnabled(LogLevel logLevel) => true;

        public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter) =>
            lines.Enqueue($"{logLevel} {category} [{eventId.Id}] {formatter(state, exception)} {exception}");
    }
}
