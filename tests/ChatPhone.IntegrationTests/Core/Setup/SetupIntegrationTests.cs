using ChatPhone.Core.Common;
using ChatPhone.Core.Directory;
using ChatPhone.Core.Licensing;
using ChatPhone.Core.Setup;
using ChatPhone.Core.Tenants;
using ChatPhone.IntegrationTests.Infrastructure;
using Microsoft.Extensions.DependencyInjection;

namespace ChatPhone.IntegrationTests.Core.Setup;

[Collection(RedisCollection.Name)]
public sealed class SetupIntegrationTests(RedisServerFixture redis)
{
    private static readonly TenantId Tenant = TenantId.Parse("contoso");
    private static readonly Actor Admin = TenantSeed.Admin(Tenant);

    [Fact]
    public async Task Checklist_FollowsLicensesAsTheyAreAssignedAndRemoved()
    {
        await using var services = CoreServices.Create(redis);
        var setup = services.GetRequiredService<SetupService>();
        var licensing = services.GetRequiredService<LicensingService>();

        var empty = await StatusAsync(setup);
        await TenantSeed.PeopleAsync(services, Tenant, ("id-alex", "alex@contoso.com", "Alex", "US", "user"));
        await licensing.PurchaseAsync(new PurchaseLicenses(Admin, IdempotencyKey.New(), Sku.PhoneSystem, 5));
        await licensing.PurchaseAsync(new PurchaseLicenses(Admin, IdempotencyKey.New(), Sku.DomesticCallingPlan, 5));
        var bought = await StatusAsync(setup);
        await licensing.AssignAsync(new AssignLicenses(Admin, IdempotencyKey.New(), UserId.Parse("id-alex"), [Sku.PhoneSystem, Sku.DomesticCallingPlan]));
        var assigned = await StatusAsync(setup);
        await licensing.RemoveAsync(new RemoveLicenses(Admin, IdempotencyKey.New(), UserId.Parse("id-alex"), [Sku.DomesticCallingPlan]));
        var undone = await StatusAsync(setup);

        Assert.Equal((StepStatus.Blocked, StepStatus.Blocked, StepStatus.Blocked), (empty[0], empty[1], empty[2]));
        Assert.Equal((StepStatus.Done, StepStatus.Ready, StepStatus.Ready), (bought[0], bought[1], bought[2]));
        Assert.Equal(StepStatus.Done, assigned[1]);
        Assert.Equal(StepStatus.Ready, undone[1]);
    }

    [Fact]
    public async Task Checklist_SomeoneWorkingWherePhoneSystemIsNotSold_BlocksStepOne()
    {
        await using var services = CoreServices.Create(redis);
        await TenantSeed.PeopleAsync(services, Tenant,
            ("id-alex", "alex@contoso.com", "Alex", "US", "user"), ("id-yara", "yara@contoso.com", "Yara", "SY", "user"));

        var step = (await services.GetRequiredService<SetupService>().ChecklistAsync(Admin)).Value[0];

        Assert.Equal(StepStatus.Blocked, step.Status);
        Assert.Equal(["SY"], step.Reason.Args);
    }

    [Fact]
    public async Task Checklist_ForSomeoneOutsideTheDirectory_IsRefused()
    {
        await using var services = CoreServices.Create(redis);

        var result = await services.GetRequiredService<SetupService>().ChecklistAsync(Admin with { Role = Role.Unknown });

        Assert.Equal("directory.not_a_member", result.Error?.Code);
    }

    private static async Task<StepStatus[]> StatusAsync(SetupService setup) =>
        (await setup.ChecklistAsync(Admin)).Value.Select(s => s.Status).ToArray();
}
