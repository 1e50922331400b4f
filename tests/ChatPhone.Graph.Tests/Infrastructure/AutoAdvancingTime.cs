namespace ChatPhone.Graph.Tests.Infrastructure;

/// <summary>
/// A clock that never sleeps: every timer (so every <c>Task.Delay</c>) records its wait, moves the clock on by
/// it and fires at once. With <see cref="Frozen"/>, timers never fire (to test cancellation during a wait).
/// </summary>
internal sealed class AutoAdvancingTime : TimeProvider
{
    private readonly object _gate = new();
    private DateTimeOffset _now = new(2026, 12, 7, 9, 0, 0, TimeSpan.Zero);

    /// <summary>Every wait asked for, in order.</summary>
    public List<TimeSpan> Waits { get; } = [];

    /// <summary>When set, timers never fire.</summary>
    public bool Frozen { get; init; }

    /// <inheritdoc />
    public override DateTimeOffset GetUtcNow()
    {
        lock (_gate)
        {
            return _now;
        }
    }

    /// <inheritdoc />
    public override ITimer CreateTimer(TimerCallback callback, object? state, TimeSpan dueTime, TimeSpan period)
    {
        lock (_gate)
        {
            Waits.Add(dueTime);
            _now += dueTime;
        }

        if (!Frozen && dueTime != Timeout.InfiniteTimeSpan)
        {
            ThreadPool.QueueUserWorkItem(_ => callback(state));
        }

        return new InertTimer();
    }

    private sealed class InertTimer : ITimer
    {
        public bool Change(TimeSpan dueTime, TimeSpan period) => true;

        public void Dispose()
        {
        }

        public ValueTask DisposeAsync() => ValueTask.CompletedTask;
    }
}
