using ChatPhone.Core.Audit;
using ChatPhone.Core.Common;
using ChatPhone.Core.Tenants;
using StackExchange.Redis;

namespace ChatPhone.Core.Storage.Redis;

/// <summary>The writes every mutating command adds to its own transaction: its audit entry and its idempotency record.</summary>
internal static class TransactionExtensions
{
    /// <summary>How long a command's result is kept for replays.</summary>
    public static readonly TimeSpan IdempotencyLifetime = TimeSpan.FromDays(7);

    /// <summary>Appends <paramref name="entry"/> to the tenant's audit trail inside the transaction.</summary>
    public static void AddAudit(this ITransaction transaction, RedisKeys keys, TenantId tenant, AuditEntry entry) =>
        transaction.AddAudit(keys, tenant, [entry]);

    /// <summary>
    /// Appends <paramref name="entries"/> to the tenant's audit trail inside the transaction: their pages, their index
    /// entries, and the removal of index entries past the retention (<see cref="AuditPages"/>).
    /// </summary>
    public static void AddAudit(this ITransaction transaction, RedisKeys keys, TenantId tenant, IReadOnlyCollection<AuditEntry> entries)
    {
        if (entries.Count == 0)
        {
            return;
        }

        var pages = AuditPages.Of(entries).ToArray();
        foreach (var page in pages)
        {
            _ = transaction.StringSetAsync(keys.AuditPage(tenant, page.Id), AuditPages.Write(page), AuditPages.Retention);
        }

        var index = keys.AuditIndex(tenant);
        _ = transaction.SortedSetAddAsync(index, [.. pages.Select(p => new SortedSetEntry(p.Id, p.At))]);
        var oldestKept = pages.Max(p => p.At) - (long)AuditPages.Retention.TotalMilliseconds;
        _ = transaction.SortedSetRemoveRangeByScoreAsync(index, double.NegativeInfinity, oldestKept, Exclude.Stop);
    }

    /// <summary>Stores the command's result under its actor's idempotency key, on condition that the key never ran for that actor.</summary>
    public static void AddIdempotency(this ITransaction transaction, RedisKeys keys, TenantId tenant, RequestKey key, string resultJson)
    {
        var redisKey = keys.Idempotency(tenant, key);
        transaction.AddCondition(Condition.KeyNotExists(redisKey));
        _ = transaction.StringSetAsync(redisKey, resultJson, IdempotencyLifetime);
    }
}
