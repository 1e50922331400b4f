using ChatPhone.Core.Audit;
using ChatPhone.Core.Common;
using ChatPhone.Core.Directory;
using ChatPhone.Core.Emergency;
using ChatPhone.Core.Numbers;
using ChatPhone.Core.Numbers.Porting;
using ChatPhone.Core.Tenants;
using ChatPhone.IntegrationTests.Infrastructure;
using Microsoft.Extensions.DependencyInjection;

namespace ChatPhone.IntegrationTests.Core.Numbers.Porting;

[Collection(RedisCollection.Name)]
public sealed class PortingIntegrationTests(RedisServerFixture redis)
{
    internal static readonly TenantId Tenant = TenantId.Parse("contoso");
    internal static readonly Actor Admin = TenantSeed.Admin(Tenant);

    // Monday 2 March 2026, 10:00 EST.
    internal static readonly DateTimeOffset Monday = new(2026, 3, 2, 10, 0, 0, BusinessCalendar.Est);
    internal static readonly DateTimeOffset Foc = new(2026, 3, 20, 9, 0, 0, BusinessCalendar.Est);

    internal const string Btn = "+14252000000";

    internal static IdempotencyKey Key(string value) => IdempotencyKey.TryCreate(value).Value;

    internal static PortLine[] Numbers(int count, string prefix = "+1425200") =>
        Enumerable.Range(0, count).Select(i => new PortLine(prefix + i.ToString("0000", System.Globalization.CultureInfo.InvariantCulture))).ToArray();

    internal static PortRequest Request(params PortLine[] numbers) => new(
        "ACC-1", Btn, "Contoso Pharmaceuticals Ltd", "Alexander Wilber", "1 Microsoft Way", "Redmond", "WA", "98052",
        numbers.Length == 0 ? Numbers(3) : numbers, PortType.Full, new DateOnly(2026, 3, 20), new TimeOnly(9, 0),
        "Alexander Wilber", LoaAccepted: true, "Fabrikam Telecom", OtherPeopleToNotify: ["it@contoso.com"]);

    private static (ServiceProvider Services, PortingService Porting, ManualClock Clock) Start(RedisServerFixture redis)
    {
        var clock = new ManualClock(Monday);
        var services = CoreServices.Create(redis, clock);
        return (services, services.GetRequiredService<PortingService>(), clock);
    }

    private static async Task<AdvanceSummary> AdvanceAsync(PortingService porting, ManualClock clock, DateTimeOffset to)
    {
        clock.Set(to);
        var result = await porting.AdvancePortOrdersAsync(new AdvancePortOrders(Admin, IdempotencyKey.New()));
        Assert.True(result.IsSuccess, result.Error?.Code);
        return result.Value;
    }

    [Fact]
    public async Task Create_ValidRequest_CreatesAProcessingOrderWithTruncatedFields()
    {
        var (services, porting, _) = Start(redis);
        await using var _s = services;

        var submission = (await porting.CreatePortOrderAsync(new CreatePortOrder(Admin, Key("k1"), Request()))).Value;

        Assert.Equal(PortSubmissionOutcome.OrderCreated, submission.Outcome);
        var order = submission.Order!;
        Assert.Equal(PortOrderStatus.Processing, order.Status);
        Assert.Equal(("Contoso Pharmaceuticals L", "Alexander Wilbe"), (order.Details.CompanyName, order.Details.AuthorizingPerson));
        Assert.Equal(3, order.Numbers.Count);
        var stored = await TenantSeed.GetAsync(services, Tenant, PortingCollections.Orders, order.Id);
        var none = Array.Empty<string>();
        Assert.Equal(order.Details with { OtherPeopleToNotify = none }, stored!.Details with { OtherPeopleToNotify = none });
        Assert.Equal(order.Numbers, stored.Numbers);
        Assert.Equal(["it@contoso.com"], stored.Details.OtherPeopleToNotify);
    }

    [Fact]
    public async Task Create_NumberAlreadyInInventory_ReportsItPerNumber_AndCreatesNothing()
    {
        var (services, porting, _) = Start(redis);
        await using var _s = services;
        var owned = new PhoneNumber("+14252000001", "US", "WA", "Redmond", NumberType.UserSubscriber, NumberSource.Acquired, Monday);
        await TenantSeed.PutAsync(services, Tenant, NumberCollections.Numbers, (owned.Number, owned));

        var submission = (await porting.CreatePortOrderAsync(new CreatePortOrder(Admin, Key("k1"), Request(Numbers(2)[0], Numbers(2)[1], "+448441234567")))).Value;

        Assert.Equal(PortSubmissionOutcome.NotPortable, submission.Outcome);
        Assert.Equal(
            [("+14252000001", "port.number_in_inventory"), ("+448441234567", "port.number_uk_non_geographic")],
            submission.Problems.Select(p => (p.Number, p.Reason.Code)));
        Assert.Empty((await porting.ListPortOrdersAsync(Admin)).Value);
    }

    [Fact]
    public async Task Create_NumberInAnotherOpenOrder_IsNotPortable()
    {
        var (services, porting, _) = Start(redis);
        await using var _s = services;
        var first = (await porting.CreatePortOrderAsync(new CreatePortOrder(Admin, Key("k1"), Request()))).Value.Order!;

        var second = (await porting.CreatePortOrderAsync(new CreatePortOrder(Admin, Key("k2"), Request()))).Value;

        Assert.Equal(PortSubmissionOutcome.NotPortable, second.Outcome);
        Assert.All(second.Problems, p => Assert.Equal(new Error("port.number_in_open_order", p.Number, first.Id), p.Reason));
    }

    [Theory]
    [InlineData(999, PortSubmissionOutcome.OrderCreated)]
    [InlineData(1000, PortSubmissionOutcome.ServiceRequestCreated)]
    public async Task Create_999NumbersUseTheWizard_1000AServiceRequest(int count, PortSubmissionOutcome expected)
    {
        var (services, porting, _) = Start(redis);
        await using var _s = services;

        var submission = (await porting.CreatePortOrderAsync(new CreatePortOrder(Admin, Key("k1"), Request(Numbers(count))))).Value;

        Assert.Equal(expected, submission.Outcome);
        if (expected == PortSubmissionOutcome.ServiceRequestCreated)
        {
            Assert.Equal(new Error("port.manual.too_many_numbers", 1000, 999), submission.Why);
            Assert.Equal(PortNumberKind.Local, submission.ServiceRequest!.Loa.Kind);
            Assert.Empty((await porting.ListPortOrdersAsync(Admin)).Value);
            Assert.Single((await porting.ListServiceRequestsAsync(Admin)).Value);
        }
    }

    [Fact]
    public async Task Create_TollFreeNumbers_BecomeAServiceRequestWithATollFreeLoa()
    {
        var (services, porting, _) = Start(redis);
        await using var _s = services;
        var request = Request("+18002000004") with { BillingTelephoneNumber = "+18002000004", NumberType = NumberType.ConferenceTollFree };

        var submission = (await porting.CreatePortOrderAsync(new CreatePortOrder(Admin, Key("k1"), request))).Value;

        Assert.Equal(PortSubmissionOutcome.ServiceRequestCreated, submission.Outcome);
        Assert.Equal("port.manual.toll_free", submission.Why!.Code);
        Assert.Equal((PortNumberKind.TollFree, NumberType.ConferenceTollFree), (submission.ServiceRequest!.Loa.Kind, submission.ServiceRequest.Loa.NumberType));
        Assert.True(submission.ServiceRequest.AreServiceNumbers);
        Assert.Contains("toll-free", submission.Why.Describe(Language.English), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Create_ServiceNumbers_BecomeAServiceRequest_NeverMixedWithTollFree()
    {
        var (services, porting, _) = Start(redis);
        await using var _s = services;
        var toll = Request() with { NumberType = NumberType.CallQueueToll };
        var mixed = Request(Numbers(1)[0], "+18002000004") with { NumberType = NumberType.CallQueueToll };

        var created = (await porting.CreatePortOrderAsync(new CreatePortOrder(Admin, Key("k1"), toll))).Value;
        var refused = await porting.CreatePortOrderAsync(new CreatePortOrder(Admin, Key("k2"), mixed));

        Assert.Equal(("port.manual.service_numbers", PortNumberKind.ServiceToll), (created.Why!.Code, created.ServiceRequest!.Loa.Kind));
        Assert.Equal("port.mixed_number_types", refused.Error!.Code);
    }

    [Fact]
    public async Task Create_EmeaNumbers_NeedAValidatedEmergencyAddress_ThenGetItsDefaultLocationWhenPorted()
    {
        var (services, porting, clock) = Start(redis);
        await using var _s = services;
        var emergency = services.GetRequiredService<EmergencyService>();
        var london = (await emergency.AddAddressAsync(new AddAddress(Admin, Key("a1"), new AddressFields("Contoso", "GB", "2", StreetName: "Kingdom St",
            City: "London", PostalCode: "W2 6BD", Latitude: "51.52", Longitude: "-0.18")))).Value.Address;
        var invalid = (await emergency.AddAddressAsync(new AddAddress(Admin, Key("a2"), new AddressFields("Contoso", "GB", "2", StreetName: "Kingdom St",
            City: "Gotham", PostalCode: "W2 6BD", Latitude: "51.52", Longitude: "-0.18")))).Value.Address;
        var uk = Request("+442079460000") with { BillingTelephoneNumber = "+442079460000" };

        var none = await porting.CreatePortOrderAsync(new CreatePortOrder(Admin, Key("k1"), uk));
        var unvalidated = await porting.CreatePortOrderAsync(new CreatePortOrder(Admin, Key("k2"), uk with { CivicAddressId = invalid.Id }));
        var created = (await porting.CreatePortOrderAsync(new CreatePortOrder(Admin, Key("k3"), uk with { CivicAddressId = london.Id }))).Value.Order!;
        var deleteAddress = await emergency.DeleteAddressAsync(new DeleteAddress(Admin, Key("d1"), london.Id));
        await AdvanceAsync(porting, clock, Foc);

        Assert.Equal(new Error("port.emergency_address_required", "+442079460000", "GB"), none.Error);
        Assert.Equal("port.emergency_address_not_validated", unvalidated.Error!.Code);
        Assert.Equal(new Error("emergency.address_used_by_port_order", london.OneLine(), created.Id), deleteAddress.Error);
        var ported = await TenantSeed.GetAsync(services, Tenant, NumberCollections.Numbers, "+442079460000");
        Assert.Equal(("GB", london.DefaultLocation.Id, (string?)null), (ported!.Country, ported.LocationId, ported.Subdivision));
    }

    [Fact]
    public async Task Advance_DrivenByTheClock_GoesThroughEveryStatus_AndAddsTheNumbersAtFoc()
    {
        var (services, porting, clock) = Start(redis);
        await using var _s = services;
        var order = (await porting.CreatePortOrderAsync(new CreatePortOrder(Admin, Key("k1"), Request()))).Value.Order!;

        var early = await AdvanceAsync(porting, clock, Monday.AddHours(23));
        var contacting = await AdvanceAsync(porting, clock, Monday.AddDays(1));
        var approved = await AdvanceAsync(porting, clock, Monday.AddDays(4));
        var pending = await AdvanceAsync(porting, clock, Foc.AddHours(-23));
        var beforeFoc = await TenantSeed.GetAsync(services, Tenant, NumberCollections.Numbers, Btn);
        var completed = await AdvanceAsync(porting, clock, Foc.AddMinutes(1));

        Assert.Empty(early.Transitions);
        Assert.Equal(PortOrderStatus.ContactingCarrier, Assert.Single(contacting.Transitions).To);
        Assert.Equal(PortOrderStatus.TransferApproved, Assert.Single(approved.Transitions).To);
        Assert.Equal(PortOrderStatus.TransferPending, Assert.Single(pending.Transitions).To);
        Assert.Null(beforeFoc);
        Assert.Equal(new PortTransition(order.Id, PortOrderStatus.TransferPending, PortOrderStatus.Completed, Foc), Assert.Single(completed.Transitions));
        Assert.Equal(order.Numbers, completed.NumbersAdded);
        var number = await TenantSeed.GetAsync(services, Tenant, NumberCollections.Numbers, Btn);
        Assert.Equal(new PhoneNumber(Btn, "US", "WA", "Redmond", NumberType.UserSubscriber, NumberSource.Ported, Foc), number);
        var stored = (await porting.GetPortOrderAsync(Admin, order.Id)).Value;
        Assert.Equal((PortOrderStatus.Completed, Foc), (stored.Status, stored.FocDate));
        var audit = await services.GetRequiredService<IAuditLog>().QueryAsync(Tenant, Monday.AddDays(-1), Foc.AddDays(1));
        Assert.Equal(4, audit.Count(e => e.Action == AuditActions.Porting.Advance && e.Target.StartsWith("port-orders:", StringComparison.Ordinal)));
        Assert.Equal(3, audit.Count(e => e.Action == AuditActions.Porting.Advance && e.Target.StartsWith("numbers:", StringComparison.Ordinal)));
    }

    [Fact]
    public async Task Advance_LateCall_AppliesEveryDueStepAtOnce_AndAReplayChangesNothing()
    {
        var (services, porting, clock) = Start(redis);
        await using var _s = services;
        await porting.CreatePortOrderAsync(new CreatePortOrder(Admin, Key("k1"), Request()));
        clock.Set(Foc.AddDays(3));

        var first = (await porting.AdvancePortOrdersAsync(new AdvancePortOrders(Admin, Key("tick")))).Value;
        var replay = (await porting.AdvancePortOrdersAsync(new AdvancePortOrders(Admin, Key("tick")))).Value;
        var next = (await porting.AdvancePortOrdersAsync(new AdvancePortOrders(Admin, Key("tick-2")))).Value;

        Assert.Equal(4, first.Transitions.Count);
        Assert.Equal(first.Transitions, replay.Transitions);
        Assert.Equal(first.NumbersAdded, replay.NumbersAdded);
        Assert.Empty(next.Transitions);
    }

    [Fact]
    public async Task Advance_RejectionTrigger_EndsInError_ThenEditResubmitsIt()
    {
        var (services, porting, clock) = Start(redis);
        await using var _s = services;
        var order = (await porting.CreatePortOrderAsync(new CreatePortOrder(Admin, Key("k1"), Request() with { AccountNumber = "REJECT-BTN" }))).Value.Order!;

        await AdvanceAsync(porting, clock, Monday.AddDays(7));
        var rejected = (await porting.ListPortOrdersAsync(Admin)).Value.Single();
        var view = await porting.GetPortOrderAsync(Admin, order.Id);
        var delete = await porting.DeletePortOrderAsync(new DeletePortOrder(Admin, Key("d1"), order.Id));
        var edited = await porting.EditPortOrderAsync(new EditPortOrder(Admin, Key("e1"), order.Id, Request() with { AccountNumber = "ACC-2" }));

        Assert.Equal((PortOrderStatus.Error, "port.rejection.btn_mismatch"), (rejected.Status, rejected.Rejection!.Code));
        Assert.Equal("port.view_not_allowed", view.Error!.Code);
        Assert.Equal("port.delete_error_order", delete.Error!.Code);
        Assert.Equal((PortOrderStatus.Processing, "ACC-2", clock.Now, (Error?)null), (edited.Value.Status, edited.Value.Details.AccountNumber, edited.Value.SubmittedAt, edited.Value.Rejection));
        Assert.Equal(PortOrderStatus.Processing, edited.Value.History[^1].Status);
    }

    [Fact]
    public async Task Create_NonAdmin_IsRefusedAndNothingIsStored()
    {
        var (services, porting, _) = Start(redis);
        await using var _s = services;
        var helpdesk = new Actor(Tenant, "hd-1", "Sam", Role.Helpdesk);

        var refused = await porting.CreatePortOrderAsync(new CreatePortOrder(helpdesk, Key("k1"), Request()));
        var advance = await porting.AdvancePortOrdersAsync(new AdvancePortOrders(helpdesk, Key("k2")));
        var check = await porting.CheckPortabilityAsync(helpdesk, Request());

        Assert.Equal("auth.admin_required", refused.Error!.Code);
        Assert.Equal("auth.admin_required", advance.Error!.Code);
        Assert.Equal("auth.admin_required", check.Error!.Code);
        Assert.Empty((await porting.ListPortOrdersAsync(helpdesk)).Value);
    }

    [Fact]
    public async Task Create_ReplayedKey_ReturnsTheSameOrder_OneDocumentOneAudit()
    {
        var (services, porting, _) = Start(redis);
        await using var _s = services;

        var first = (await porting.CreatePortOrderAsync(new CreatePortOrder(Admin, Key("same"), Request()))).Value;
        var replay = (await porting.CreatePortOrderAsync(new CreatePortOrder(Admin, Key("same"), Request()))).Value;

        Assert.Equal(first.Order!.Id, replay.Order!.Id);
        Assert.Single((await porting.ListPortOrdersAsync(Admin)).Value);
        var audit = await services.GetRequiredService<IAuditLog>().QueryAsync(Tenant, Monday.AddDays(-1), Monday.AddDays(1));
        Assert.Single(audit, e => e.Action == AuditActions.Porting.Create);
    }

    [Fact]
    public async Task CheckPortability_ReportsTheChannel_WithoutWriting()
    {
        var (services, porting, _) = Start(redis);
        await using var _s = services;

        var wizard = (await porting.CheckPortabilityAsync(Admin, Request())).Value;
        var manual = (await porting.CheckPortabilityAsync(Admin, Request(Numbers(1000)))).Value;
        var bad = (await porting.CheckPortabilityAsync(Admin, Request("+448451234567"))).Value;

        Assert.Equal((true, (Error?)null), (wizard.Wizard, wizard.Why));
        Assert.Equal((false, "port.manual.too_many_numbers"), (manual.Wizard, manual.Why!.Code));
        Assert.Equal("port.number_uk_non_geographic", Assert.Single(bad.Problems).Reason.Code);
        Assert.Empty((await porting.ListPortOrdersAsync(Admin)).Value);
    }
}
