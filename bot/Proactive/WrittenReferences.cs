using System.Collections.Concurrent;
using ChatPhone.Bot.State;

namespace ChatPhone.Bot.Proactive;

/// <summary>
/// What this process last wrote (or read) of each reference key, so a turn that changes nothing writes nothing. An
/// expiring item is due again once half its lifetime has passed, so it does not expire while its person keeps talking;
/// one that was only read is not remembered (its expiry is not stored with it), so the next turn writes it once.
/// </summary>
internal sealed class WrittenReferences(TimeProvider clock)
{
    private const int MaxCached = 50_000;
    private readonly ConcurrentDictionary<string, object> _written = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<string, DateTimeOffset> _refreshAt = new(StringComparer.Ordinal);

    /// <summary>The value last written under <paramref name="key"/>, if this process knows it.</summary>
    public object? Find(string key) => _written.GetValueOrDefault(key);

    /// <summary>True when <paramref name="value"/> differs from what was written, or its expiry needs pushing back.</summary>
    public bool NeedsWrite(string key, object value) =>
        !_written.TryGetValue(key, out var written) || !Equals(written, value)
        || (_refreshAt.TryGetValue(key, out var refreshAt) && clock.GetUtcNow() >= refreshAt);

    /// <summary>Remembers what was just written.</summary>
    public void Wrote(IReadOnlyDictionary<string, object> writes)
    {
        if (_written.Count > MaxCached)
        {
            _written.Clear();
            _refreshAt.Clear();
        }

        foreach (var (key, value) in writes)
        {
            _written[key] = value;
            if (value is IExpiringItem { TimeToLive: { } lifetime })
            {
                _refreshAt[key] = clock.GetUtcNow() + (lifetime / 2);
            }
            else
            {
                _refreshAt.TryRemove(key, out _);
            }
        }
    }

    /// <summary>Remembers what was read, unless it is an expiring kind.</summary>
    public void Read(string key, object value)
    {
        if (value is not IExpiringItem)
        {
            _written[key] = value;
        }
    }

    /// <summary>Forgets <paramref name="key"/> (it was deleted).</summary>
    public void Forget(string key)
    {
        _written.TryRemove(key, out _);
        _refreshAt.TryRemove(key, out _);
    }
}
