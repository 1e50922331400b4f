using ChatPhone.Core.Common;
using ChatPhone.Core.Tenants;
using StackExchange.Redis;

namespace ChatPhone.Core.Storage.Redis;

/// <summary>Versioned documents as hashes with two fields, <c>data</c> and <c>etag</c>; writes are conditional transactions.</summary>
internal sealed class RedisVersionedStore(RedisConnection connection, RedisKeys keys) : IVersionedStore
{
    private static readonly RedisValue Data = "data";
    private static readonly RedisValue ETag = "etag";
    private static readonly RedisValue[] Fields = [Data, ETag];

    public async Task<IReadOnlyDictionary<string, VersionedDocument>> ReadAsync(
        TenantId tenant, IReadOnlyList<string> names, CancellationToken cancellationToken = default)
    {
        var db = await connection.DatabaseAsync();
        var reads = names.Distinct().Select(n => (Name: n, Values: db.HashGetAsync(keys.BotState(tenant, n), Fields))).ToArray();
        var documents = new Dictionary<string, VersionedDocument>();
        foreach (var (name, values) in reads)
        {
            var pair = await values;
            if (!pair[0].IsNull)
            {
                documents[name] = new VersionedDocument(pair[0]!, pair[1].IsNull ? "*" : (string)pair[1]!);
            }
        }

        return documents;
    }

    public async Task<Result<string>> WriteAsync(
        TenantId tenant, string name, string json, string? expectedETag, TimeSpan? timeToLive = null, CancellationToken cancellationToken = default)
    {
        var db = await connection.DatabaseAsync();
        var key = keys.BotState(tenant, name);
        var newETag = Guid.NewGuid().ToString("N");
        HashEntry[] entries = [new(Data, json), new(ETag, newETag)];

        if (string.IsNullOrEmpty(expectedETag) || expectedETag == "*")
        {
            var overwrite = db.CreateTransaction();
            Write(overwrite, key, entries, timeToLive);
            await overwrite.ExecuteAsync();
            return newETag;
        }

        // Either the stored ETag matches, or the document no longer exists (then it is simply written).
        foreach (var condition in new[] { Condition.HashEqual(key, ETag, expectedETag), Condition.KeyNotExists(key) })
        {
            var transaction = db.CreateTransaction();
            transaction.AddCondition(condition);
            Write(transaction, key, entries, timeToLive);
            if (await transaction.ExecuteAsync())
            {
                return newETag;
            }
        }

        return new Error("store.etag_conflict", name);
    }

    // The document and its expiry in one EXEC: HSET alone keeps a previous TTL, so "never expires" must PERSIST it.
    private static void Write(ITransaction transaction, RedisKey key, HashEntry[] entries, TimeSpan? timeToLive)
    {
        _ = transaction.HashSetAsync(key, entries);
        _ = timeToLive is { } ttl ? transaction.KeyExpireAsync(key, ttl) : transaction.KeyPersistAsync(key);
    }

    public async Task DeleteAsync(TenantId tenant, IReadOnlyList<string> names, CancellationToken cancellationToken = default)
    {
        var db = await connection.DatabaseAsync();
        await db.KeyDeleteAsync(names.Select(n => (RedisKey)keys.BotState(tenant, n)).ToArray());
    }
}
