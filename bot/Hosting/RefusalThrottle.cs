using System.Net;
using System.Net.Sockets;
using Microsoft.Extensions.Options;

namespace ChatPhone.Bot.Hosting;

/// <summary>
/// Counts the refused (401) requests of each client address in fixed one-minute windows; past
/// <see cref="BotOptions.MaxRefusalsPerMinute"/> the address is answered 429 before anything is read or validated.
/// Only refusals count, so a channel whose tokens are valid is never slowed. IPv6 clients count per /64 (one
/// subscriber's whole prefix); the table is bounded, and when full new addresses are simply not counted.
/// </summary>
internal sealed class RefusalThrottle(IOptions<BotOptions> options, TimeProvider time)
{
    private const int MaxTrackedClients = 10_000;
    private static readonly TimeSpan Window = TimeSpan.FromMinutes(1);

    private readonly Dictionary<string, (DateTimeOffset Start, int Count)> _clients = new(StringComparer.Ordinal);
    private readonly Lock _gate = new();

    /// <summary>How long <paramref name="client"/> must wait, or null when it may be served now.</summary>
    public TimeSpan? RetryAfter(IPAddress? client)
    {
        var now = time.GetUtcNow();
        lock (_gate)
        {
            return _clients.TryGetValue(Key(client), out var entry) && now - entry.Start < Window && entry.Count >= options.Value.MaxRefusalsPerMinute
                ? entry.Start + Window - now
                : null;
        }
    }

    /// <summary>Counts one refusal of <paramref name="client"/>.</summary>
    public void Count(IPAddress? client)
    {
        var now = time.GetUtcNow();
        var key = Key(client);
        lock (_gate)
        {
            if (_clients.TryGetValue(key, out var entry) && now - entry.Start < Window)
            {
                _clients[key] = (entry.Start, entry.Count + 1);
                return;
            }

            if (_clients.Count >= MaxTrackedClients)
            {
                foreach (var expired in _clients.Where(c => now - c.Value.Start >= Window).Select(c => c.Key).ToArray())
                {
                    _clients.Remove(expired);
                }
            }

            if (_clients.Count < MaxTrackedClients || _clients.ContainsKey(key))
            {
                _clients[key] = (now, 1);
            }
        }
    }

    private static string Key(IPAddress? client)
    {
        if (client is null)
        {
            return "unknown";
        }

        if (client.IsIPv4MappedToIPv6)
        {
            return client.MapToIPv4().ToString();
        }

        if (client.AddressFamily != AddressFamily.InterNetworkV6)
        {
            return client.ToString();
        }

        var bytes = client.GetAddressBytes();
        Array.Clear(bytes, 8, 8);
        return new IPAddress(bytes) + "/64";
    }
}
