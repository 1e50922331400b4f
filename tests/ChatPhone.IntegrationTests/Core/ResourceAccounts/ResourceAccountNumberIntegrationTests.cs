using ChatPhone.Core.Audit;
using ChatPhone.Core.Integrity;
using ChatPhone.Core.Licensing;
using ChatPhone.Core.Numbers;
using ChatPhone.Core.ResourceAccounts;
using ChatPhone.IntegrationTests.Infrastructure;
using Microsoft.Extensions.DependencyInjection;
using static ChatPhone.IntegrationTests.Core.ResourceAccounts.ResourceAccountArrange;

namespace ChatPhone.IntegrationTests.Core.ResourceAccounts;

[Collection(RedisCollection.Name)]
public sealed class ResourceAccountNumberIntegrationTests(RedisServerFixture redis)
{
    [Fact]
    public async Task AssignNumber_Licensed_WritesTheAccountAndTheNumberTogether()
    {
        await using var services = CoreServices.Create(redis);
        var accounts = await ArrangeAsync(services);
        var account = await CreateAsync(accounts, "cq@contoso.com", ResourceAccountKind.CallQueue);

        var assigned = await accounts.AssignNumberAsync(new AssignResourceAccountNumber(Admin, NewKey(), account.Id, CqToll));

        Assert.Equal(CqToll, assigned.Value.Number);
        var number = await NumberAsync(services, CqToll);
        Assert.Equal((AssignmentTarget.ResourceAccount, account.Id, AssignmentCategory.Primary),
            (number!.Assignment!.Target, number.Assignment.TargetId, number.Assignment.Category));
        Assert.Equal(PstnAssignmentStatus.VoiceApplicationAssigned, number.Status);
    }

    [Fact]
    public async Task AssignNumber_Unlicensed_IsRefused()
    {
        await using var services = CoreServices.Create(redis);
        var accounts = await ArrangeAsync(services);
        var account = await CreateAsync(accounts, "cq@contoso.com", ResourceAccountKind.CallQueue, license: null);

        var result = await accounts.AssignNumberAsync(new AssignResourceAccountNumber(Admin, NewKey(), account.Id, CqToll));

        Assert.Equal("resource_account.unlicensed", result.Error?.Code);
        Assert.Null((await NumberAsync(services, CqToll))!.Assignment);
    }

    [Theory]
    [InlineData(ResourceAccountKind.CallQueue, AaToll)]
    [InlineData(ResourceAccountKind.CallQueue, ConferenceToll)]
    [InlineData(ResourceAccountKind.CallQueue, UserNumber)]
    [InlineData(ResourceAccountKind.AutoAttendant, CqToll)]
    [InlineData(ResourceAccountKind.AutoAttendant, UserNumber)]
    public async Task AssignNumber_OfAnotherType_IsRefused(ResourceAccountKind kind, string number)
    {
        await using var services = CoreServices.Create(redis);
        var accounts = await ArrangeAsync(services);
        var account = await CreateAsync(accounts, "ra@contoso.com", kind, Sku.PhoneSystem);

        var result = await accounts.AssignNumberAsync(new AssignResourceAccountNumber(Admin, NewKey(), account.Id, number));

        Assert.Equal("resource_account.wrong_number_type", result.Error?.Code);
        Assert.Null((await NumberAsync(services, number))!.Assignment);
        Assert.Null((await accounts.GetAsync(Admin, account.Id)).Value.Number);
    }

    [Theory]
    [InlineData(BridgeToll, "resource_account.number_taken")]
    [InlineData(BlockedCq, "resource_account.number_blocked")]
    [InlineData("+12065550199", "resource_account.number_not_found")]
    [InlineData("tel:+12065550110", "number.invalid")]
    public async Task AssignNumber_UnavailableNumber_IsRefused(string number, string code)
    {
        await using var services = CoreServices.Create(redis);
        var accounts = await ArrangeAsync(services);
        var account = await CreateAsync(accounts, "cq@contoso.com", ResourceAccountKind.CallQueue);

        Assert.Equal(code, (await accounts.AssignNumberAsync(new AssignResourceAccountNumber(Admin, NewKey(), account.Id, number))).Error?.Code);
    }

    [Fact]
    public async Task AssignNumber_TollFree_NeedsAPositiveCreditsBalance()
    {
        await using var services = CoreServices.Create(redis);
        var accounts = await ArrangeAsync(services);
        var account = await CreateAsync(accounts, "cq@contoso.com", ResourceAccountKind.CallQueue);

        var broke = await accounts.AssignNumberAsync(new AssignResourceAccountNumber(Admin, NewKey(), account.Id, CqTollFree));
        await FundAsync(services, 5m);
        var funded = await accounts.AssignNumberAsync(new AssignResourceAccountNumber(Admin, NewKey(), account.Id, CqTollFree));

        Assert.Equal("resource_account.credits_required", broke.Error?.Code);
        Assert.Equal(CqTollFree, funded.Value.Number);
    }

    [Fact]
    public async Task AssignNumber_WhenTheAccountAlreadyHasOne_IsRefused()
    {
        await using var services = CoreServices.Create(redis);
        var accounts = await ArrangeAsync(services);
        var account = await CreateAsync(accounts, "cq@contoso.com", ResourceAccountKind.CallQueue);
        await FundAsync(services, 5m);
        await accounts.AssignNumberAsync(new AssignResourceAccountNumber(Admin, NewKey(), account.Id, CqToll));

        var second = await accounts.AssignNumberAsync(new AssignResourceAccountNumber(Admin, NewKey(), account.Id, CqTollFree));

        Assert.Equal("resource_account.already_has_number", second.Error?.Code);
        Assert.Null((await NumberAsync(services, CqTollFree))!.Assignment);
    }

    [Fact]
    public async Task Delete_WithANumber_IsRefused_UnassignThenDelete_Works()
    {
        await using var services = CoreServices.Create(redis);
        var accounts = await ArrangeAsync(services);
        var account = await CreateAsync(accounts, "cq@contoso.com", ResourceAccountKind.CallQueue);
        await accounts.AssignNumberAsync(new AssignResourceAccountNumber(Admin, NewKey(), account.Id, CqToll));

        var refused = await accounts.DeleteAsync(new DeleteResourceAccount(Admin, NewKey(), account.Id));
        var unassigned = await accounts.UnassignNumberAsync(new UnassignResourceAccountNumber(Admin, NewKey(), account.Id));
        var nothing = await accounts.UnassignNumberAsync(new UnassignResourceAccountNumber(Admin, NewKey(), account.Id));
        var deleted = await accounts.DeleteAsync(new DeleteResourceAccount(Admin, NewKey(), account.Id));

        Assert.Equal("resource_account.delete_has_number", refused.Error?.Code);
        Assert.Null(unassigned.Value.Number);
        Assert.Equal("resource_account.no_number", nothing.Error?.Code);
        Assert.True(deleted.IsSuccess);
        Assert.Null((await NumberAsync(services, CqToll))!.Assignment);
    }

    [Fact]
    public async Task AssignNumber_FiftyAccountsRaceForOneNumber_ExactlyOneWins()
    {
        await using var services = CoreServices.Create(redis);
        var accounts = await ArrangeAsync(services, resourceAccountLicenses: 50);
        var now = DateTimeOffset.UtcNow;
        var contenders = Enumerable.Range(0, 50)
            .Select(i => new ResourceAccount($"ra-{i:D2}", $"cq{i}@contoso.com", $"Queue {i}", ResourceAccountKind.CallQueue, Sku.ResourceAccount, null, null, 3, now))
            .ToArray();
        await TenantSeed.PutAsync(services, Tenant, ResourceAccountCollections.Accounts, contenders.Select(a => (a.Id, a)).ToArray());

        var results = await Task.WhenAll(contenders.Select(a =>
            Task.Run(() => accounts.AssignNumberAsync(new AssignResourceAccountNumber(Admin, NewKey(), a.Id, CqToll)))));

        var winner = Assert.Single(results, r => r.IsSuccess).Value;
        Assert.All(results.Where(r => !r.IsSuccess), r => Assert.Equal("resource_account.number_taken", r.Error!.Code));
        Assert.Equal(winner.Id, (await NumberAsync(services, CqToll))!.Assignment!.TargetId);
        var holders = (await accounts.ListAsync(Admin)).Value.Where(a => a.Number is not null).ToArray();
        Assert.Equal(winner.Id, Assert.Single(holders).Id);
        // The arrangement writes some documents directly (deliberately odd ones, and uncounted license units),
        // so judge only what the race touched: the contested number and the contenders.
        var violations = await services.GetRequiredService<InvariantChecker>().CheckAsync(Tenant);
        Assert.DoesNotContain(violations, v => v.Subject == $"numbers:{CqToll}" || v.Subject.StartsWith("resource-accounts:", StringComparison.Ordinal));
    }

    [Fact]
    public async Task AssignNumber_ReplayedKey_ReturnsTheFirstResult_AndAppliesOnce()
    {
        await using var services = CoreServices.Create(redis);
        var accounts = await ArrangeAsync(services);
        var account = await CreateAsync(accounts, "cq@contoso.com", ResourceAccountKind.CallQueue);
        var key = NewKey();

        var first = await accounts.AssignNumberAsync(new AssignResourceAccountNumber(Admin, key, account.Id, CqToll));
        var replay = await accounts.AssignNumberAsync(new AssignResourceAccountNumber(Admin, key, account.Id, CqToll));

        Assert.Equal(first.Value, replay.Value);
        var audit = await services.GetRequiredService<IAuditLog>().QueryAsync(Tenant, DateTimeOffset.UtcNow.AddMinutes(-5), DateTimeOffset.UtcNow.AddMinutes(5), target: "numbers:" + CqToll);
        Assert.Single(audit);
    }
}
