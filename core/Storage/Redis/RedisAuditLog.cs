using System.Runtime.CompilerServices;
using StackExchange.Redis;
using ChatPhone.Core.Audit;
using ChatPhone.Core.Tenants;

namespace ChatPhone.Core.Storage.Redis;

/// <summary>
/// The audit trail as pages indexed by time (<see cref="AuditPages"/>), read together with the sorted set of entries it
/// was kept in before (<see cref="RedisKeys.LegacyAudit"/>), so that no entry written by an earlier version is lost.
/// </summary>
internal sealed class RedisAuditLog(RedisConnection connection, RedisKeys keys) : IAuditLog
{
    // Index entries read (and pages fetched in one MGET) at a time for a range asked whole.
    private const int PagesPerRead = 64;

    // The same newest first, where the caller usually stops at the first entries: a page may hold 500.
    private const int NewestPagesPerRead = 8;

    // Entries of the legacy sorted set read at a time, newest first.
    private const int LegacyPerRead = 128;

    public async Task RecordAsync(TenantId tenant, AuditEntry entry, CancellationToken cancellationToken = default)
    {
        var db = await connection.DatabaseAsync();
        var transaction = db.CreateTransaction();
        transaction.AddAudit(keys, tenant, entry);
        await transaction.ExecuteAsync();
    }

    public async Task<IReadOnlyList<AuditEntry>> QueryAsync(
        TenantId tenant, DateTimeOffset from, DateTimeOffset to, string? actorId = null, string? target = null,
        CancellationToken cancellationToken = default)
    {
        var db = await connection.DatabaseAsync();
        var (start, stop) = (from.ToUnixTimeMilliseconds(), to.ToUnixTimeMilliseconds());
        var legacy = db.SortedSetRangeByScoreAsync(keys.LegacyAudit(tenant), start, stop);
        var pageIds = await db.SortedSetRangeByScoreAsync(keys.AuditIndex(tenant), start, stop);

        var entries = (await legacy).Select(v => CoreJson.Read<AuditEntry>(v!)).ToList();
        foreach (var ids in pageIds.Chunk(PagesPerRead))
        {
            entries.AddRange((await PagesAsync(db, tenant, ids)).SelectMany(page => page));
        }

        return entries
            .Where(e => actorId is null || string.Equals(e.ActorId, actorId, StringComparison.OrdinalIgnoreCase))
            .Where(e => target is null || e.Target == target)
            .OrderBy(e => e.At)
            .ToArray();
    }

    public IAsyncEnumerable<AuditEntry> NewestFirstAsync(
        TenantId tenant, DateTimeOffset from, DateTimeOffset to, CancellationToken cancellationToken = default) =>
        NewestFirst.Merge(PagedNewestFirstAsync(tenant, from, to, cancellationToken), LegacyNewestFirstAsync(tenant, from, to, cancellationToken), cancellationToken);

    private IAsyncEnumerable<AuditEntry> PagedNewestFirstAsync(TenantId tenant, DateTimeOffset from, DateTimeOffset to, CancellationToken cancellationToken) =>
        ReadBackwardsAsync(NewestPagesPerRead, async (db, skip) =>
        {
            var ids = await db.SortedSetRangeByScoreAsync(
                keys.AuditIndex(tenant), from.ToUnixTimeMilliseconds(), to.ToUnixTimeMilliseconds(), Exclude.None, Order.Descending, skip, NewestPagesPerRead);
            return (ids.Length, (await PagesAsync(db, tenant, ids)).SelectMany(page => Enumerable.Reverse(page)));
        }, cancellationToken);

    private IAsyncEnumerable<AuditEntry> LegacyNewestFirstAsync(TenantId tenant, DateTimeOffset from, DateTimeOffset to, CancellationToken cancellationToken) =>
        ReadBackwardsAsync(LegacyPerRead, async (db, skip) =>
        {
            var values = await db.SortedSetRangeByScoreAsync(
                keys.LegacyAudit(tenant), from.ToUnixTimeMilliseconds(), to.ToUnixTimeMilliseconds(), Exclude.None, Order.Descending, skip, LegacyPerRead);
            return (values.Length, values.Select(v => CoreJson.Read<AuditEntry>(v!)));
        }, cancellationToken);

    // Reads a sorted set from its end, `size` members at a time, as far as the caller goes; a short read is the last.
    private async IAsyncEnumerable<AuditEntry> ReadBackwardsAsync(
        int size, Func<IDatabase, long, Task<(int Members, IEnumerable<AuditEntry> Entries)>> read,
        [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        var db = await connection.DatabaseAsync();
        for (long skip = 0; ; skip += size)
        {
            cancellationToken.ThrowIfCancellationRequested();
            var (members, entries) = await read(db, skip);
            foreach (var entry in entries)
            {
                yield return entry;
            }

            if (members < size)
            {
                yield break;
            }
        }
    }

    // The pages of ids in their order; a page past its retention (expired, its index entry not yet dropped) is skipped.
    private async Task<IEnumerable<List<AuditEntry>>> PagesAsync(IDatabase db, TenantId tenant, RedisValue[] ids)
    {
        if (ids.Length == 0)
        {
            return [];
        }

        var pages = await db.StringGetAsync([.. ids.Select(id => keys.AuditPage(tenant, id!))]);
        return pages.Where(p => !p.IsNull).Select(p => AuditPages.Read((byte[])p!));
    }
}
