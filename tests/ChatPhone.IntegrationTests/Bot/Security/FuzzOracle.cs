using System.Collections.Concurrent;
using Microsoft.Extensions.Logging;
using Newtonsoft.Json.Linq;

namespace ChatPhone.IntegrationTests.Bot.Security;

/// <summary>What every fuzzed activity's answer is checked against: no other tenant's people or objects in it.</summary>
public sealed class FuzzOracle(IReadOnlyList<FuzzTenant> tenants)
{
    private readonly Dictionary<string, string[]> _secrets = tenants.ToDictionary(t => t.Name, t => t.Secrets.Distinct().ToArray());

    // What each tenant's activities have named so far: a tenant's own audit log may show it back later.
    private readonly Dictionary<string, HashSet<string>> _named = [];

    /// <summary>
    /// The tenant an activity speaks in, read as the bot reads it (<c>conversation.tenantId</c>, else
    /// <c>channelData.tenant.id</c>, else the default). Like the host's reader, a byte-order mark before the JSON and
    /// anything after its first value are ignored, and so is nesting however deep (the Bot Framework's reader sets no depth
    /// limit: a reader stopping at Newtonsoft's default of 64 would call a deeply nested activity tenant-less and its own
    /// tenant's objects a leak); null when the body is not an activity at all.
    /// </summary>
    public static string? TenantOf(string body)
    {
        try
        {
            using var reader = new Newtonsoft.Json.JsonTextReader(new StringReader(body.TrimStart('\uFEFF'))) { MaxDepth = null };
            return TenantOf(JToken.ReadFrom(reader));
        }
        catch (Newtonsoft.Json.JsonException)
        {
            return null;
        }
    }

    /// <summary>The tenant named by an activity (sent or received); null when it names none or is not an object.</summary>
    public static string? TenantOf(JToken activity) =>
        activity is not JObject json
            ? null
            : ((json["conversation"] as JObject)?["tenantId"] as JValue)?.Value as string is { Length: > 0 } named
                ? named.Trim().ToLowerInvariant()
                : ((json["channelData"] as JObject)?["tenant"] as JObject)?["id"] is JValue { Value: string { Length: > 0 } fromChannel }
                    ? fromChannel.Trim().ToLowerInvariant()
                    : "demo";

    /// <summary>
    /// The secrets of other tenants that <paramref name="answer"/> shows although <paramref name="request"/> did not name
    /// them, now or in an earlier activity of the same tenant (showing back what a tenant's people wrote is not a leak).
    /// <paramref name="tenant"/> null: every tenant's are checked.
    /// </summary>
    public IReadOnlyList<string> Leaks(string? tenant, string request, string answer)
    {
        var own = tenant is not null && _secrets.TryGetValue(tenant, out var mine) ? mine : [];
        var named = _named.TryGetValue(tenant ?? string.Empty, out var seen) ? seen : _named[tenant ?? string.Empty] = new(StringComparer.OrdinalIgnoreCase);
        var foreign = _secrets.Where(s => s.Key != tenant).SelectMany(s => s.Value).Except(own, StringComparer.OrdinalIgnoreCase).ToArray();
        named.UnionWith(foreign.Where(secret => request.Contains(secret, StringComparison.OrdinalIgnoreCase)));
        return foreign.Where(secret => !named.Contains(secret) && answer.Contains(secret, StringComparison.OrdinalIgnoreCase)).Distinct().ToArray();
    }
}

/// <summary>Keeps every error the bot host logs (a turn that failed is a bug even when it answered politely).</summary>
public sealed class ErrorLogs : ILoggerProvider
{
    private readonly ConcurrentQueue<string> _errors = new();

    public int Count => _errors.Count;

    public IEnumerable<string> Since(int count) => _errors.Skip(count);

    public ILogger CreateLogger(string categoryName) => new Capture(categoryName, _errors);

    public void Dispose()
    {
    }

    private sealed class Capture(string category, ConcurrentQueue<string> errors) : ILogger
    {
        public IDisposable? BeginScope<TState>(TState state)
            where TState : notnull => null;

        public bool IsEnabled(LogLevel logLevel) => logLevel >= LogLevel.Error;

        public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter)
        {
            if (logLevel >= LogLevel.Error)
            {
                errors.Enqueue($"{category}: {formatter(state, exception)} {exception?.GetType().Name}: {exception?.Message}");
            }
        }
    }
}
