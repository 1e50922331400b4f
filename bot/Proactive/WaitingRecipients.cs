using System.Collections.Concurrent;
using ChatPhone.Core.Tenants;

namespace ChatPhone.Bot.Proactive;

/// <summary>
/// The people of each tenant a message waits for until they next talk to the bot, as the last sweep saw them plus
/// those added since: a contact from anyone else costs nothing. Thread-safe.
/// </summary>
public sealed class WaitingRecipients
{
    private readonly ConcurrentDictionary<TenantId, ConcurrentDictionary<string, byte>> _waiting = new();

    /// <summary>False only when the tenant's outbox was read and nothing in it waits for <paramref name="userId"/>.</summary>
    public bool MayWaitFor(TenantId tenant, string? userId) =>
        !_waiting.TryGetValue(tenant, out var waiting) || waiting.ContainsKey(RecipientKey.Of(userId));

    /// <summary>The tenant's outbox was just read: these are the people its messages wait for.</summary>
    public void Replace(TenantId tenant, IEnumerable<string?> userIds) =>
        _waiting[tenant] = new ConcurrentDictionary<string, byte>(
            userIds.Select(u => KeyValuePair.Create(RecipientKey.Of(u), (byte)0)).DistinctBy(p => p.Key), StringComparer.Ordinal);

    /// <summary>A message now waits for <paramref name="userId"/>.</summary>
    public void Add(TenantId tenant, string? userId) =>
        _waiting.GetOrAdd(tenant, _ => new ConcurrentDictionary<string, byte>(StringComparer.Ordinal)).TryAdd(RecipientKey.Of(userId), 0);
}
