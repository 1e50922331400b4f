using ChatPhone.Core.Audit;
using ChatPhone.Core.Common;
using ChatPhone.Core.Tenants;
using StackExchange.Redis;

namespace ChatPhone.Core.Storage.Redis;

/// <summary>
/// Collections as hashes (field = document id) under the tenant's hash tag. Each hash also holds a
/// version counter, <c>~v</c>, bumped by every write, so a command that read a whole collection can
/// commit on condition that nothing in it changed; a command that read single documents commits on
/// condition that exactly those documents are unchanged (or, when it read many, that their collection
/// is). Reads are one atomic snapshot too: one HMGET per collection read by id, one HGETALL per
/// collection read in full.
/// </summary>
internal sealed class RedisTenantStore(RedisConnection connection, RedisKeys keys) : ITenantStore
{
    /// <summary>The hash field holding a collection's version counter.</summary>
    public const string VersionField = "~v";

    /// <summary>
    /// Above this many documents read by id from one collection, the commit rests on the collection's version
    /// instead: each per-document condition is a WATCH and an HGET that sends the document back to compare.
    /// </summary>
    public const int ConditionsPerCollection = 16;

    public async Task<(TenantSnapshot Snapshot, string? Replay)> ReadAsync(
        TenantId tenant, ReadSet reads, RequestKey? key, CancellationToken cancellationToken = default)
    {
        var db = await connection.DatabaseAsync();
        // One MULTI/EXEC with no conditions: the reads travel in one round trip AND see one moment of the
        // tenant, so a decision never mixes a document from before a concurrent commit with one from after it.
        var read = db.CreateTransaction();
        // One HMGET per collection read by id, its version counter last.
        var documents = reads.Documents
            .Where(d => !reads.Collections.Contains(d.Collection))
            .GroupBy(d => d.Collection, d => d.Id)
            .Select(g => (Collection: g.Key, Ids: g.ToArray()))
            .Select(g => (g.Collection, g.Ids, Values: read.HashGetAsync(
                keys.Collection(tenant, g.Collection), [.. g.Ids.Select(id => (RedisValue)id), VersionField])))
            .ToArray();
        var collections = reads.Collections
            .Select(c => (Name: c, Entries: read.HashGetAllAsync(keys.Collection(tenant, c))))
            .ToArray();
        var replay = key is { } k ? read.StringGetAsync(keys.Idempotency(tenant, k)) : null;
        await read.ExecuteAsync();

        var byId = new Dictionary<(string, string), string?>();
        var versions = new Dictionary<string, long?>(StringComparer.Ordinal);
        foreach (var (collection, ids, pending) in documents)
        {
            var values = await pending;
            for (var i = 0; i < ids.Length; i++)
            {
                byId[(collection, ids[i])] = values[i].IsNull ? null : (string)values[i]!;
            }

            versions[collection] = values[^1].IsNull ? null : (long)values[^1];
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
        return (new TenantSnapshot(byId, whole, versions), replayed.IsNull ? null : (string)replayed!);
    }

    public async Task<bool> CommitAsync(
        TenantId tenant,
        TenantSnapshot basis,
        IReadOnlyCollection<DocumentChange> changes,
        IReadOnlyList<AuditEntry> audit,
        RequestKey? key,
        string? replay,
        CancellationToken cancellationToken = default)
    {
        var db = await connection.DatabaseAsync();
        var transaction = db.CreateTransaction();

        foreach (var documents in basis.Documents.GroupBy(d => d.Key.Collection))
        {
            var hash = keys.Collection(tenant, documents.Key);
            if (documents.Count() > ConditionsPerCollection && basis.Versions.TryGetValue(documents.Key, out var version))
            {
                // A bulk command read thousands of documents: one condition on the collection instead of one each
                // (any write to the collection since then fails the commit, and the command reads again).
                transaction.AddCondition(VersionUnchanged(hash, version));
                continue;
            }

            foreach (var ((_, id), raw) in documents)
            {
                transaction.AddCondition(raw is null ? Condition.HashNotExists(hash, id) : Condition.HashEqual(hash, id, raw));
            }
        }

        foreach (var (collection, snapshot) in basis.Collections)
        {
            transaction.AddCondition(VersionUnchanged(keys.Collection(tenant, collection), snapshot.Version));
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

    private static Condition VersionUnchanged(RedisKey hash, long? version) =>
        version is { } v ? Condition.HashEqual(hash, VersionField, v) : Condition.HashNotExists(hash, VersionField);
}
