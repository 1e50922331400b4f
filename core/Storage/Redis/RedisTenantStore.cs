using ChatPhone.Core.Audit;
using ChatPhone.Core.Common;
using ChatPhone.Core.Tenants;
using StackExchange.Redis;

namespace ChatPhone.Core.Storage.Redis;

/// <summary>
/// Collections as hashes (field = document id) under the tenant's hash tag. Each hash also holds a
/// version counter, <c>~v</c>, bumped by every write, so a command that read a whole collection can
/// commit on condition that nothing in it changed; a command that read single documents commits on
/// condition that exactly those documents are unchanged. Reads are one atomic snapshot too.
/// </summary>
internal sealed class RedisTenantStore(RedisConnection connection, RedisKeys keys) : ITenantStore
{
    /// <summary>The hash field holding a collection's version counter.</summary>
    public const string VersionField = "~v";

    public async Task<(TenantSnapshot Snapshot, string? Replay)> ReadAsync(
        TenantId tenant, ReadSet reads, IdempotencyKey? key, CancellationToken cancellationToken = default)
    {
        var db = await connection.DatabaseAsync();
        // One MULTI/EXEC with no conditions: the reads travel in one round trip AND see one moment of the
        // tenant, so a decision never mixes a document from before a concurrent commit with one from after it.
        var read = db.CreateTransaction();
        var documents = reads.Documents
            .Where(d => !reads.Collections.Contains(d.Collection))
            .Select(d => (Ref: d, Value: read.HashGetAsync(keys.Collection(tenant, d.Collection), d.Id)))
            .ToArray();
        var collections = reads.Collections
            .Select(c => (Name: c, Entries: read.HashGetAllAsync(keys.Collection(tenant, c))))
            .ToArray();
        var replay = key is { } k ? read.StringGetAsync(keys.Idempotency(tenant, k.Value)) : null;
        await read.ExecuteAsync();

        var byId = new Dictionary<(string, string), string?>();
        foreach (var (reference, value) in documents)
        {
            var raw = await value;
            byId[reference] = raw.IsNull ? null : (string)raw!;
        }

        var whole = new Dictionary<string, CollectionSnapshot>(StringComparer.Ordinal);
        foreach (var (name, entries) in collections)
        {
            long? version = null;
            var docs = new Dictionary<string, string>(StringComparer.Ordinal);
            foreach (var entry in await entries)
            {
                if (entry.Name == VersionField)
                {
                    version = (long)entry.Value;
                }
                else
                {
                    docs[entry.Name!] = entry.Value!;
                }
            }

            whole[name] = new CollectionSnapshot(docs, version);
        }

        var replayed = replay is null ? RedisValue.Null : await replay;
        return (new TenantSnapshot(byId, whole), replayed.IsNull ? null : (string)replayed!);
    }

    public async Task<bool> CommitAsync(
        TenantId tenant,
        TenantSnapshot basis,
        IReadOnlyCollection<DocumentChange> changes,
        IReadOnlyList<AuditEntry> audit,
        IdempotencyKey? key,
        string? replay,
        CancellationToken cancellationToken = default)
    {
        var db = await connection.DatabaseAsync();
        var transaction = db.CreateTransaction();

        foreach (var ((collection, id), raw) in basis.Documents)
        {
            var hash = keys.Collection(tenant, collection);
            transaction.AddCondition(raw is null ? Condition.HashNotExists(hash, id) : Condition.HashEqual(hash, id, raw));
        }

        foreach (var (collection, snapshot) in basis.Collections)
        {
            var hash = keys.Collection(tenant, collection);
            transaction.AddCondition(snapshot.Version is { } version
                ? Condition.HashEqual(hash, VersionField, version)
                : Condition.HashNotExists(hash, VersionField));
        }

        // One command per collection and one for the audit trail, however many documents change: a bulk
        // unit of thousands of rows would otherwise queue tens of thousands of commands in the transaction.
        foreach (var collection in changes.GroupBy(c => c.Collection))
        {
            var hash = keys.Collection(tenant, collection.Key);
            var puts = collection.Where(c => c.Json is not null).Select(c => new HashEntry(c.Id, c.Json)).ToArray();
            var deletes = collection.Where(c => c.Json is null).Select(c => (RedisValue)c.Id).ToArray();
            if (puts.Length == 1)
            {
                _ = transaction.HashSetAsync(hash, puts[0].Name, puts[0].Value);
            }
            else if (puts.Length > 1)
            {
                _ = transaction.HashSetAsync(hash, puts);
            }

            if (deletes.Length > 0)
            {
                _ = transaction.HashDeleteAsync(hash, deletes);
            }

            _ = transaction.HashIncrementAsync(hash, VersionField);
        }

        transaction.AddAudit(keys, tenant, audit);

        if (key is { } k && replay is not null)
        {
            transaction.AddIdempotency(keys, tenant, k, replay);
        }

        try
        {
            var committed = await transaction.ExecuteAsync();
            if (committed)
            {
                ChangeWatch.NoteChangeMayBeSaved();
            }

            return committed;
        }
        catch (Exception exception) when (StoreFaults.MayHaveBeenSent(exception))
        {
            // The EXEC may have run before the connection dropped: the caller cannot say "nothing was changed".
            ChangeWatch.NoteChangeMayBeSaved();
            throw;
        }
    }
}
