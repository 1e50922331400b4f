using System.Collections.Concurrent;
using Microsoft.Extensions.Logging;

namespace ChatPhone.Graph.Tests.Infrastructure;

/// <summary>Keeps every log line (message and exception) written through it, at every level.</summary>
internal sealed class CapturedLogs : ILoggerProvider
{
    /// <summary>The formatted lines, exceptions included.</summary>
    public ConcurrentQueue<string> Lines { get; } = new();

    /// <summary>Everything logged, as one text.</summary>
    public string All => string.Join('\n', Lines);

    /// <inheritdoc />
    public ILogger CreateLogger(string categoryName) => new Logger(this, categoryName);

    /// <inheritdoc />
    public void Dispose()
    {
    }

    private sealed class Logger(CapturedLogs logs, string category) : ILogger
    {
        public IDisposable? BeginScope<TState>(TState state)
            where TState : notnull => null;

        public bool IsEnabled(LogLevel logLevel) => true;

        public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter) =>
            logs.Lines.Enqueue($"{logLevel} {category}: {formatter(state, exception)} {exception}");
    }
}
