using ChatPhone.Core.Licensing;
using ChatPhone.Core.ResourceAccounts;
using ChatPhone.Core.VoiceApps;
using ChatPhone.IntegrationTests.Infrastructure;
using static ChatPhone.IntegrationTests.Core.VoiceApps.VoiceAppHarness;

namespace ChatPhone.IntegrationTests.Core.VoiceApps;

[Collection(RedisCollection.Name)]
public sealed class ResourceAccountAssociationIntegrationTests(RedisServerFixture redis)
{
    [Fact]
    public async Task Associate_LicensedAccountOfTheRightKind_LinksItWithThePriority_AndMakesTheQueueReady()
    {
        await using var harness = await StartAsync(redis);
        var sales = await harness.QueueAsync("Sales");
        await harness.AccountAsync("ra-sales", ResourceAccountKind.CallQueue);
        var before = (await harness.Queries.ReadinessAsync(HelpdeskAgent, "Sales")).Value;

        var linked = await harness.Associations.AssociateAsync(new AssociateResourceAccount(Admin, NewKey(), "RA-SALES", sales.Id, 1));
        var after = (await harness.Queries.ReadinessAsync(HelpdeskAgent, sales.Id)).Value;

        Assert.Equal((false, false), (before.Ready, before.ReachableFromPstn));
        Assert.Equal(["voiceapp.not_ready_no_account", "voiceapp.not_ready_no_number"], before.Missing.Select(m => m.Code));
        Assert.Equal((sales.Id, 1), (linked.Value.AssociatedWith, linked.Value.CallPriority));
        Assert.Equal((sales.Id, 1), ((await harness.FindAccountAsync("ra-sales"))!.AssociatedWith, (await harness.FindAccountAsync("ra-sales"))!.CallPriority));
        Assert.Equal((true, false, "voiceapp.not_ready_no_number"), (after.Ready, after.ReachableFromPstn, Assert.Single(after.Missing).Code));
    }

    [Fact]
    public async Task Readiness_AccountWithANumber_IsReachableFromThePstn()
    {
        await using var harness = await StartAsync(redis);
        var main = await harness.AttendantAsync("Main line");
        await harness.AccountAsync("ra-main", ResourceAccountKind.AutoAttendant, number: "+12065550100");
        await harness.Associations.AssociateAsync(new AssociateResourceAccount(Admin, NewKey(), "ra-main", main.Id));

        var all = (await harness.Queries.ReadinessAsync(HelpdeskAgent)).Value;

        var readiness = Assert.Single(all);
        Assert.Equal((ResourceAccountKind.AutoAttendant, true, true), (readiness.Kind, readiness.Ready, readiness.ReachableFromPstn));
        Assert.Empty(readiness.Missing);
        Assert.Equal(3, (await harness.FindAccountAsync("ra-main"))!.CallPriority);
    }

    [Fact]
    public async Task Associate_Refusals_SayWhy_AndChangeNothing()
    {
        await using var harness = await StartAsync(redis);
        var sales = await harness.QueueAsync("Sales");
        var support = await harness.QueueAsync("Support");
        var main = await harness.AttendantAsync("Main line");
        await harness.AccountAsync("ra-unlicensed", ResourceAccountKind.CallQueue, license: null);
        await harness.AccountAsync("ra-aa", ResourceAccountKind.AutoAttendant);
        await harness.AccountAsync("ra-taken", ResourceAccountKind.CallQueue, associatedWith: support.Id);
        await harness.AccountAsync("ra-cq", ResourceAccountKind.CallQueue);

        async Task<string?> Code(string account, string target, int priority = 3) =>
            (await harness.Associations.AssociateAsync(new AssociateResourceAccount(Admin, NewKey(), account, target, priority))).Error?.Code;

        Assert.Equal("voiceapp.resource_account_not_found", await Code("ghost", sales.Id));
        Assert.Equal("voiceapp.app_not_found", await Code("ra-cq", "ghost"));
        Assert.Equal("voiceapp.resource_account_unlicensed", await Code("ra-unlicensed", sales.Id));
        Assert.Equal("voiceapp.resource_account_wrong_kind", await Code("ra-aa", sales.Id));
        Assert.Equal("voiceapp.resource_account_wrong_kind", await Code("ra-cq", main.Id));
        Assert.Equal("voiceapp.resource_account_already_associated", await Code("ra-taken", sales.Id));
        Assert.Equal("voiceapp.out_of_range", await Code("ra-cq", sales.Id, 0));
        Assert.Equal("voiceapp.out_of_range", await Code("ra-cq", sales.Id, 6));
        Assert.Null(await Code("ra-cq", sales.Id, 5));
        Assert.Equal(support.Id, (await harness.FindAccountAsync("ra-taken"))!.AssociatedWith);
        Assert.Null((await harness.FindAccountAsync("ra-aa"))!.AssociatedWith);
    }

    [Fact]
    public async Task Associate_PhoneSystemLicensedAccount_IsAccepted()
    {
        await using var harness = await StartAsync(redis);
        var sales = await harness.QueueAsync("Sales");
        await harness.AccountAsync("ra-paid", ResourceAccountKind.CallQueue, license: Sku.PhoneSystem);

        var result = await harness.Associations.AssociateAsync(new AssociateResourceAccount(Admin, NewKey(), "ra-paid", sales.Id));

        Assert.True(result.IsSuccess, result.Error?.Code);
    }

    [Fact]
    public async Task Associate_ByANonAdmin_IsRefused()
    {
        await using var harness = await StartAsync(redis);
        var sales = await harness.QueueAsync("Sales");
        await harness.AccountAsync("ra-cq", ResourceAccountKind.CallQueue);

        var result = await harness.Associations.AssociateAsync(new AssociateResourceAccount(HelpdeskAgent, NewKey(), "ra-cq", sales.Id));

        Assert.Equal("auth.admin_required", result.Error?.Code);
        Assert.Null((await harness.FindAccountAsync("ra-cq"))!.AssociatedWith);
    }

    [Fact]
    public async Task Disassociate_ResetsTheLink_AndASecondTimeSaysNothingChanged()
    {
        await using var harness = await StartAsync(redis);
        var sales = await harness.QueueAsync("Sales");
        await harness.AccountAsync("ra-cq", ResourceAccountKind.CallQueue);
        await harness.Associations.AssociateAsync(new AssociateResourceAccount(Admin, NewKey(), "ra-cq", sales.Id, 2));

        var first = await harness.Associations.DisassociateAsync(new DisassociateResourceAccount(Admin, NewKey(), "ra-cq"));
        var second = await harness.Associations.DisassociateAsync(new DisassociateResourceAccount(Admin, NewKey(), "ra-cq"));

        Assert.Equal((null, 3), (first.Value.AssociatedWith, first.Value.CallPriority));
        Assert.Equal("voiceapp.resource_account_not_associated", second.Error?.Code);
    }

    [Fact]
    public async Task Queries_ByAPlainUser_AreRefused()
    {
        await using var harness = await StartAsync(redis);
        var user = new ChatPhone.Core.Common.Actor(Tenant, Alex, "Alex", ChatPhone.Core.Directory.Role.User);

        Assert.Equal("auth.helpdesk_required", (await harness.Queries.ListCallQueuesAsync(user)).Error?.Code);
        Assert.Equal("auth.helpdesk_required", (await harness.Queries.ReadinessAsync(user)).Error?.Code);
    }
}
