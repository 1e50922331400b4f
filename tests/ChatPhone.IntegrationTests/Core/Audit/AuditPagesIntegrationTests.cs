using ChatPhone.Core.Audit;
using ChatPhone.Core.Storage;
using ChatPhone.Core.Storage.Redis;
using ChatPhone.Core.Tenants;
using ChatPhone.IntegrationTests.Infrastructure;
using Microsoft.Extensions.DependencyInjection;
using StackExchange.Redis;

namespace ChatPhone.IntegrationTests.Core.Audit;

/// <summary>
/// The audit trail is kept as pages of entries indexed by time: a bulk command's thousands of entries are pages of at most
/// 500, read back whole and in order, newest first a page at a time, together with the entries an earlier version kept in
/// one sorted set; index entries past the retention are dropped by the next write and pages expire.
/// </summary>
[Collection(RedisCollection.Name)]
public sealed class AuditPagesIntegrationTests(RedisServerFixture redis) : IAsyncLifetime
{
    private static readonly TenantId Tenant = TenantId.Parse("contoso");
    private static readonly DateTimeOffset Noon = new(2026, 11, 2, 12, 0, 0, TimeSpan.Zero);
    private ServiceProvider _services = null!;
    private ConnectionMultiplexer _raw = null!;

    private IDatabase Db => _raw.GetDatabase();

    private IAuditLog Log => _services.GetRequiredService<IAuditLog>();

    private RedisKeys Keys => _services.GetRequiredService<RedisKeys>();

    public async Task InitializeAsync()
    {
        _services = CoreServices.Create(redis);
        _raw = await ConnectionMultiplexer.ConnectAsync(redis.ConnectionString);
    }

    public async Task DisposeAsync()
    {
        await _raw.DisposeAsync();
        await _services.DisposeAsync();
    }

    [Fact]
    public async Task ABulkOfEntriesAtOneInstant_IsKeptInPagesOf500_AndReadBackWholeInOrder()
    {
        var bulk = Enumerable.Range(0, 1_234).Select(i => Entry(Noon, $"licenses:p{i}")).ToArray();

        await CommitAsync(bulk);

        Assert.Equal(3, await Db.SortedSetLengthAsync(Keys.AuditIndex(Tenant)));
        var read = await Log.QueryAsync(Tenant, Noon.AddSeconds(-1), Noon.AddSeconds(1));
        Assert.Equal(bulk.Select(e => e.Id), read.Select(e => e.Id));
        var newest = await Log.NewestFirstAsync(Tenant, Noon.AddSeconds(-1), Noon.AddSeconds(1)).ToListAsync();
        Assert.Equal(bulk.Reverse().Select(e => e.Id), newest.Select(e => e.Id));
        var ttl = await Db.KeyTimeToLiveAsync(Keys.AuditPage(Tenant, bulk[0].Id + ".0000"));
        Assert.InRange(ttl!.Value, AuditPages.Retention - TimeSpan.FromMinutes(5), AuditPages.Retention);
    }

    [Fact]
    public async Task EntriesOfSeveralCommands_AreFoundByTime_ActorAndTarget()
    {
        await CommitAsync([Entry(Noon, "licenses:alex"), Entry(Noon, "subscriptions:PhoneSystem")]);
        await CommitAsync([Entry(Noon.AddMinutes(5), "licenses:alex", actor: "admin-2")]);
        await Log.RecordAsync(Tenant, Entry(Noon.AddMinutes(10), "numbers:+14255550100") with { Outcome = AuditOutcome.Refused });

        var all = await Log.QueryAsync(Tenant, Noon, Noon.AddMinutes(10));
        var window = await Log.QueryAsync(Tenant, Noon.AddMinutes(1), Noon.AddMinutes(9));
        var alex = await Log.QueryAsync(Tenant, Noon, Noon.AddHours(1), target: "licenses:alex");
        var byAdmin2 = await Log.QueryAsync(Tenant, Noon, Noon.AddHours(1), actorId: "ADMIN-2");

        Assert.Equal(["licenses:alex", "subscriptions:PhoneSystem", "licenses:alex", "numbers:+14255550100"], all.Select(e => e.Target));
        Assert.Equal(Noon.AddMinutes(5), Assert.Single(window).At);
        Assert.Equal([Noon, Noon.AddMinutes(5)], alex.Select(e => e.At));
        Assert.Equal("admin-2", Assert.Single(byAdmin2).ActorId);
        Assert.Equal(AuditOutcome.Refused, all[^1].Outcome);
    }

    [Fact]
    public async Task EntriesAnEarlierVersionKeptInOneSortedSet_AreReadWithThePages_NewestFirstAcrossBoth()
    {
        var legacy = new[] { Entry(Noon, "legacy:1"), Entry(Noon.AddMinutes(2), "legacy:2"), Entry(Noon.AddMinutes(4), "legacy:3") };
        await Db.SortedSetAddAsync(Keys.LegacyAudit(Tenant), [.. legacy.Select(e => new SortedSetEntry(CoreJson.Write(e, AuditEntry.SchemaVersion), e.At.ToUnixTimeMilliseconds()))]);
        await CommitAsync([Entry(Noon.AddMinutes(1), "paged:1")]);
        await CommitAsync([Entry(Noon.AddMinutes(3), "paged:2")]);

        var oldestFirst = await Log.QueryAsync(Tenant, Noon, Noon.AddMinutes(5));
        var newestFirst = await Log.NewestFirstAsync(Tenant, Noon, Noon.AddMinutes(5)).ToListAsync();

        Assert.Equal(["legacy:1", "paged:1", "legacy:2", "paged:2", "legacy:3"], oldestFirst.Select(e => e.Target));
        Assert.Equal(["legacy:3", "paged:2", "legacy:2", "paged:1", "legacy:1"], newestFirst.Select(e => e.Target));
    }

    [Fact]
    public async Task AWrite_DropsIndexEntriesPastTheRetention_AndKeepsTheRest()
    {
        var old = Noon - AuditPages.Retention - TimeSpan.FromDays(1);
        var kept = Noon - AuditPages.Retention + TimeSpan.FromDays(1);
        await CommitAsync([Entry(old, "old")]);
        await CommitAsync([Entry(kept, "kept")]);

        await CommitAsync([Entry(Noon, "new")]);

        var trail = await Log.QueryAsync(Tenant, old.AddDays(-1), Noon);
        Assert.Equal(["kept", "new"], trail.Select(e => e.Target));
        Assert.Equal(2, await Db.SortedSetLengthAsync(Keys.AuditIndex(Tenant)));
    }

    [Fact]
    public async Task APageThatExpired_IsSkipped_NotAnError()
    {
        var gone = Entry(Noon, "gone");
        await CommitAsync([gone]);
        await CommitAsync([Entry(Noon.AddMinutes(1), "here")]);
        await Db.KeyDeleteAsync(Keys.AuditPage(Tenant, gone.Id + ".0000"));

        var trail = await Log.QueryAsync(Tenant, Noon, Noon.AddMinutes(1));
        var newest = await Log.NewestFirstAsync(Tenant, Noon, Noon.AddMinutes(1)).ToListAsync();

        Assert.Equal("here", Assert.Single(trail).Target);
        Assert.Equal("here", Assert.Single(newest).Target);
    }

    private static AuditEntry Entry(DateTimeOffset at, string target, string actor = "admin-1") =>
        new(Guid.NewGuid().ToString("N"), at, actor, "Megan", AuditActions.Licensing.Assign, target, null, "{}", AuditOutcome.Applied);

    // The entries as a command's commit writes them: in its own transaction.
    private async Task CommitAsync(IReadOnlyCollection<AuditEntry> entries)
    {
        var transaction = Db.CreateTransaction();
        transaction.AddAudit(Keys, Tenant, entries);
        Assert.True(await transaction.ExecuteAsync());
    }
}
