using ChatPhone.Core.Commands;
using ChatPhone.Core.Common;
using ChatPhone.Core.Directory;
using ChatPhone.Core.Licensing;
using ChatPhone.Core.Storage;
using ChatPhone.Core.Storage.Redis;
using ChatPhone.Core.Tenants;
using ChatPhone.IntegrationTests.Infrastructure;
using Microsoft.Extensions.DependencyInjection;

namespace ChatPhone.IntegrationTests.Core.Storage;

[Collection(RedisCollection.Name)]
public sealed class TenantStoreIntegrationTests(RedisServerFixture redis)
{
    private static readonly TenantId Tenant = TenantId.Parse("contoso");
    private static readonly DocumentCollection<Subscription> Subscriptions = LicensingCollections.Subscriptions;

    [Fact]
    public async Task Commit_WhenADocumentReadByIdChanged_Fails_AndWritesNothing()
    {
        await using var services = CoreServices.Create(redis);
        var store = services.GetRequiredService<ITenantStore>();
        await TenantSeed.PutAsync(services, Tenant, Subscriptions, ("PhoneSystem", new Subscription(Sku.PhoneSystem, 1, 0)));
        var (basis, _) = await store.ReadAsync(Tenant, new ReadSet().One(Subscriptions, "PhoneSystem"), key: null);
        await TenantSeed.PutAsync(services, Tenant, Subscriptions, ("PhoneSystem", new Subscription(Sku.PhoneSystem, 2, 0)));

        var committed = await store.CommitAsync(Tenant, basis, Put("E5", new Subscription(Sku.E5, 9, 0)), [], key: null, replay: null);

        Assert.False(committed);
        Assert.Null(await TenantSeed.GetAsync(services, Tenant, Subscriptions, "E5"));
    }

    [Fact]
    public async Task Commit_WhenAnAbsentDocumentReadByIdAppeared_Fails()
    {
        await using var services = CoreServices.Create(redis);
        var store = services.GetRequiredService<ITenantStore>();
        var (basis, _) = await store.ReadAsync(Tenant, new ReadSet().One(Subscriptions, "E5"), key: null);
        await TenantSeed.PutAsync(services, Tenant, Subscriptions, ("E5", new Subscription(Sku.E5, 1, 0)));

        Assert.False(await store.CommitAsync(Tenant, basis, Put("E5", new Subscription(Sku.E5, 5, 0)), [], key: null, replay: null));
    }

    [Fact]
    public async Task Commit_WhenAnyDocumentOfACollectionReadInFullChanged_Fails_ButAnUnrelatedCollectionDoesNotMatter()
    {
        await using var services = CoreServices.Create(redis);
        var store = services.GetRequiredService<ITenantStore>();
        await TenantSeed.PutAsync(services, Tenant, Subscriptions, ("PhoneSystem", new Subscription(Sku.PhoneSystem, 1, 0)));
        var (basis, _) = await store.ReadAsync(Tenant, new ReadSet().All(Subscriptions), key: null);
        await TenantSeed.PutAsync(services, Tenant, LicensingCollections.Users, ("id-x", new UserLicenses("id-x", "US", [])));

        Assert.True(await store.CommitAsync(Tenant, basis, Put("E5", new Subscription(Sku.E5, 1, 0)), [], key: null, replay: null));
        Assert.False(await store.CommitAsync(Tenant, basis, Put("E3", new Subscription(Sku.E3, 1, 0)), [], key: null, replay: null));
    }

    [Fact]
    public async Task Commit_AfterReadingManyDocumentsById_FailsWhenOneOfThemChanged_AndSucceedsOtherwise()
    {
        await using var services = CoreServices.Create(redis);
        var store = services.GetRequiredService<ITenantStore>();
        var people = ManyPeople();
        await TenantSeed.PutAsync(services, Tenant, LicensingCollections.Users, people);
        var reads = new ReadSet().Many(LicensingCollections.Users, people.Select(p => p.Id));

        var (untouched, _) = await store.ReadAsync(Tenant, reads, key: null);
        Assert.Equal(people.Length, untouched.Documents.Count(d => d.Value is not null));
        Assert.True(await store.CommitAsync(Tenant, untouched, Put("E5", new Subscription(Sku.E5, 1, 0)), [], key: null, replay: null));

        var (stale, _) = await store.ReadAsync(Tenant, reads, key: null);
        await TenantSeed.PutAsync(services, Tenant, LicensingCollections.Users, (people[^1].Id, people[^1].Value with { UsageLocation = "FR" }));
        Assert.False(await store.CommitAsync(Tenant, stale, Put("E3", new Subscription(Sku.E3, 1, 0)), [], key: null, replay: null));
        Assert.Null(await TenantSeed.GetAsync(services, Tenant, Subscriptions, "E3"));
    }

    [Fact]
    public async Task Commit_AfterReadingManyDocumentsById_FailsWhenAnotherDocumentOfTheirCollectionChanged()
    {
        await using var services = CoreServices.Create(redis);
        var store = services.GetRequiredService<ITenantStore>();
        var people = ManyPeople();
        await TenantSeed.PutAsync(services, Tenant, LicensingCollections.Users, people);
        var (basis, _) = await store.ReadAsync(Tenant, new ReadSet().Many(LicensingCollections.Users, people.Select(p => p.Id)), key: null);

        // Many documents rest on one condition, the collection's version: precise enough for a bulk command,
        // which then reads and decides again.
        await TenantSeed.PutAsync(services, Tenant, LicensingCollections.Users, ("id-elsewhere", new UserLicenses("id-elsewhere", "US", [])));

        Assert.False(await store.CommitAsync(Tenant, basis, Put("E5", new Subscription(Sku.E5, 1, 0)), [], key: null, replay: null));
    }

    [Fact]
    public async Task Run_SameKeyForAnotherAction_IsRefusedAsReused()
    {
        await using var services = CoreServices.Create(redis);
        var licensing = services.GetRequiredService<LicensingService>();
        var admin = TenantSeed.Admin(Tenant);
        var key = IdempotencyKey.New();

        await licensing.PurchaseAsync(new PurchaseLicenses(admin, key, Sku.PhoneSystem, 3));
        var reused = await licensing.ReduceAsync(new ReduceLicenses(admin, key, Sku.PhoneSystem, 1));

        Assert.Equal("request.key_reused", reused.Error?.Code);
        Assert.Equal(3, (await licensing.SubscriptionsAsync(Tenant)).Single().Purchased);
    }

    [Fact]
    public async Task Read_ACollectionTouchedByTheDirectoryImport_SkipsTheVersionCounter()
    {
        await using var services = CoreServices.Create(redis);
        await TenantSeed.PeopleAsync(services, Tenant, ("id-a", "a@contoso.com", "A", "FR", "user"));
        var runner = services.GetRequiredService<CommandRunner>();

        var snapshot = await runner.ReadAsync(Tenant, reads => reads.All(DirectoryCollections.People));

        Assert.Equal(["id-a"], snapshot.All(DirectoryCollections.People).Keys);
        Assert.NotNull(snapshot.Collections["people"].Version);
        Assert.Single(await services.GetRequiredService<IDirectoryStore>().ListAsync(Tenant));
    }

    // More documents than the store checks one by one.
    private static (string Id, UserLicenses Value)[] ManyPeople() =>
        Enumerable.Range(0, RedisTenantStore.ConditionsPerCollection + 4)
            .Select(i => ($"id-{i}", new UserLicenses($"id-{i}", "US", [Sku.PhoneSystem])))
            .ToArray();

    private static IReadOnlyCollection<DocumentChange> Put(string id, Subscription value) =>
        new ChangeSet().Put(Subscriptions, id, value).Changes;
}
