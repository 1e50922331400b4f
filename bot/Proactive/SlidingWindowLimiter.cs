namespace ChatPhone.Bot.Proactive;

/// <summary>
/// In-memory sliding-window rate limits per key (a conversation, a tenant). The sender asks how long to wait
/// before a send, waits, sends, then records the send when the connector answered: counting from the answer
/// (not the request) means no window on the channel's side can see more than the limit, whatever the latency.
/// A key can also be held until a time (a Retry-After). Thread-safe; pure apart from the clock.
/// </summary>
public sealed class SlidingWindowLimiter(IReadOnlyList<RateWindow> windows, TimeProvider clock)
{
    private const int CleanupThreshold = 10_000;
    private readonly TimeSpan _longest = windows.Max(w => w.Span);
    private readonly Dictionary<string, KeyState> _keys = new(StringComparer.Ordinal);
    private readonly Lock _lock = new();

    /// <summary>How long to wait before a send to <paramref name="key"/> keeps within every window (zero: now).</summary>
    public TimeSpan WaitTime(string key)
    {
        lock (_lock)
        {
            if (!_keys.TryGetValue(key, out var state))
            {
                return TimeSpan.Zero;
            }

            var now = clock.GetUtcNow();
            Prune(state, now);
            var wait = state.HeldUntil is { } held && held > now ? held - now : TimeSpan.Zero;
            var sends = state.Sends.ToArray();
            foreach (var window in windows)
            {
                var inWindow = sends.Where(t => t > now - window.Span).ToArray();
                if (inWindow.Length >= window.Limit)
                {
                    // The oldest sends must leave the window until one slot is free; a send exactly Span old is out.
                    var leaving = inWindow[inWindow.Length - window.Limit];
                    var until = leaving + window.Span - now + TimeSpan.FromMilliseconds(1);
                    wait = until > wait ? until : wait;
                }
            }

            return wait;
        }
    }

    /// <summary>Records a send to <paramref name="key"/> that just completed.</summary>
    public void Record(string key)
    {
        lock (_lock)
        {
            var now = clock.GetUtcNow();
            if (_keys.Count > CleanupThreshold)
            {
                foreach (var name in _keys.Where(k => IsIdle(k.Value, now)).Select(k => k.Key).ToArray())
                {
                    _keys.Remove(name);
                }
            }

            var state = State(key);
            Prune(state, now);
            state.Sends.Enqueue(now);
        }
    }

    /// <summary>Lets nothing be sent to <paramref name="key"/> before <paramref name="until"/> (e.g. a Retry-After).</summary>
    public void Hold(string key, DateTimeOffset until)
    {
        lock (_lock)
        {
            var state = State(key);
            state.HeldUntil = state.HeldUntil is { } held && held > until ? held : until;
        }
    }

    private KeyState State(string key)
    {
        if (!_keys.TryGetValue(key, out var state))
        {
            state = new KeyState();
            _keys[key] = state;
        }

        return state;
    }

    private void Prune(KeyState state, DateTimeOffset now)
    {
        while (state.Sends.TryPeek(out var oldest) && oldest <= now - _longest)
        {
            state.Sends.Dequeue();
        }
    }

    private bool IsIdle(KeyState state, DateTimeOffset now) =>
        (state.Sends.Count == 0 || state.Sends.Last() <= now - _longest) && (state.HeldUntil is null || state.HeldUntil <= now);

    private sealed class KeyState
    {
        public Queue<DateTimeOffset> Sends { get; } = new();

        public DateTimeOffset? HeldUntil { get; set; }
    }
}
