using ChatPhone.Core.Audit;
using ChatPhone.Core.Audit.Undo;
using ChatPhone.Core.Commands;
using ChatPhone.Core.Common;
using ChatPhone.Core.Directory;
using ChatPhone.Core.Integrity;
using ChatPhone.Core.Licensing;
using ChatPhone.Core.Setup;
using ChatPhone.Core.Storage;
using ChatPhone.Core.Tenants;
using ChatPhone.IntegrationTests.Infrastructure;
using Microsoft.Extensions.DependencyInjection;

namespace ChatPhone.IntegrationTests.Core.Setup;

/// <summary>The setup tallies: built by the first command that changes what they count, then kept by every writer, undo included.</summary>
[Collection(RedisCollection.Name)]
public sealed class SetupTalliesIntegrationTests(RedisServerFixture redis)
{
    private static readonly TenantId Tenant = TenantId.Parse("contoso");
    private static readonly Actor Admin = TenantSeed.Admin(Tenant);

    [Fact]
    public async Task TheFirstLicenseAssignment_BuildsTheTallies_AndImportsAssignmentsAndUndoKeepThemRight()
    {
        var clock = new ManualClock();
        await using var services = CoreServices.Create(redis, clock);
        var licensing = services.GetRequiredService<LicensingService>();
        var checker = new InvariantChecker(services.GetRequiredService<CommandRunner>());
        await TenantSeed.PeopleAsync(services, Tenant,
            ("id-alex", "alex@contoso.com", "Alex", "US", "user"), ("id-ines", "ines@contoso.com", "Inès", "FR", "user"));
        await licensing.PurchaseAsync(new PurchaseLicenses(Admin, IdempotencyKey.New(), Sku.PhoneSystem, 5));
        await licensing.PurchaseAsync(new PurchaseLicenses(Admin, IdempotencyKey.New(), Sku.DomesticCallingPlan, 5));
        await TenantSeed.DropTalliesAsync(services, Tenant);
        var unbuilt = await TalliesAsync(services);
        var unbuiltChecklist = (await services.GetRequiredService<SetupService>().ChecklistAsync(Admin)).Value;

        clock.Advance(TimeSpan.FromSeconds(1));
        var assigned = await licensing.AssignAsync(new AssignLicenses(Admin, IdempotencyKey.New(), UserId.Parse("id-alex"), [Sku.PhoneSystem, Sku.DomesticCallingPlan]));
        var built = await TalliesAsync(services);
        var undo = services.GetRequiredService<UndoService>();
        var last = (await undo.LastChangeAsync(Admin)).Value!;
        clock.Advance(TimeSpan.FromSeconds(1));
        var undone = await undo.ApplyAsync(new UndoChange(Admin, IdempotencyKey.New(), last.Change));
        var afterUndo = await TalliesAsync(services);
        await TenantSeed.PeopleAsync(services, Tenant, ("id-yara", "yara@contoso.com", "Yara", "SY", "user"));
        var imported = await TalliesAsync(services);
        var blocked = (await services.GetRequiredService<SetupService>().ChecklistAsync(Admin)).Value[0];

        Assert.Null(unbuilt);
        Assert.Equal(StepStatus.Done, unbuiltChecklist[0].Status);
        Assert.True(assigned.IsSuccess, assigned.Error?.Code);
        Assert.Equal((2, 1), (built!.People, built.ReadyToCall));
        Assert.True(undone.IsSuccess, undone.Error?.Code);
        Assert.Equal((2, 0), (afterUndo!.People, afterUndo.ReadyToCall));
        Assert.Equal(["FR", "SY", "US"], imported!.PeopleByLocation.Keys.Order(StringComparer.Ordinal));
        Assert.Equal(3, imported.People);
        Assert.Equal(StepStatus.Blocked, blocked.Status);
        Assert.Equal(["SY"], blocked.Reason.Args);
        Assert.Empty(await checker.CheckAsync(Tenant));
    }

    [Fact]
    public async Task AChecklistWithoutTheTallies_CountsTheDocuments_AndWritesNothing()
    {
        await using var services = CoreServices.Create(redis);
        await TenantSeed.PeopleAsync(services, Tenant, ("id-alex", "alex@contoso.com", "Alex", "US", "user"), ("id-yara", "yara@contoso.com", "Yara", "SY", "user"));
        var kept = (await services.GetRequiredService<SetupService>().ChecklistAsync(Admin)).Value[0];
        await TenantSeed.DropTalliesAsync(services, Tenant);

        var counted = (await services.GetRequiredService<SetupService>().ChecklistAsync(Admin)).Value[0];

        Assert.Equal((kept.Status, kept.Reason.Code), (counted.Status, counted.Reason.Code));
        Assert.Equal(["SY"], counted.Reason.Args);
        Assert.Null(await TalliesAsync(services));
    }

    [Fact]
    public async Task TheChecklist_ReadsTheTallies_NotTheWholeDirectoryLicensesInventoryOrOrganizers()
    {
        await using var services = CoreServices.Create(redis);
        await TenantSeed.PeopleAsync(services, Tenant,
            ("id-alex", "alex@contoso.com", "Alex", "US", "user"), ("id-ines", "ines@contoso.com", "Inès", "FR", "user"));
        var reads = new List<ReadSet>();
        var runner = ActivatorUtilities.CreateInstance<CommandRunner>(services,
            new ReadRecordingStore(services.GetRequiredService<ITenantStore>(), reads));
        var setup = ActivatorUtilities.CreateInstance<SetupService>(services, runner);

        var steps = await setup.ChecklistAsync(Admin);

        Assert.True(steps.IsSuccess, steps.Error?.Code);
        string[] counted = ["people", "licenses", "numbers", "conferencing-organizers"];
        Assert.All(reads, r => Assert.Empty(r.Collections.Intersect(counted)));
        Assert.Contains(reads, r => r.Documents.Contains(("setup-tallies", SetupTalliesIndex.Id)));
    }

    private static Task<SetupTallies?> TalliesAsync(IServiceProvider services) =>
        TenantSeed.GetAsync(services, Tenant, SetupCollections.Tallies, SetupTalliesIndex.Id);
}
