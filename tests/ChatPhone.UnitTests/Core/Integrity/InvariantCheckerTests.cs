using ChatPhone.Core.Conferencing;
using ChatPhone.Core.Emergency;
using ChatPhone.Core.Licensing;
using ChatPhone.Core.Numbers;
using ChatPhone.Core.Numbers.Carrier;
using ChatPhone.Core.Numbers.Orders;
using ChatPhone.Core.ResourceAccounts;
using ChatPhone.Core.Setup;

namespace ChatPhone.UnitTests.Core.Integrity;

public sealed class InvariantCheckerTests
{
    private static readonly DateTimeOffset At = new(2026, 11, 26, 9, 0, 0, TimeSpan.Zero);
    private const string Seattle = "+12065550100";

    private static readonly CivicAddress Validated = new(
        "addr-1", "Contoso", "US", "1", null, null, "Microsoft Way", null, null, "Redmond", null, "WA", "98052",
        "47.64", "-122.13", null, null, null, ValidationStatus.Validated, [], [new EmergencyLocation("loc-1", "Main", null, true)], At);

    [Fact]
    public void Check_AConsistentTenant_ReportsNothing()
    {
        var violations = Consistent().Check();

        Assert.Empty(violations);
    }

    [Fact]
    public void Check_TwoPrimaryNumbers_IsReported()
    {
        var violations = Consistent()
            .Number(UserNumber("+12065550101", "id-alex", AssignmentCategory.Primary))
            .Lines("id-alex", new UserLine(Seattle, AssignmentCategory.Primary), new UserLine("+12065550101", AssignmentCategory.Primary))
            .Check();

        Assert.Contains(violations, v => v.Rule == "number.one_primary_per_user");
    }

    [Fact]
    public void Check_ANumberTheUserDoesNotList_IsReported()
    {
        var violations = Consistent().Lines("id-alex").Check();

        Assert.Contains(violations, v => v.Rule == "number.user_lines_agree" && v.Subject == $"numbers:{Seattle}");
    }

    [Fact]
    public void Check_AServiceNumberOnAUser_IsReported()
    {
        var violations = Consistent().Number(UserNumber(Seattle, "id-alex", AssignmentCategory.Primary) with { Type = NumberType.CallQueueToll }).Check();

        Assert.Contains(violations, v => v.Rule == "number.service_never_on_user");
    }

    [Fact]
    public void Check_AUsUserNumberWithoutAValidatedAddress_IsReported()
    {
        var violations = Consistent().Address(Validated with { Status = ValidationStatus.NotValidated }).Check();

        Assert.Contains(violations, v => v.Rule == "number.us_user_needs_validated_address");
    }

    [Fact]
    public void Check_ConsumedUnitsThatDisagreeWithAssignments_AreReported()
    {
        var violations = Consistent().Subscription(Sku.PhoneSystem, 5, 2).Check();

        Assert.Contains(violations, v => v.Rule == "license.consumed_matches_assigned" && v.Subject == "subscriptions:PhoneSystem");
    }

    [Fact]
    public void Check_AResourceAccountNumberNotAssignedToIt_IsReported()
    {
        var account = new ResourceAccount("ra-1", "cq@contoso.com", "Sales", ResourceAccountKind.CallQueue, Sku.ResourceAccount, "+12065550199", null, 3, At);

        var violations = Consistent().Subscription(Sku.ResourceAccount, 1, 1).Account(account).Check();

        Assert.Contains(violations, v => v.Rule == "number.resource_account_agrees");
    }

    [Fact]
    public void Check_ATollFreeBridgeDefault_AndAnUnlicensedOrganizer_AreReported()
    {
        const string TollFree = "+18005550100";
        var bridge = new ConferenceBridge("bridge", "Conference Bridge", "US",
            [new BridgeNumber(TollFree, NumberType.ConferenceTollFree, Shared: false, City: null)], TollFree, At);
        var organizer = new OrganizerSettings("id-alex", ConferencingProvider.Microsoft, TollFree, null, true, false, At);

        var violations = Consistent()
            .Number(new PhoneNumber(TollFree, "US", null, "Toll Free", NumberType.ConferenceTollFree, NumberSource.Acquired, At,
                new NumberAssignment(AssignmentTarget.ConferenceBridge, "bridge", AssignmentCategory.Primary, At)))
            .Put(ConferencingCollections.Bridge, ConferenceBridge.DocumentId, bridge)
            .Put(ConferencingCollections.Organizers, "id-alex", organizer)
            .Check();

        Assert.Equal(["conferencing.default_is_toll_on_bridge", "conferencing.organizer_licensed"], violations.Select(v => v.Rule).Order());
    }

    [Fact]
    public void Check_AnAccountAssociatedWithSomethingThatIsNotOfItsKind_IsReported()
    {
        var account = new ResourceAccount("ra-1", "aa@contoso.com", "Main", ResourceAccountKind.AutoAttendant, Sku.ResourceAccount, null, "cq-missing", 3, At);

        var violations = Consistent().Subscription(Sku.ResourceAccount, 1, 1).Account(account).Check();

        Assert.Equal("voiceapp.association_matches_kind", Assert.Single(violations).Rule);
    }

    [Fact]
    public void Check_AReservationLeftBehindByACompletedOrder_IsReported()
    {
        const string Reserved = "+12065550142";
        var order = new NumberOrder("o-1", "US", NumberType.UserSubscriber, 1, new NumberPlace("WA", "Seattle"), null, OrderStatus.Completed,
            OrderErrorCode.NoError, [new OrderedNumber(Reserved, "WA", "Seattle")], At, "admin-1", At.AddMinutes(10), At, [Reserved]);

        var violations = Consistent()
            .Put(OrderCollections.Orders, order.Id, order)
            .Put(OrderCollections.Reservations, Reserved, new NumberReservation(order.Id, NumberType.UserSubscriber, At.AddMinutes(10)))
            .Check();

        Assert.Equal(["number.acquired_in_inventory", "number.reservation_matches_order"], violations.Select(v => v.Rule).Order());
    }

    [Fact]
    public void Check_AUsageIndexThatAgreesWithTheInventory_OrIsNotBuiltYet_ReportsNothing()
    {
        var ported = UserNumber("+12065550101", "id-nobody", AssignmentCategory.Primary) with { Assignment = null, Source = NumberSource.Ported };
        var tollFree = UserNumber("+18005550100", "id-nobody", AssignmentCategory.Primary) with { Assignment = null, Type = NumberType.CallQueueTollFree };

        Assert.Empty(Consistent().Number(ported).Number(tollFree).Usage(user: 1, toll: 0, tollFree: 1).Check());
        Assert.Empty(Consistent().Number(ported).Number(tollFree).Check());
    }

    [Theory]
    [InlineData(2, 0, 0, "number-usage:User")] // one more than the inventory holds
    [InlineData(1, 1, 0, "number-usage:Toll")]
    [InlineData(0, 0, 0, "number-usage:User")] // the Acquired number not counted
    public void Check_AUsageCountThatDisagreesWithTheInventory_IsReported(int user, int toll, int tollFree, string subject)
    {
        var violations = Consistent().Usage(user, toll, tollFree).Check();

        var violation = Assert.Single(violations);
        Assert.Equal(("number.usage_matches_inventory", subject), (violation.Rule, violation.Subject));
    }

    [Fact]
    public void Check_AUsageIndexMissingAKind_IsReported()
    {
        var violations = Consistent().Put(NumberCollections.Usage, "User", new NumberUsage(1)).Check();

        Assert.Equal(["number-usage:Toll", "number-usage:TollFree"], violations.Where(v => v.Rule == "number.usage_matches_inventory").Select(v => v.Subject));
    }

    [Fact]
    public void Check_AStockCursorPastANumberTheTenantDoesNotHold_IsReported_AndOneWithinItsNumbersIsNot()
    {
        var place = CarrierCatalog.In("US").First(p => !p.IsTollFree);
        var first = NumberGenerator.Sequence(place).Take(3).ToArray();
        var state = Consistent();
        foreach (var number in first.Take(2))
        {
            state.Number(new PhoneNumber(number, "US", place.Subdivision, place.City, NumberType.UserSubscriber, NumberSource.Ported, At));
        }

        var within = state.Put(OrderCollections.StockCursors, place.Key, new StockCursor(2)).Check();
        var past = state.Put(OrderCollections.StockCursors, place.Key, new StockCursor(3)).Check();

        Assert.DoesNotContain(within, v => v.Rule == "number.stock_cursor_held");
        var violation = Assert.Single(past, v => v.Rule == "number.stock_cursor_held");
        Assert.Equal("stock-cursors:" + place.Key, violation.Subject);
        Assert.Contains(first[2], violation.Detail, StringComparison.Ordinal);
    }

    [Fact]
    public void Check_SetupTalliesThatAgreeWithTheDocuments_OrAreNotBuiltYet_ReportNothing()
    {
        var state = Consistent().Person("id-alex", "US").Person("id-ines", "FR");

        Assert.Empty(state.Tallies(Counted).Check());
        Assert.Empty(Consistent().Person("id-alex", "US").Person("id-ines", "FR").Check());
    }

    [Theory]
    [InlineData("readyToCall")]
    [InlineData("userNumbersAssigned")]
    [InlineData("serviceNumbers")]
    [InlineData("organizers")]
    [InlineData("people in FR")]
    [InlineData("people in DE")]
    public void Check_ASetupTallyThatDisagreesWithTheDocuments_IsReported(string wrong)
    {
        var tallies = wrong switch
        {
            "readyToCall" => Counted with { ReadyToCall = 0 },
            "userNumbersAssigned" => Counted with { UserNumbersAssigned = 2 },
            "serviceNumbers" => Counted with { ServiceNumbers = 1 },
            "organizers" => Counted with { Organizers = 1 },
            "people in FR" => Counted with { PeopleByLocation = new() { ["US"] = 1 } },
            _ => Counted with { PeopleByLocation = new() { ["US"] = 1, ["FR"] = 1, ["DE"] = 3 } },
        };

        var violations = Consistent().Person("id-alex", "US").Person("id-ines", "FR").Tallies(tallies).Check();

        var violation = Assert.Single(violations);
        Assert.Equal(("setup.tallies_match_documents", "setup-tallies:tenant"), (violation.Rule, violation.Subject));
        Assert.StartsWith(wrong + " counts", violation.Detail, StringComparison.Ordinal);
    }

    // What Consistent() with Alex in the US and Inès in France holds: one person ready to call, one user number, assigned.
    private static SetupTallies Counted => new(new Dictionary<string, int> { ["US"] = 1, ["FR"] = 1 }, 1, 1, 1, 0, 0, 0);

    private static StateBuilder Consistent() => new StateBuilder()
        .Address(Validated)
        .Subscription(Sku.PhoneSystem, 5, 1)
        .Subscription(Sku.DomesticCallingPlan, 5, 1)
        .Licensed("id-alex", Sku.PhoneSystem, Sku.DomesticCallingPlan)
        .Number(UserNumber(Seattle, "id-alex", AssignmentCategory.Primary))
        .Lines("id-alex", new UserLine(Seattle, AssignmentCategory.Primary));

    private static PhoneNumber UserNumber(string number, string userId, AssignmentCategory category) =>
        new(number, "US", "WA", "Seattle", NumberType.UserSubscriber, NumberSource.Acquired, At,
            new NumberAssignment(AssignmentTarget.User, userId, category, At), "loc-1");
}
