using System.Runtime.CompilerServices;
using StackExchange.Redis;
using ChatPhone.Core.Audit;
using ChatPhone.Core.Tenants;

namespace ChatPhone.Core.Storage.Redis;

/// <summary>The audit trail as a sorted set scored by time.</summary>
internal sealed class RedisAuditLog(RedisConnection connection, RedisKeys keys) : IAuditLog
{
    public async Task RecordAsync(TenantId tenant, AuditEntry entry, CancellationToken cancellationToken = default)
    {
        var db = await connection.DatabaseAsync();
        await db.SortedSetAddAsync(keys.Audit(tenant), CoreJson.Write(entry, AuditEntry.SchemaVersion), entry.At.ToUnixTimeMilliseconds());
    }

    public async Task<IReadOnlyList<AuditEntry>> QueryAsync(
        TenantId tenant, DateTimeOffset from, DateTimeOffset to, string? actorId = null, string? target = null,
        CancellationToken cancellationToken = default)
    {
        var db = await connection.DatabaseAsync();
        var values = await db.SortedSetRangeByScoreAsync(keys.Audit(tenant), from.ToUnixTimeMilliseconds(), to.ToUnixTimeMilliseconds());
        return values
            .Select(v => CoreJson.Read<AuditEntry>(v!))
            .Where(e => actorId is null || string.Equals(e.ActorId, actorId, StringComparison.OrdinalIgnoreCase))
            .Where(e => target is null || e.Target == target)
            .ToArray();
    }

    public async IAsyncEnumerable<AuditEntry> NewestFirstAsync(
        TenantId tenant, DateTimeOffset from, DateTimeOffset to, [EnumeratorCancellation] CancellationToken cancellationToken = default)
    {
        const int Page = 128;
        var db = await connection.DatabaseAsync();
        for (long skip = 0; ; skip += Page)
        {
            cancellationToken.ThrowIfCancellationRequested();
            var values = await db.SortedSetRangeByScoreAsync(
                keys.Audit(tenant), from.ToUnixTimeMilliseconds(), to.ToUnixTimeMilliseconds(), Exclude.None, Order.Descending, skip, Page);
            foreach (var value in values)
            {
                yield return CoreJson.Read<AuditEntry>(value!);
            }

            if (values.Length < Page)
            {
                yield break;
            }
        }
    }
}
