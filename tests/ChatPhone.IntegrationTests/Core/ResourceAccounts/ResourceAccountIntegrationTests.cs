using ChatPhone.Core.Audit;
using ChatPhone.Core.Directory;
using ChatPhone.Core.Licensing;
using ChatPhone.Core.ResourceAccounts;
using ChatPhone.IntegrationTests.Infrastructure;
using Microsoft.Extensions.DependencyInjection;
using static ChatPhone.IntegrationTests.Core.ResourceAccounts.ResourceAccountArrange;

namespace ChatPhone.IntegrationTests.Core.ResourceAccounts;

[Collection(RedisCollection.Name)]
public sealed class ResourceAccountIntegrationTests(RedisServerFixture redis)
{
    [Fact]
    public async Task Create_StoresAnUnlicensedAccountWithoutNumber_FindableByUpn()
    {
        await using var services = CoreServices.Create(redis);
        var accounts = await ArrangeAsync(services);

        var created = (await accounts.CreateAsync(new CreateResourceAccount(Admin, NewKey(), "AA-Main@Contoso.com", " Main line ", ResourceAccountKind.AutoAttendant))).Value;
        var byUpn = await accounts.GetAsync(Admin, "aa-main@contoso.com");

        Assert.Equal(("aa-main@contoso.com", "Main line", (Sku?)null, (string?)null, 3), (created.Upn, created.DisplayName, created.License, created.Number, created.CallPriority));
        Assert.Equal(ResourceAccount.AutoAttendantApplicationId, created.ApplicationId);
        Assert.Equal(created, byUpn.Value);
    }

    [Theory]
    [InlineData("CQ-SALES@contoso.com", "resource_account.upn_taken")]
    [InlineData("Alex@Contoso.com", "resource_account.upn_is_person")]
    [InlineData("not-a-upn", "resource_account.invalid_upn")]
    public async Task Create_UpnTakenByAnAccountOrAPerson_OrMalformed_IsRefused(string upn, string code)
    {
        await using var services = CoreServices.Create(redis);
        var accounts = await ArrangeAsync(services);
        await accounts.CreateAsync(new CreateResourceAccount(Admin, NewKey(), "cq-sales@contoso.com", "Sales", ResourceAccountKind.CallQueue));

        var result = await accounts.CreateAsync(new CreateResourceAccount(Admin, NewKey(), upn, "Other", ResourceAccountKind.CallQueue));

        Assert.Equal(code, result.Error?.Code);
        Assert.Single((await accounts.ListAsync(Admin)).Value);
    }

    [Fact]
    public async Task License_TakesOneUnit_AndRefusesWhenNoneIsLeft()
    {
        await using var services = CoreServices.Create(redis);
        var accounts = await ArrangeAsync(services, resourceAccountLicenses: 1);
        var first = await CreateAsync(accounts, "aa1@contoso.com", ResourceAccountKind.AutoAttendant, license: null);
        var second = await CreateAsync(accounts, "aa2@contoso.com", ResourceAccountKind.AutoAttendant, license: null);

        var ok = await accounts.LicenseAsync(new LicenseResourceAccount(Admin, NewKey(), first.Id, Sku.ResourceAccount));
        var none = await accounts.LicenseAsync(new LicenseResourceAccount(Admin, NewKey(), second.Id, Sku.ResourceAccount));
        var wrong = await accounts.LicenseAsync(new LicenseResourceAccount(Admin, NewKey(), second.Id, Sku.E5));

        Assert.True(ok.Value.IsLicensed);
        Assert.Equal("resource_account.no_license_available", none.Error?.Code);
        Assert.Equal("resource_account.license_invalid", wrong.Error?.Code);
        Assert.Equal(1, (await SubscriptionAsync(services, Sku.ResourceAccount))!.Consumed);
    }

    [Fact]
    public async Task License_Swap_ReleasesTheOldUnitAndTakesTheNewOne_InOneCommand()
    {
        await using var services = CoreServices.Create(redis);
        var accounts = await ArrangeAsync(services);
        var account = await CreateAsync(accounts, "cq@contoso.com", ResourceAccountKind.CallQueue);
        var key = NewKey();

        var swapped = await accounts.LicenseAsync(new LicenseResourceAccount(Admin, key, account.Id, Sku.PhoneSystem));

        Assert.Equal(Sku.PhoneSystem, swapped.Value.License);
        Assert.Equal(0, (await SubscriptionAsync(services, Sku.ResourceAccount))!.Consumed);
        Assert.Equal(1, (await SubscriptionAsync(services, Sku.PhoneSystem))!.Consumed);
        var audit = (await services.GetRequiredService<IAuditLog>().QueryAsync(Tenant, DateTimeOffset.UtcNow.AddMinutes(-5), DateTimeOffset.UtcNow.AddMinutes(5)))
            .Where(e => e.Action == AuditActions.ResourceAccounts.License).ToArray();
        var swap = audit.Where(e => e.At == audit.Max(a => a.At)).Select(e => e.Target).Order().ToArray();
        Assert.Equal(["resource-accounts:" + account.Id, "subscriptions:PhoneSystem", "subscriptions:ResourceAccount"], swap);
    }

    [Fact]
    public async Task Create_ByHelpdesk_IsRefused_AuditedAndCreatesNothing()
    {
        await using var services = CoreServices.Create(redis);
        var accounts = await ArrangeAsync(services);
        var helpdesk = Admin with { UserId = "id-alex", Role = Role.Helpdesk };

        var result = await accounts.CreateAsync(new CreateResourceAccount(helpdesk, NewKey(), "aa@contoso.com", "Main", ResourceAccountKind.AutoAttendant));

        Assert.Equal("auth.admin_required", result.Error?.Code);
        Assert.Empty((await accounts.ListAsync(helpdesk)).Value);
        var audit = await services.GetRequiredService<IAuditLog>().QueryAsync(Tenant, DateTimeOffset.UtcNow.AddMinutes(-5), DateTimeOffset.UtcNow.AddMinutes(5), actorId: "id-alex");
        Assert.Single(audit, e => e.Outcome == AuditOutcome.Refused);
    }

    [Fact]
    public async Task Create_ReplayedKey_ReturnsTheSameAccount_AndCreatesOne()
    {
        await using var services = CoreServices.Create(redis);
        var accounts = await ArrangeAsync(services);
        var key = NewKey();

        var first = await accounts.CreateAsync(new CreateResourceAccount(Admin, key, "aa@contoso.com", "Main", ResourceAccountKind.AutoAttendant));
        var replay = await accounts.CreateAsync(new CreateResourceAccount(Admin, key, "aa@contoso.com", "Main", ResourceAccountKind.AutoAttendant));

        Assert.Equal(first.Value, replay.Value);
        Assert.Single((await accounts.ListAsync(Admin)).Value);
    }

    [Fact]
    public async Task Delete_ReleasesTheLicense_AndFreesTheUpn()
    {
        await using var services = CoreServices.Create(redis);
        var accounts = await ArrangeAsync(services);
        var account = await CreateAsync(accounts, "aa@contoso.com", ResourceAccountKind.AutoAttendant);

        var deleted = await accounts.DeleteAsync(new DeleteResourceAccount(Admin, NewKey(), account.Id));
        var again = await accounts.CreateAsync(new CreateResourceAccount(Admin, NewKey(), "aa@contoso.com", "Main", ResourceAccountKind.AutoAttendant));

        Assert.Equal(account.Id, deleted.Value.Id);
        Assert.Equal(0, (await SubscriptionAsync(services, Sku.ResourceAccount))!.Consumed);
        Assert.True(again.IsSuccess);
        Assert.Equal("resource_account.not_found", (await accounts.GetAsync(Admin, account.Id)).Error?.Code);
        Assert.Equal("resource_account.not_found", (await accounts.DeleteAsync(new DeleteResourceAccount(Admin, NewKey(), account.Id))).Error?.Code);
    }

    [Fact]
    public async Task Delete_WhileAssociated_IsRefused()
    {
        await using var services = CoreServices.Create(redis);
        var accounts = await ArrangeAsync(services);
        var account = await CreateAsync(accounts, "aa@contoso.com", ResourceAccountKind.AutoAttendant);
        await TenantSeed.PutAsync(services, Tenant, ResourceAccountCollections.Accounts, (account.Id, account with { AssociatedWith = "aa-main" }));

        var result = await accounts.DeleteAsync(new DeleteResourceAccount(Admin, NewKey(), account.Id));

        Assert.Equal("resource_account.delete_associated", result.Error?.Code);
        Assert.Equal(["aa@contoso.com", "aa-main"], result.Error!.Args);
        Assert.True((await accounts.GetAsync(Admin, account.Id)).IsSuccess);
    }
}
