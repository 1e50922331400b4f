using System.Collections.Concurrent;
using ChatPhone.Core.Common;
using ChatPhone.Core.Directory;
using ChatPhone.Core.Directory.Import;
using ChatPhone.Core.Setup;
using ChatPhone.Core.Tenants;
using StackExchange.Redis;

namespace ChatPhone.Core.Storage.Redis;

/// <summary>
/// The directory in two hashes per tenant: people by object id, and UPN → object id. A tenant's sorted list
/// is kept in the process until the people hash's version moves.
/// </summary>
internal sealed class RedisDirectoryStore(RedisConnection connection, RedisKeys keys) : IDirectoryStore
{
    // Whole directories listed for forms (thousands of people, read, parsed and sorted) are kept with the
    // version they were read at, for the most recently listed tenants only: at most 64 lists and 250,000 people
    // in all (about 100 MB), so a process serving tenants of 200,000 people keeps one, not 64.
    private const int MaxListsKept = 64;
    private const int MaxPeopleKept = 250_000;

    private readonly ConcurrentDictionary<RedisKey, (long Version, IReadOnlyList<Person> People)> _lists = new();

    public async Task<Result<Person>> FindAsync(TenantId tenant, string objectIdOrUpn, CancellationToken cancellationToken = default)
    {
        var db = await connection.DatabaseAsync();
        var id = objectIdOrUpn.Trim().ToLowerInvariant();
        var byId = db.HashGetAsync(keys.People(tenant), id);
        // Only a UPN has an '@' (an object id never does): the every-turn lookup by object id is one command.
        var owner = id.Contains('@', StringComparison.Ordinal) ? db.HashGetAsync(keys.Upns(tenant), id) : Task.FromResult(RedisValue.Null);
        var document = await byId;
        if (document.IsNull && await owner is { IsNull: false } ownerId)
        {
            document = await db.HashGetAsync(keys.People(tenant), ownerId);
        }

        return document.IsNull
            ? new Error("directory.person_not_found", objectIdOrUpn)
            : CoreJson.Read<Person>(document!);
    }

    public async Task<IReadOnlyList<Person>> ListAsync(TenantId tenant, CancellationToken cancellationToken = default)
    {
        var db = await connection.DatabaseAsync();
        var people = keys.People(tenant);
        // Every write to the people hash bumps its version: an unchanged version means the list kept here is current.
        var version = await db.HashGetAsync(people, RedisTenantStore.VersionField);
        if (!version.IsNull && _lists.TryGetValue(people, out var kept) && kept.Version == (long)version)
        {
            return kept.People;
        }

        var entries = await db.HashGetAllAsync(people);
        long? read = null;
        var list = new List<Person>(entries.Length);
        foreach (var entry in entries)
        {
            if (entry.Name == RedisTenantStore.VersionField)
            {
                read = (long)entry.Value;
            }
            else
            {
                list.Add(CoreJson.Read<Person>(entry.Value!));
            }
        }

        Person[] sorted = [.. list.OrderBy(p => p.DisplayName, StringComparer.CurrentCultureIgnoreCase)];
        if (read is { } v && sorted.Length <= MaxPeopleKept)
        {
            if (_lists.Count >= MaxListsKept || _lists.Values.Sum(l => l.People.Count) + sorted.Length > MaxPeopleKept)
            {
                _lists.Clear();
            }

            _lists[people] = (v, sorted);
        }

        return sorted;
    }

    public async Task<DirectorySlice> ReadSliceAsync(
        TenantId tenant, IReadOnlyList<string> objectIds, IReadOnlyList<string> upns, CancellationToken cancellationToken = default)
    {
        var db = await connection.DatabaseAsync();
        var people = objectIds.Count == 0
            ? Task.FromResult(Array.Empty<RedisValue>())
            : db.HashGetAsync(keys.People(tenant), objectIds.Select(i => (RedisValue)i).ToArray());
        var owners = upns.Count == 0
            ? Task.FromResult(Array.Empty<RedisValue>())
            : db.HashGetAsync(keys.Upns(tenant), upns.Select(u => (RedisValue)u).ToArray());

        var peopleById = (await people)
            .Where(v => !v.IsNull)
            .Select(v => CoreJson.Read<Person>(v!))
            .ToDictionary(p => p.AadObjectId);
        var ownersByUpn = upns
            .Zip(await owners)
            .Where(pair => !pair.Second.IsNull)
            .DistinctBy(pair => pair.First)
            .ToDictionary(pair => pair.First, pair => (string)pair.Second!);
        return new DirectorySlice(peopleById, ownersByUpn);
    }

    public async Task SavePendingAsync(TenantId tenant, PendingImport import, CancellationToken cancellationToken = default)
    {
        var db = await connection.DatabaseAsync();
        await db.StringSetAsync(keys.Import(tenant, import.Id), CoreJson.Write(import, PendingImport.SchemaVersion), PendingImport.Lifetime);
    }

    public async Task<Result<PendingImport>> FindPendingAsync(TenantId tenant, string importId, CancellationToken cancellationToken = default)
    {
        var db = await connection.DatabaseAsync();
        var value = await db.StringGetAsync(keys.Import(tenant, importId));
        return value.IsNull ? new Error("directory.import.not_found") : CoreJson.Read<PendingImport>(value!);
    }

    public async Task<bool> DiscardPendingAsync(TenantId tenant, PendingImport expected, CancellationToken cancellationToken = default)
    {
        var db = await connection.DatabaseAsync();
        var key = keys.Import(tenant, expected.Id);
        var transaction = db.CreateTransaction();
        transaction.AddCondition(Condition.StringEqual(key, CoreJson.Write(expected, PendingImport.SchemaVersion)));
        _ = transaction.KeyDeleteAsync(key);
        return await transaction.ExecuteAsync();
    }

    public async Task<ApplyContext> LoadApplyContextAsync(
        TenantId tenant, string importId, RequestKey key, CancellationToken cancellationToken = default)
    {
        var db = await connection.DatabaseAsync();
        var import = db.StringGetAsync(keys.Import(tenant, importId));
        var replay = db.StringGetAsync(keys.Idempotency(tenant, key));
        var importValue = await import;
        var replayValue = await replay;
        return new ApplyContext(
            importValue.IsNull ? new Error("directory.import.not_found") : CoreJson.Read<PendingImport>(importValue!),
            replayValue.IsNull ? null : CoreJson.Read<ImportOutcome>(replayValue!));
    }

    public async Task<bool> CommitImportAsync(TenantId tenant, ImportCommit commit, CancellationToken cancellationToken = default)
    {
        var db = await connection.DatabaseAsync();
        var transaction = db.CreateTransaction();
        var importKey = keys.Import(tenant, commit.Before.Id);
        var people = keys.People(tenant);
        var upns = keys.Upns(tenant);

        // The setup tallies count people by usage location: kept in the same transaction when the tenant has them, and
        // left to be built when it has not (the condition makes a build that commits meanwhile fail this one).
        var tallies = keys.Collection(tenant, SetupCollections.Tallies.Name);
        var stored = await db.HashGetAsync(tallies, SetupTalliesIndex.Id);
        if (stored.IsNull)
        {
            transaction.AddCondition(Condition.HashNotExists(tallies, SetupTalliesIndex.Id));
        }
        else
        {
            transaction.AddCondition(Condition.HashEqual(tallies, SetupTalliesIndex.Id, stored));
            var counted = commit.Changes.Aggregate(
                SetupCollections.Tallies.Read(stored!), (t, change) => SetupTalliesIndex.Apply(t, change.Before, change.After));
            _ = transaction.HashSetAsync(tallies, SetupTalliesIndex.Id, SetupCollections.Tallies.Write(counted));
            _ = transaction.HashIncrementAsync(tallies, RedisTenantStore.VersionField);
        }

        transaction.AddCondition(Condition.StringEqual(importKey, CoreJson.Write(commit.Before, PendingImport.SchemaVersion)));
        foreach (var (before, after) in commit.Changes)
        {
            transaction.AddCondition(before is null
                ? Condition.HashNotExists(people, after.AadObjectId)
                : Condition.HashEqual(people, after.AadObjectId, CoreJson.Write(before, Person.SchemaVersion)));
            if (before?.Upn != after.Upn)
            {
                transaction.AddCondition(Condition.HashNotExists(upns, after.Upn));
                if (before is not null)
                {
                    _ = transaction.HashDeleteAsync(upns, before.Upn);
                }

                _ = transaction.HashSetAsync(upns, after.Upn, after.AadObjectId);
            }

            _ = transaction.HashSetAsync(people, after.AadObjectId, CoreJson.Write(after, Person.SchemaVersion));
        }

        // The people hash is also a collection of the tenant store: bump its version like every write does.
        _ = transaction.HashIncrementAsync(people, RedisTenantStore.VersionField);
        _ = transaction.StringSetAsync(importKey, CoreJson.Write(commit.After, PendingImport.SchemaVersion), PendingImport.Lifetime);
        transaction.AddAudit(keys, tenant, commit.Audit);
        transaction.AddIdempotency(keys, tenant, commit.Key, CoreJson.Write(commit.Outcome, 1));
        return await transaction.ExecuteAsync();
    }
}
