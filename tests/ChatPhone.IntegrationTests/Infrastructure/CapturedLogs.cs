using System.Collections.Concurrent;
using Microsoft.Extensions.Logging;

namespace ChatPhone.IntegrationTests.Infrastructure;

/// <summary>Every log line of a host, level, message and exception (with its stack), as written.</summary>
public sealed class CapturedLogs : ILoggerProvider
{
    private readonly ConcurrentQueue<string> _lines = new();

    /// <summary>All lines, one per entry (an exception adds its text and stack to its entry).</summary>
    public string Text() => string.Join("\n", _lines);

    /// <summary>The entries at <paramref name="level"/> or above, each whole (with its exception).</summary>
    public IReadOnlyList<string> AtLeast(LogLevel level) =>
        _lines.Where(l => Enum.TryParse<LogLevel>(l[..l.IndexOf(':', StringComparison.Ordinal)], out var logged) && logged >= level).ToArray();

    /// <summary>The entries containing <paramref name="fragment"/>.</summary>
    public IReadOnlyList<string> Matching(string fragment) => _lines.Where(l => l.Contains(fragment, StringComparison.Ordinal)).ToArray();

    public ILogger CreateLogger(string categoryName) => new Capture(_lines);

    public void Dispose()
    {
    }

    private sealed class Capture(ConcurrentQueue<string> lines) : ILogger
    {
        public IDisposable? BeginScope<TState>(TState state)
            where TState : notnull => null;

        public bool IsEnabled(LogLevel logLevel) => true;

        public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter) =>
            lines.Enqueue($"{logLevel}: {formatter(state, exception)} {exception}");
    }
}
