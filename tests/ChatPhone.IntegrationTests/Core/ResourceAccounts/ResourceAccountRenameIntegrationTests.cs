using ChatPhone.Core.Audit;
using ChatPhone.Core.Common;
using ChatPhone.Core.Directory;
using ChatPhone.Core.ResourceAccounts;
using ChatPhone.IntegrationTests.Infrastructure;
using Microsoft.Extensions.DependencyInjection;
using static ChatPhone.IntegrationTests.Core.ResourceAccounts.ResourceAccountArrange;

namespace ChatPhone.IntegrationTests.Core.ResourceAccounts;

[Collection(RedisCollection.Name)]
public sealed class ResourceAccountRenameIntegrationTests(RedisServerFixture redis)
{
    [Fact]
    public async Task Rename_ChangesTheDisplayNameOnly_OnceForItsKey_AndIsAudited()
    {
        await using var services = CoreServices.Create(redis);
        var accounts = await ArrangeAsync(services);
        var account = await CreateAsync(accounts, "cq-rename@contoso.com", ResourceAccountKind.CallQueue);
        var key = NewKey();

        var renamed = await accounts.RenameAsync(new RenameResourceAccount(Admin, key, account.Id, "  Sales line ", account.DisplayName));
        var replayed = await accounts.RenameAsync(new RenameResourceAccount(Admin, key, account.Id, "  Sales line ", account.DisplayName));

        Assert.Equal(account with { DisplayName = "Sales line" }, renamed.Value);
        Assert.Equal(renamed.Value, replayed.Value);
        Assert.Equal("Sales line", (await accounts.GetAsync(Admin, account.Id)).Value.DisplayName);
        var audit = await services.GetRequiredService<IAuditLog>().QueryAsync(Tenant, DateTimeOffset.UtcNow.AddMinutes(-5), DateTimeOffset.UtcNow.AddMinutes(5));
        Assert.Single(audit, e => e.Action == AuditActions.ResourceAccounts.Rename && e.Target == "resource-accounts:" + account.Id);
    }

    [Fact]
    public async Task Rename_WhenTheNameChangedSinceThePlan_IsRefused_AndKeepsTheOtherName()
    {
        await using var services = CoreServices.Create(redis);
        var accounts = await ArrangeAsync(services);
        var account = await CreateAsync(accounts, "cq-stale@contoso.com", ResourceAccountKind.CallQueue);
        Assert.True((await accounts.RenameAsync(new RenameResourceAccount(Admin, NewKey(), account.Id, "Renamed elsewhere"))).IsSuccess);

        var stale = await accounts.RenameAsync(new RenameResourceAccount(Admin, NewKey(), account.Id, "Sales line", account.DisplayName));

        Assert.Equal("resource_account.changed_since_planned", stale.Error?.Code);
        Assert.Equal("Renamed elsewhere", (await accounts.GetAsync(Admin, account.Id)).Value.DisplayName);
    }

    [Theory]
    [InlineData("", "resource_account.invalid_display_name")]
    [InlineData("   ", "resource_account.invalid_display_name")]
    [InlineData("no-such-account", "resource_account.not_found")]
    public async Task Rename_ToNoNameOrOfAnUnknownAccount_IsRefused(string nameOrId, string code)
    {
        await using var services = CoreServices.Create(redis);
        var accounts = await ArrangeAsync(services);
        var account = await CreateAsync(accounts, "cq-bad@contoso.com", ResourceAccountKind.CallQueue);
        var (id, name) = code == "resource_account.not_found" ? (nameOrId, "Sales") : (account.Id, nameOrId);

        var result = await accounts.RenameAsync(new RenameResourceAccount(Admin, NewKey(), id, name));

        Assert.Equal(code, result.Error?.Code);
        Assert.Equal("Reception", (await accounts.GetAsync(Admin, account.Id)).Value.DisplayName);
    }

    [Fact]
    public async Task Rename_ByHelpdesk_IsRefused()
    {
        await using var services = CoreServices.Create(redis);
        var accounts = await ArrangeAsync(services);
        var account = await CreateAsync(accounts, "cq-helpdesk@contoso.com", ResourceAccountKind.CallQueue);

        var result = await accounts.RenameAsync(new RenameResourceAccount(Admin with { Role = Role.Helpdesk }, NewKey(), account.Id, "Sales"));

        Assert.False(result.IsSuccess);
        Assert.Equal("Reception", (await accounts.GetAsync(Admin, account.Id)).Value.DisplayName);
    }
}
