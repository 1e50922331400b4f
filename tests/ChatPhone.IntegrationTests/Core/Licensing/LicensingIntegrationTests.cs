using ChatPhone.Core.Audit;
using ChatPhone.Core.Common;
using ChatPhone.Core.Directory;
using ChatPhone.Core.Integrity;
using ChatPhone.Core.Licensing;
using ChatPhone.Core.Numbers;
using ChatPhone.Core.Tenants;
using ChatPhone.IntegrationTests.Infrastructure;
using Microsoft.Extensions.DependencyInjection;

namespace ChatPhone.IntegrationTests.Core.Licensing;

[Collection(RedisCollection.Name)]
public sealed class LicensingIntegrationTests(RedisServerFixture redis)
{
    private static readonly TenantId Tenant = TenantId.Parse("contoso");
    private static readonly Actor Admin = TenantSeed.Admin(Tenant);

    [Fact]
    public async Task Purchase_CallingPlanBeforePhoneSystem_IsRefused_ThenAllowed()
    {
        await using var services = CoreServices.Create(redis);
        var licensing = services.GetRequiredService<LicensingService>();

        var early = await licensing.PurchaseAsync(new PurchaseLicenses(Admin, Key(), Sku.DomesticCallingPlan, 5));
        await licensing.PurchaseAsync(new PurchaseLicenses(Admin, Key(), Sku.PhoneSystem, 5));
        var later = await licensing.PurchaseAsync(new PurchaseLicenses(Admin, Key(), Sku.DomesticCallingPlan, 5));

        Assert.Equal("license.buy_phone_system_first", early.Error?.Code);
        Assert.Equal(new Subscription(Sku.DomesticCallingPlan, 5, 0), later.Value);
    }

    [Theory]
    [InlineData(0, false)]
    [InlineData(1, true)]
    [InlineData(LicensingService.MaxQuantity, true)]
    [InlineData(LicensingService.MaxQuantity + 1, false)]
    public async Task Purchase_QuantityBounds(int quantity, bool allowed)
    {
        await using var services = CoreServices.Create(redis);
        var licensing = services.GetRequiredService<LicensingService>();

        var result = await licensing.PurchaseAsync(new PurchaseLicenses(Admin, Key(), Sku.PhoneSystem, quantity));

        Assert.Equal(allowed ? null : "license.quantity_out_of_range", result.Error?.Code);
    }

    [Fact]
    public async Task Assign_ThenRemove_TracksConsumedUnits()
    {
        await using var services = await WithPeopleAndLicensesAsync();
        var licensing = services.GetRequiredService<LicensingService>();

        var assigned = await licensing.AssignAsync(new AssignLicenses(Admin, Key(), UserId.Parse("ID-ALEX"), [Sku.PhoneSystem, Sku.DomesticCallingPlan]));
        var afterAssign = await licensing.SubscriptionsAsync(Tenant);
        var removed = await licensing.RemoveAsync(new RemoveLicenses(Admin, Key(), UserId.Parse("id-alex"), [Sku.DomesticCallingPlan]));
        var afterRemove = await licensing.SubscriptionsAsync(Tenant);

        Assert.Equal([Sku.PhoneSystem, Sku.DomesticCallingPlan], assigned.Value.Held);
        Assert.Equal(1, afterAssign.Single(s => s.Sku == Sku.DomesticCallingPlan).Consumed);
        Assert.Equal([Sku.DomesticCallingPlan], removed.Value.Changed);
        Assert.Equal(0, afterRemove.Single(s => s.Sku == Sku.DomesticCallingPlan).Consumed);
        Assert.Equal([Sku.PhoneSystem], (await licensing.ForUserAsync(Tenant, "id-alex")).Value.Skus);
    }

    [Fact]
    public async Task Remove_WhileThePersonHoldsANumber_IsRefused()
    {
        await using var services = await WithPeopleAndLicensesAsync();
        var licensing = services.GetRequiredService<LicensingService>();
        await licensing.AssignAsync(new AssignLicenses(Admin, Key(), UserId.Parse("id-alex"), [Sku.PhoneSystem, Sku.DomesticCallingPlan]));
        await TenantSeed.PutAsync(services, Tenant, NumberCollections.UserLines, ("id-alex", [new UserLine("+12065550100", AssignmentCategory.Primary)]));

        var result = await licensing.RemoveAsync(new RemoveLicenses(Admin, Key(), UserId.Parse("id-alex"), [Sku.PhoneSystem, Sku.DomesticCallingPlan]));

        Assert.Equal("license.needed_by_number", result.Error?.Code);
    }

    [Fact]
    public async Task Bulk_OneBadPersonNeverStopsTheRest()
    {
        await using var services = await WithPeopleAndLicensesAsync();
        var licensing = services.GetRequiredService<LicensingService>();

        var outcome = (await licensing.AssignInBulkAsync(new AssignLicensesInBulk(
            Admin, Key(), ["id-alex", "id-ghost", "id-nolocation", "id-sam"], [Sku.PhoneSystem, Sku.DomesticCallingPlan]))).Value;

        Assert.Equal((2, 2), (outcome.Succeeded, outcome.Failed));
        Assert.Equal("directory.person_not_found", outcome.Rows[1].Error?.Code);
        Assert.Equal("license.usage_location_missing", outcome.Rows[2].Error?.Code);
        Assert.Equal(2, (await licensing.SubscriptionsAsync(Tenant)).Single(s => s.Sku == Sku.PhoneSystem).Consumed);
    }

    [Fact]
    public async Task Bulk_RunsOutOfUnits_PartWay_AndReportsWhoDidNotGetOne()
    {
        await using var services = await WithPeopleAndLicensesAsync(phoneSystemUnits: 1);
        var licensing = services.GetRequiredService<LicensingService>();

        var outcome = (await licensing.AssignInBulkAsync(new AssignLicensesInBulk(Admin, Key(), ["id-alex", "id-sam"], [Sku.PhoneSystem]))).Value;

        Assert.Null(outcome.Rows[0].Error);
        Assert.Equal("license.none_available", outcome.Rows[1].Error?.Code);
    }

    [Fact]
    public async Task Assign_ReplayedKey_ReturnsTheFirstResult_ConsumesOnce_AuditsOnce()
    {
        await using var services = await WithPeopleAndLicensesAsync();
        var licensing = services.GetRequiredService<LicensingService>();
        var key = Key();

        var first = await licensing.AssignAsync(new AssignLicenses(Admin, key, UserId.Parse("id-alex"), [Sku.PhoneSystem]));
        var second = await licensing.AssignAsync(new AssignLicenses(Admin, key, UserId.Parse("id-alex"), [Sku.PhoneSystem]));

        Assert.Equal(first.Value.Held, second.Value.Held);
        Assert.Equal([Sku.PhoneSystem], second.Value.Changed);
        Assert.Equal(1, (await licensing.SubscriptionsAsync(Tenant)).Single(s => s.Sku == Sku.PhoneSystem).Consumed);
        var audit = await services.GetRequiredService<IAuditLog>().QueryAsync(
            Tenant, DateTimeOffset.UtcNow.AddMinutes(-1), DateTimeOffset.UtcNow.AddMinutes(1), target: "licenses:id-alex");
        var entry = Assert.Single(audit);
        Assert.Equal((AuditActions.Licensing.Assign, "admin-1"), (entry.Action, entry.ActorId));
        Assert.Null(entry.Before);
        Assert.Contains("PhoneSystem", entry.After, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Assign_ByANonAdmin_IsRefusedAndAudited_AndChangesNothing()
    {
        await using var services = await WithPeopleAndLicensesAsync();
        var licensing = services.GetRequiredService<LicensingService>();
        var helpdesk = Admin with { UserId = "id-sam", Role = Role.Helpdesk };

        var result = await licensing.AssignAsync(new AssignLicenses(helpdesk, Key(), UserId.Parse("id-alex"), [Sku.PhoneSystem]));

        Assert.Equal("auth.admin_required", result.Error?.Code);
        Assert.Empty((await licensing.ForUserAsync(Tenant, "id-alex")).Value.Skus);
        var audit = await services.GetRequiredService<IAuditLog>().QueryAsync(
            Tenant, DateTimeOffset.UtcNow.AddMinutes(-1), DateTimeOffset.UtcNow.AddMinutes(1), actorId: "id-sam");
        Assert.Equal(AuditOutcome.Refused, Assert.Single(audit).Outcome);
    }

    [Fact]
    public async Task Assign_TheLastUnitRacedByTwentyAdmins_ExactlyOneWins()
    {
        var people = Enumerable.Range(0, 20).Select(i => ($"id-p{i}", $"p{i}@contoso.com", $"Person {i}", "US", "user")).ToArray();
        // A second container on the same keys stands for a second bot process: commands of one tenant take
        // turns within a process, so only the store's conditional commit keeps the two processes' admins apart.
        var prefix = ("Redis:KeyPrefix", CoreServices.UniquePrefix());
        await using var services = CoreServices.Create(redis, prefix);
        await using var otherProcess = CoreServices.Create(redis, prefix);
        await TenantSeed.PeopleAsync(services, Tenant, people);
        var licensing = services.GetRequiredService<LicensingService>();
        LicensingService[] processes = [licensing, otherProcess.GetRequiredService<LicensingService>()];
        await licensing.PurchaseAsync(new PurchaseLicenses(Admin, Key(), Sku.PhoneSystem, 1));

        var results = await Task.WhenAll(people.Select((p, i) => Task.Run(() =>
            processes[i % 2].AssignAsync(new AssignLicenses(Admin, Key(), UserId.Parse(p.Item1), [Sku.PhoneSystem])))));

        Assert.Equal(1, results.Count(r => r.IsSuccess));
        Assert.All(results.Where(r => !r.IsSuccess), r => Assert.Equal("license.none_available", r.Error?.Code));
        Assert.Equal(1, (await licensing.SubscriptionsAsync(Tenant)).Single().Consumed);
        Assert.Empty(await services.GetRequiredService<InvariantChecker>().CheckAsync(Tenant));
    }

    private async Task<ServiceProvider> WithPeopleAndLicensesAsync(int phoneSystemUnits = 10)
    {
        var services = CoreServices.Create(redis);
        await TenantSeed.PeopleAsync(services, Tenant,
            ("id-alex", "alex@contoso.com", "Alex Wilber", "US", "user"),
            ("id-sam", "sam@contoso.com", "Sam Taylor", "US", "user"));
        // The CSV import refuses a missing usage location, but a directory synced from elsewhere may lack one.
        await TenantSeed.PutAsync(services, Tenant, DirectoryCollections.People,
            ("id-nolocation", new Person("id-nolocation", "nol@contoso.com", "No Location", "", "", Role.User)));
        var licensing = services.GetRequiredService<LicensingService>();
        await licensing.PurchaseAsync(new PurchaseLicenses(Admin, Key(), Sku.PhoneSystem, phoneSystemUnits));
        await licensing.PurchaseAsync(new PurchaseLicenses(Admin, Key(), Sku.DomesticCallingPlan, 10));
        return services;
    }

    private static IdempotencyKey Key() => IdempotencyKey.New();
}
