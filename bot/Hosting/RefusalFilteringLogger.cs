namespace ChatPhone.Bot.Hosting;

/// <summary>
/// The Bot Framework adapter's logger, minus the error (with its stack) the framework writes for every refused token:
/// <see cref="TenantBoundAuthentication"/> already wrote that refusal as one warning line, and an anonymous caller
/// must not be able to fill the log with stack traces.
/// </summary>
internal sealed class RefusalFilteringLogger(ILogger inner) : ILogger
{
    public IDisposable? BeginScope<TState>(TState state)
        where TState : notnull => inner.BeginScope(state);

    public bool IsEnabled(LogLevel logLevel) => inner.IsEnabled(logLevel);

    public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter)
    {
        // The framework writes the exception's whole text (type, message, stack) as the message.
        if (exception is UnauthorizedAccessException
            || (logLevel >= LogLevel.Error && formatter(state, exception).StartsWith(typeof(UnauthorizedAccessException).FullName!, StringComparison.Ordinal)))
        {
            return;
        }

        inner.Log(logLevel, eventId, state, exception, formatter);
    }
}
