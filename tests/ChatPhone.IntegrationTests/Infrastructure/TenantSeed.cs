using ChatPhone.Core.Common;
using ChatPhone.Core.Conferencing;
using ChatPhone.Core.Directory;
using ChatPhone.Core.Directory.Import;
using ChatPhone.Core.Licensing;
using ChatPhone.Core.Numbers;
using ChatPhone.Core.Setup;
using ChatPhone.Core.Storage;
using ChatPhone.Core.Tenants;
using Microsoft.Extensions.DependencyInjection;

namespace ChatPhone.IntegrationTests.Infrastructure;

/// <summary>Puts a tenant in a known state for a test: people through the real import, other documents written directly.</summary>
public static class TenantSeed
{
    /// <summary>An admin of <paramref name="tenant"/> for commands.</summary>
    public static Actor Admin(TenantId tenant) => new(tenant, "admin-1", "Megan", Role.Admin);

    /// <summary>Imports people (object id, UPN, name, usage location, role) through the directory import.</summary>
    public static async Task PeopleAsync(IServiceProvider services, TenantId tenant, params (string Id, string Upn, string Name, string UsageLocation, string Role)[] people)
    {
        var csv = DirectoryCsvParser.Header + "\n" + string.Join("\n", people.Select(p => $"{p.Upn},{p.Name},{p.Id},{p.UsageLocation},,{p.Role}"));
        var imports = services.GetRequiredService<DirectoryImportService>();
        var plan = await imports.PlanAsync(new PlanDirectoryImport(Admin(tenant), csv));
        Assert.True(plan.IsSuccess, plan.Error?.Code);
        Assert.Empty(plan.Value.Problems);
        var applied = await imports.ApplyAsync(new ApplyDirectoryImport(Admin(tenant), plan.Value.ImportId, IdempotencyKey.New()));
        Assert.True(applied.IsSuccess, applied.Error?.Code);
        await CountTalliesAsync(services, tenant);
    }

    /// <summary>
    /// Writes documents as they are, bypassing every rule (to set up a precondition). Numbers written so drop the
    /// quota-usage index in the same commit, as for a tenant from before it: the next command that needs it rebuilds it.
    /// The setup tallies are counted again after anything they count (as every writer of a live tenant keeps them).
    /// </summary>
    public static async Task PutAsync<T>(IServiceProvider services, TenantId tenant, DocumentCollection<T> collection, params (string Id, T Value)[] documents)
    {
        var changes = new ChangeSet();
        foreach (var (id, value) in documents)
        {
            changes.Put(collection, id, value);
        }

        if (collection.Name == NumberCollections.Numbers.Name)
        {
            foreach (var id in NumberUsageIndex.Ids)
            {
                changes.Delete(NumberCollections.Usage, id);
            }
        }

        var store = services.GetRequiredService<ITenantStore>();
        Assert.True(await store.CommitAsync(tenant, TenantSnapshot.Empty, changes.Changes, [], key: null, replay: null));
        if (SetupTalliesIndex.Counted.Contains(collection.Name))
        {
            await CountTalliesAsync(services, tenant);
        }
    }

    /// <summary>Writes the setup tallies as the people, licenses, numbers and organizers stored count.</summary>
    public static async Task CountTalliesAsync(IServiceProvider services, TenantId tenant)
    {
        var store = services.GetRequiredService<ITenantStore>();
        var reads = new ReadSet().All(DirectoryCollections.People).All(LicensingCollections.Users).All(NumberCollections.Numbers)
            .All(ConferencingCollections.Organizers).One(SetupCollections.Tallies, SetupTalliesIndex.Id);
        var (snapshot, _) = await store.ReadAsync(tenant, reads, key: null);
        var tallies = SetupTalliesIndex.Count(snapshot.All(DirectoryCollections.People).Values, snapshot.All(LicensingCollections.Users).Values,
            snapshot.All(NumberCollections.Numbers).Values, snapshot.All(ConferencingCollections.Organizers).Count);
        var changes = new ChangeSet().Put(SetupCollections.Tallies, SetupTalliesIndex.Id, tallies);
        Assert.True(await store.CommitAsync(tenant, snapshot, changes.Changes, [], key: null, replay: null));
    }

    /// <summary>Removes the setup tallies, as for a tenant from before them.</summary>
    public static async Task DropTalliesAsync(IServiceProvider services, TenantId tenant)
    {
        var changes = new ChangeSet().Delete(SetupCollections.Tallies, SetupTalliesIndex.Id);
        Assert.True(await services.GetRequiredService<ITenantStore>().CommitAsync(tenant, TenantSnapshot.Empty, changes.Changes, [], key: null, replay: null));
    }

    /// <summary>Reads one document as stored.</summary>
    public static async Task<T?> GetAsync<T>(IServiceProvider services, TenantId tenant, DocumentCollection<T> collection, string id)
        where T : class
    {
        var runner = services.GetRequiredService<ChatPhone.Core.Commands.CommandRunner>();
        var snapshot = await runner.ReadAsync(tenant, reads => reads.One(collection, id));
        return snapshot.Find(collection, id);
    }
}
