using ChatPhone.Core.CallQueues;
using ChatPhone.Core.Common;
using ChatPhone.Core.Conferencing;
using ChatPhone.Core.Credits;
using ChatPhone.Core.Directory;
using ChatPhone.Core.Integrity;
using ChatPhone.Core.Licensing;
using ChatPhone.Core.Numbers;
using ChatPhone.Core.Numbers.Carrier;
using ChatPhone.Core.Numbers.Orders;
using ChatPhone.Core.Numbers.Porting;
using ChatPhone.Core.Triage;
using ChatPhone.IntegrationTests.Infrastructure;
using Microsoft.Extensions.DependencyInjection;
using Xunit.Abstractions;
using static ChatPhone.Core.Triage.TriageCodes;

namespace ChatPhone.IntegrationTests.Core;

/// <summary>Triage over state built with core commands on the real server: the report, its fixes, who may ask, and what it costs.</summary>
[Collection(RedisCollection.Name)]
public sealed partial class TriageIntegrationTests(RedisServerFixture redis, ITestOutputHelper output)
{
    [Fact]
    public async Task CannotCallOut_NothingSetUp_FindsLicensesAndNumber_AndTheirFixesMakeItWork()
    {
        await using var world = await WorldAsync(redis);
        var numbers = await CallingReadyAsync(world);

        var report = Ok(await world.Phone.Triage.DiagnoseAsync(Alex, Alex.UserId, Symptom.CannotCallOut));

        Assert.Equal([PhoneSystemMissing, CallingPlanMissing, NumberMissing], Codes(report));
        Assert.True(report.NeedsAdmin);
        Assert.Equal(("id-alex", "Alex Wilber"), (report.UserId, report.DisplayName));
        Assert.Equal([FixKind.AssignLicense, FixKind.AssignLicense, FixKind.AssignNumber], report.Causes.Select(c => c.Fix!.Kind));
        Assert.Equal(numbers[0], report.Causes[2].Fix!.Args["number"]);
        Assert.Equal("You don’t have a Teams Phone license yet, so Teams can’t place or receive phone calls for you.", report.Causes[0].Describe(Language.English));

        await ApplyAllAsync(world, report);
        var activating = Ok(await world.Phone.Triage.DiagnoseAsync(Alex, Alex.UserId, Symptom.CannotCallOut));
        world.Clock.Advance(TimeSpan.FromHours(25));
        var settled = Ok(await world.Phone.Triage.DiagnoseAsync(Alex, "ALEX@contoso.com", Symptom.CannotCallOut));

        Assert.Equal((NumberActivating, FixOwner.Wait), (Assert.Single(activating.Causes).Code, activating.Causes[0].Owner));
        Assert.False(activating.NeedsAdmin);
        Assert.Empty(settled.Causes);
        Assert.Empty(await world.Services.GetRequiredService<InvariantChecker>().CheckAsync(Tenant));
    }

    [Fact]
    public async Task CannotCallOut_PoolUsedUp_NeedsCreditsThenTheCreditsLicense()
    {
        await using var world = await WorldAsync(redis);
        var numbers = await CallingReadyAsync(world);
        Ok(await world.Phone.Licensing.AssignAsync(new AssignLicenses(Admin, Key(), UserId.Parse("id-alex"), [Sku.PhoneSystem, Sku.DomesticCallingPlan])));
        Ok(await world.Phone.NumberAssignment.AssignAsync(new ChatPhone.Core.Numbers.Assignment.AssignNumber(Admin, Key(), numbers[0], UserId.Parse("id-alex"))));
        world.Clock.Advance(TimeSpan.FromDays(2));

        var pool = Ok(await world.Phone.Licensing.RecordMinutesAsync(new RecordMinutes(Admin, Key(), "US", 3000)));
        var exhausted = Ok(await world.Phone.Triage.DiagnoseAsync(Helpdesk, "alex@contoso.com", Symptom.CannotCallOut));
        Ok(await world.Phone.Credits.SetPaymentMethodAsync(new SetPaymentMethod(Admin, Key(), PaymentMethod.Card("4242", 2030, 12))));
        Ok(await world.Phone.Credits.AddFundsAsync(new AddFunds(Admin, Key(), 20m)));
        Ok(await world.Phone.Licensing.PurchaseAsync(new PurchaseLicenses(Admin, Key(), Sku.CommunicationsCredits, 1)));
        var unlicensed = Ok(await world.Phone.Triage.DiagnoseAsync(Helpdesk, "alex@contoso.com", Symptom.CannotCallOut));
        await ApplyAllAsync(world, unlicensed);
        var fixedUp = Ok(await world.Phone.Triage.DiagnoseAsync(Alex, Alex.UserId, Symptom.CannotCallOut));

        Assert.Equal(("US", 3000, 3000, true), (pool.Country, pool.Used, pool.Total, pool.IsExhausted));
        Assert.Equal(["US", "3000", "3000", "2026-04-01"], Assert.Single(exhausted.Causes, c => c.Code == MinutesExhausted).Args);
        var missing = Assert.Single(unlicensed.Causes);
        Assert.Equal((CreditsLicenseMissing, "CommunicationsCredits"), (missing.Code, missing.Fix!.Args["sku"]));
        Assert.Empty(fixedUp.Causes);
    }

    [Fact]
    public async Task RecordMinutes_ChecksItsInput_AndIsForAdmins()
    {
        await using var world = await WorldAsync(redis);

        var none = await world.Phone.Licensing.RecordMinutesAsync(new RecordMinutes(Admin, Key(), "US", 0));
        var brazil = await world.Phone.Licensing.RecordMinutesAsync(new RecordMinutes(Admin, Key(), "BR", 10));
        var byUser = await world.Phone.Licensing.RecordMinutesAsync(new RecordMinutes(Alex, Key(), "US", 10));
        var recorded = Ok(await world.Phone.Licensing.RecordMinutesAsync(new RecordMinutes(Admin, Key(), "pr", 10)));
        var seen = Ok(await world.Phone.Licensing.MinutePoolAsync(Alex, "US"));

        Assert.Equal(("license.minutes_out_of_range", "license.minutes_country_invalid", "auth.admin_required"), (none.Error?.Code, brazil.Error?.Code, byUser.Error?.Code));
        Assert.Equal(("PR", 10, 0), (recorded.Country, recorded.Used, recorded.Total));
        Assert.Equal((10, 0, true), (seen.Used, seen.Total, seen.IsExhausted));
    }

    [Fact]
    public async Task MeetingDialIn_FrenchBridge_HasTheSharedNumbers_SoTheTwoFixesInOrder_MakeDialInWork()
    {
        await using var world = await WorldAsync(redis);
        var phone = world.Phone;
        Ok(await phone.Licensing.PurchaseAsync(new PurchaseLicenses(Admin, Key(), Sku.AudioConferencing, 2)));
        var bridge = Ok(await phone.Conferencing.EnableAsync(new EnableConferencing(Admin, Key(), "FR")));

        var lucas = Alex with { UserId = "id-lucas", DisplayName = "Lucas Bernard" };
        var report = Ok(await phone.Triage.DiagnoseAsync(lucas, "id-lucas", Symptom.MeetingDialIn));
        await ApplyAllAsync(world, report);
        var after = Ok(await phone.Triage.DiagnoseAsync(lucas, "id-lucas", Symptom.MeetingDialIn));

        // Enabling conferencing in France attaches its shared dial-in numbers (Paris first), so no bridge number is missing.
        Assert.Equal([AudioConferencingMissing, OrganizerNotEnabled], Codes(report));
        Assert.StartsWith("Vous n’avez pas de licence Audioconférence", report.Causes[0].Describe(Language.French), StringComparison.Ordinal);
        Assert.Empty(after.Causes);
        Assert.StartsWith("+331", bridge.DefaultNumber, StringComparison.Ordinal);
        Assert.Equal(bridge.DefaultNumber, Ok(await phone.Conferencing.GetOrganizerAsync(Admin, "id-lucas")).TollNumber);
    }

    [Fact]
    public async Task QueueCalls_NotAnAgentOfSales_AddingThemLeavesTheQueuesOwnProblem()
    {
        await using var world = await WorldAsync(redis);
        await CallingReadyAsync(world);
        Ok(await world.Phone.Licensing.AssignInBulkAsync(new AssignLicensesInBulk(Admin, Key(), ["id-alex", "id-sam"], [Sku.PhoneSystem])));
        Ok(await world.Phone.CallQueues.CreateAsync(new CreateCallQueue(Admin, Key(), new CallQueueSettings { Name = "Sales", Users = ["id-sam"] })));

        var report = Ok(await world.Phone.Triage.DiagnoseAsync(Alex, Alex.UserId, Symptom.QueueCalls, new TriageDetails(QueueName: "sales")));
        await ApplyAllAsync(world, report);
        var after = Ok(await world.Phone.Triage.DiagnoseAsync(Alex, Alex.UserId, Symptom.QueueCalls, new TriageDetails(QueueName: "Sales")));

        Assert.Equal([QueueAgentMissing, QueueNoResourceAccount], Codes(report));
        Assert.Equal([QueueNoResourceAccount], Codes(after));
    }

    [Fact]
    public async Task CannotReceiveCalls_NumberComingByPort_WaitsWithTheOrdersStatus_AsTheClockMovesIt()
    {
        await using var world = await WorldAsync(redis);
        var numbers = await CallingReadyAsync(world, numbers: 1);
        Ok(await world.Phone.Licensing.AssignInBulkAsync(new AssignLicensesInBulk(Admin, Key(), ["id-alex", "id-sam"], [Sku.PhoneSystem, Sku.DomesticCallingPlan])));
        Ok(await world.Phone.NumberAssignment.AssignAsync(new ChatPhone.Core.Numbers.Assignment.AssignNumber(Admin, Key(), numbers[0], UserId.Parse("id-sam"))));
        var submitted = Ok(await world.Phone.Porting.CreatePortOrderAsync(new CreatePortOrder(Admin, Key(), PortRequest())));

        var received = Ok(await world.Phone.Triage.DiagnoseAsync(Alex, Alex.UserId, Symptom.CannotReceiveCalls));
        world.Clock.Advance(TimeSpan.FromDays(7));
        var scheduled = Ok(await world.Phone.Triage.DiagnoseAsync(Alex, Alex.UserId, Symptom.CannotReceiveCalls));

        Assert.Equal((PortProcessing, FixOwner.Wait, submitted.Order!.Id), (Assert.Single(received.Causes).Code, received.Causes[0].Owner, received.Causes[0].Args[0]));
        Assert.Equal(PortScheduled, Assert.Single(scheduled.Causes).Code);
        output.WriteLine(scheduled.Causes[0].Describe(Language.English));
    }
}
