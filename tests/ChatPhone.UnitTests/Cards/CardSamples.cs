using ChatPhone.Cards.AdaptiveCards;
using ChatPhone.Cards.Audit;
using ChatPhone.Cards.Availability;
using ChatPhone.Cards.Common;
using ChatPhone.Cards.Credits;
using ChatPhone.Cards.Directory;
using ChatPhone.Cards.Emergency;
using ChatPhone.Cards.Forms;
using ChatPhone.Cards.Helpdesk;
using ChatPhone.Cards.Actions;
using ChatPhone.Cards.Help;
using ChatPhone.Cards.Licensing;
using ChatPhone.Cards.Numbers;
using ChatPhone.Cards.ResourceAccounts;
using ChatPhone.Cards.Setup;
using ChatPhone.Cards.VoiceApps;
using ChatPhone.Core.Audit;
using ChatPhone.Core.Availability;
using ChatPhone.Core.Common;
using ChatPhone.Core.Credits;
using ChatPhone.Core.Directory;
using ChatPhone.Core.Directory.Import;
using ChatPhone.Core.Emergency;
using ChatPhone.Core.Licensing;
using ChatPhone.Core.Numbers;
using ChatPhone.Core.Numbers.Carrier;
using ChatPhone.Core.Numbers.Orders;
using ChatPhone.Core.Numbers.Porting;
using ChatPhone.Core.ResourceAccounts;
using ChatPhone.Core.Setup;
using ChatPhone.Core.Tenants;

namespace ChatPhone.UnitTests.Cards;

/// <summary>Realistic read models, and every card builder applied to them (large inputs included, to test the caps).</summary>
internal static partial class CardSamples
{
    public static readonly DateTimeOffset Now = new(2025, 3, 1, 17, 0, 0, TimeSpan.Zero);

    public static readonly IReadOnlyList<SetupStep> Steps =
    [
        new(SetupStepKind.Availability, StepStatus.Done, new Error("setup.availability.done", 42)),
        new(SetupStepKind.Licenses, StepStatus.Done, new Error("setup.licenses.done")),
        new(SetupStepKind.UserNumbers, StepStatus.Ready, new Error("setup.user_numbers.ready")),
        new(SetupStepKind.ServiceNumbers, StepStatus.Ready, new Error("setup.service_numbers.ready")),
        new(SetupStepKind.EmergencyAndAssignment, StepStatus.Blocked, new Error("setup.blocked_by", 3), SetupStepKind.UserNumbers),
        new(SetupStepKind.AudioConferencing, StepStatus.Ready, new Error("setup.conferencing.ready")),
        new(SetupStepKind.CallQueues, StepStatus.Blocked, new Error("setup.blocked_by", 4), SetupStepKind.ServiceNumbers),
        new(SetupStepKind.AutoAttendants, StepStatus.Blocked, new Error("setup.blocked_by", 4), SetupStepKind.ServiceNumbers),
        new(SetupStepKind.ServiceNumberAssignment, StepStatus.Blocked, new Error("setup.blocked_by", 4), SetupStepKind.ServiceNumbers),
        new(SetupStepKind.CommunicationsCredits, StepStatus.Ready, new Error("setup.credits.ready")),
    ];

    public static NumberOrder Order(int count = 5) => new(
        "ord-7f3a", "US", NumberType.UserSubscriber, count, new NumberPlace("WA", "Seattle"), "addr-1", OrderStatus.Reserved,
        OrderErrorCode.NoError,
        Enumerable.Range(0, count).Select(i => new OrderedNumber($"+1206555{i:0000}", "WA", "Seattle")).ToArray(),
        Now.AddMinutes(-5), "user-1", Now.AddMinutes(10));

    public static readonly AddressFields Draft = new("Contoso", "US", "1", null, null, "Microsoft", "Way", null, "Redmond", null, "WA", "98052", "47.6396", "-122.1284", "Building 92");

    public static AddressOutcome Address(ValidationStatus status)
    {
        var address = new CivicAddress(
            "addr-1", "Contoso", "US", "1", null, null, "Microsoft", "Way", null, "Redmond", null, "WA", "98052", "47.6396", "-122.1284",
            "Building 92", null, null, status, ["emergency.correction.street_suffix"], [new EmergencyLocation("loc-1", "Default", null, true)], Now);
        var corrections = new[] { AddressNote.Of("emergency.correction.street_suffix", "Avenue", "Ave"), AddressNote.Of("emergency.correction.state_abbreviated", "Washington", "WA") };
        return status == ValidationStatus.Validated
            ? new AddressOutcome(address, corrections, [], null)
            : new AddressOutcome(address, corrections, [AddressNote.Of("emergency.problem.postal_code_city_mismatch", "98101", "Redmond")], AddressNote.Of("emergency.next.send_validation_request"));
    }

    public static readonly LicenseChange Change = new("user-2", "Megan Bowen", [Sku.PhoneSystem, Sku.DomesticCallingPlan], [Sku.E3, Sku.PhoneSystem, Sku.DomesticCallingPlan]);

    public static BulkLicenseOutcome Bulk(int people) => new(Enumerable.Range(1, people)
        .Select(i => i % 7 == 0
            ? new BulkLicenseRow($"user-{i}", null, new Error("license.usage_location_missing", $"Person {i} With A Rather Long Display Name"))
            : new BulkLicenseRow($"user-{i}", Change with { UserId = $"user-{i}", DisplayName = $"Person {i}" }, null))
        .ToArray());

    public static readonly CountryAvailability UnitedStates = new(
        "US", "United States", "États-Unis", ["USA"],
        new PhoneSystemAvailability(true, true, true, true),
        new CallingPlansAvailability(true, 196, [new MinuteAllotment(Sku.DomesticCallingPlan, 3000, 0), new MinuteAllotment(Sku.InternationalCallingPlan, 3000, 600)], ["PR"]),
        new AudioConferencingAvailability(true, true, ["Seattle", "New York", "Chicago"]),
        new ServiceNumbersAvailability(true, true, Enumerable.Range(1, 60).Select(i => $"State {i}, City {i}").ToArray()),
        new CommunicationsCreditsAvailability(true));

    public static CreditsView Credits(int lots) => new(
        Now, 123.45m, 10m, true,
        Enumerable.Range(1, lots).Select(i => new LotView($"lot-{i}", 50m, i == 1 ? 0m : 25.5m, Now.AddMonths(-13 + i), Now.AddMonths(-1 + i), i == 1, i % 2 == 0 ? LotSource.AutoRecharge : LotSource.Purchase)).ToArray(),
        new AutoRecharge(20m, 100m), PaymentMethod.Card("4242", 2027, 8));

    public static IReadOnlyList<AuditEntry> Audit(int entries) => Enumerable.Range(1, entries)
        .Select(i => new AuditEntry($"a-{i}", Now.AddMinutes(-i), "user-1", "Megan Bowen", AuditActions.Numbers.Assign, "+12065550100",
            i % 2 == 0 ? null : """{"number":"+12065550100","assignment":null}""",
            """{"number":"+12065550100","assignment":{"target":"User","targetId":"user-2","category":"Primary"}}""" + new string(' ', i % 3 * 200),
            i % 5 == 0 ? AuditOutcome.Refused : AuditOutcome.Applied))
        .ToArray();

    public static readonly PlanSummary Plan = new(
        "flow-1",
        "Assign a number to Megan Bowen",
        [new("Number", "+12065550100"), new("Person", "Megan Bowen"), new("Emergency location", "1 Microsoft Way, Redmond, WA 98052, US")])
    { Warnings = ["Megan's current number +12065550199 will be unassigned."] };

    /// <summary>Every builder, with typical and with oversized data, in <paramref name="language"/>.</summary>
    public static IEnumerable<(string Name, AdaptiveCard Card)> All(Language language)
    {
        var tenant = TenantId.Parse("t1");
        var import = new ImportPlan("imp1", 3, 1, 4, [new RowProblem(5, new Error("directory.row.unknown_role", "owner"))]);
        yield return ("Help", HelpCard.Build(new Actor(tenant, "1", "Megan", Role.Admin), language));
        yield return ("HelpTop", HelpCard.BuildTop(new Actor(tenant, "1", "Megan", Role.Admin), language));
        yield return ("DidYouMean", DidYouMeanCard.Build("quels numéros *ne* sont pas attribués ?", ["ListNumbers", "ReportProblem", "Quotas"], language));
        yield return ("DidYouMeanLong", DidYouMeanCard.Build(new string('x', 2000), ["ListNumbers", "ReportProblem", "Quotas"], language));
        yield return ("Profile", ChatPhone.Cards.Tenants.ProfileCard.Build(new ChatPhone.Core.Tenants.TenantProfile("Contoso", "US", "USD"), "key-1", language));
        yield return ("ProfileAsk", ChatPhone.Cards.Tenants.ProfileCard.Build(null, "key-1", language, asking: true));
        yield return ("ImportPlan", ImportPlanCard.Build(import, language, "key-1"));
        yield return ("ImportResult", ImportResultCard.Build(new ImportOutcome(3, 1, 4), "Megan", language));
        yield return ("Checklist", ChecklistCard.Build(Steps, language));
        yield return ("Plan", PlanCard.Build(Plan, "key-1", language));
        yield return ("PlanMany", PlanCard.Build(Plan with { Changes = Enumerable.Range(1, 500).Select(i => new ChatPhone.Cards.AdaptiveCards.Fact($"Person {i}", new string('x', 120))).ToArray() }, "key-1", language));
        yield return ("Result", ResultCard.Build(new ResultSummary("Number assigned", Plan.Changes, "Tell Megan her new number."), language));
        yield return ("Error", ErrorCard.Build(new Error("license.none_available", "MCOEV", 10), language, "Buy more licenses."));
        yield return ("NumberSearchResults", NumberSearchResultsCard.Build(Order(), Now, "key-1", language));
        yield return ("NumberSearchResultsMany", NumberSearchResultsCard.Build(Order(1000), Now, "key-1", language));
        yield return ("NumberSearchExpired", NumberSearchResultsCard.Build(Order(), Now.AddHours(1), "key-1", language));
        yield return ("AddressFormEmpty", AddressFormCard.Build(null, "flow-1", "key-1", language));
        yield return ("PortOrderFormEmpty", PortOrderFormCard.Build(null, null, "flow-1", "key-1", language));
        yield return ("PortOrderFormFromFile", PortOrderFormCard.Build(null, null, "flow-1", "key-1", language, new PortFileNumbers("ports <b>*2026*</b>.csv", 1250, "+12065550150", "+12065551399")));
        yield return ("PortOrderFormProblems", PortOrderFormCard.Build(
            new Dictionary<string, string> { ["numbers"] = "+12065550100, +12065550101", ["portType"] = "Full", ["loaAccepted"] = "true", ["companyName"] = "Contoso" },
            Enumerable.Range(1, 100).Select(i => $"+1206555{i:0000}: already in your inventory.").ToArray(), "flow-1", "key-1", language));
        yield return ("AddressFormPrefilled", AddressFormCard.Build(Draft, "flow-1", "key-1", language));
        yield return ("AddressFormEdit", AddressFormCard.BuildEdit(Draft, "address-1", "flow-1", language));
        yield return ("PlaceList", PlaceListCard.Build(Places(3, 2), language));
        yield return ("PlaceListMany", PlaceListCard.Build(Places(200, 5), language));
        yield return ("AddressValidated", AddressResultCard.Build(Address(ValidationStatus.Validated), language));
        yield return ("AddressInvalid", AddressResultCard.Build(Address(ValidationStatus.Invalid), language));
        yield return ("LicenseResult", LicenseResultCard.Build(Change, language));
        yield return ("BulkLicenseResult", BulkLicenseResultCard.Build(Bulk(12), language));
        yield return ("BulkLicenseResultMany", BulkLicenseResultCard.Build(Bulk(5000), language));
        yield return ("Availability", AvailabilityCard.Build(UnitedStates, language));
        yield return ("Credits", CreditsCard.Build(Credits(3), language));
        yield return ("CreditsMany", CreditsCard.Build(Credits(400) with { PaymentMethod = PaymentMethod.EnterpriseAgreement("EA-123", "PO-9"), AutoRecharge = null }, language));
        yield return ("Audit", AuditCard.Build(Audit(6), language));
        yield return ("AuditMany", AuditCard.Build(Audit(1000), language));
        yield return ("AuditEmpty", AuditCard.Build([], language));
        yield return ("FormLicenses", StepForms.Licenses(People(StepFormsPeople), language));
        yield return ("FormUserNumbers", StepForms.NumberSearch(service: false, "US", language));
        yield return ("FormServiceNumbers", StepForms.NumberSearch(service: true, "FR", language));
        yield return ("FormAssignNumber", StepForms.AssignNumber(Numbers(100), People(StepFormsPeople), language));
        yield return ("FormConferencing", StepForms.Conferencing([new("France", "FR"), new("United States", "US")], "US", language));
        yield return ("FormCallQueue", StepForms.CallQueue(People(StepFormsPeople), language));
        yield return ("FormAutoAttendant", StepForms.AutoAttendant(language));
        yield return ("FormServiceNumberAssignment", StepForms.ServiceNumberAssignment(Numbers(100), People(StepFormsPeople), language));
        yield return ("FormServiceNumberAssignmentNoNumbers", StepForms.ServiceNumberAssignment([], [], language));
        yield return ("FormCredits", StepForms.Credits(language));
        yield return ("TicketOpen", TicketCard.Build(Ticket(causes: 4, history: 1, canClaim: true), Keys(), language));
        yield return ("TicketClaimedWithProblems", TicketCard.Build(Ticket(causes: 12, history: 40, canClaim: false) with { DeliveryProblems = ["Alex could not be told: not reachable yet (403)."] }, Keys(), language));
        yield return ("TicketResolved", TicketCard.Build(Ticket(causes: 2, history: 5, canClaim: false) with { CanResolve = false, CanFix = false }, Keys(), language));
        yield return ("TriageNothingFound", TriageCard.Build("Alex Wilber can't call out", [], null, language));
        yield return ("TriageWithTicketButton", TriageCard.Build("Alex Wilber can't call out", Ticket(causes: 3, history: 0, canClaim: true).Causes, new OpenTicketPayload("alex", "CannotCallOut", "key-1"), language));
        yield return ("Subscriptions", SubscriptionsCard.Build([new Subscription(Sku.PhoneSystem, 25, 12), new Subscription(Sku.DomesticCallingPlan, 10, 10), new Subscription(Sku.ResourceAccount, 5, 1)], language));
        yield return ("SubscriptionsEmpty", SubscriptionsCard.Build([], language));
        yield return ("NumberOrders", NumberOrdersCard.Build(new NumberOrderList([Order(3)], [Request(1)]), language));
        yield return ("NumberOrdersMany", NumberOrdersCard.Build(new NumberOrderList(Enumerable.Range(0, 300).Select(_ => Order(2)).ToArray(), Enumerable.Range(0, 300).Select(Request).ToArray()), language));
        yield return ("NumberOrdersEmpty", NumberOrdersCard.Build(new NumberOrderList([], []), language));
        yield return ("PortOrders", PortOrdersCard.Build([PortOrder(1), PortOrder(2) with { Status = PortOrderStatus.TransferApproved, FocDate = Now.AddDays(10) }], language));
        yield return ("PortOrdersMany", PortOrdersCard.Build(Enumerable.Range(1, 500).Select(PortOrder).ToArray(), language));
        yield return ("PortOrdersEmpty", PortOrdersCard.Build([], language));
        yield return ("CallQueues", CallQueuesCard.Build([new CallQueueSummary("Sales", ChatPhone.Core.CallQueues.RoutingMethod.RoundRobin, ["Alex Wilber", "Sam Taylor"], ["+12065550100"]), new CallQueueSummary("Support", ChatPhone.Core.CallQueues.RoutingMethod.Attendant, [], [])], language));
        yield return ("CallQueuesMany", CallQueuesCard.Build(Enumerable.Range(1, 200).Select(i => new CallQueueSummary($"Queue {i} of Contoso Pharmaceuticals", ChatPhone.Core.CallQueues.RoutingMethod.LongestIdle,
            Enumerable.Range(1, 20).Select(a => $"Agent number {a} of Contoso Pharmaceuticals").ToArray(), ["+12065550100", "+18005550100"])).ToArray(), language));
        yield return ("CallQueuesEmpty", CallQueuesCard.Build([], language));
        yield return ("FormLicensesBuyResourceAccount", StepForms.Licenses(People(3), language, Sku.ResourceAccount));
        yield return ("ResourceAccounts", ResourceAccountCards.List([Account(1, licensed: true, "Sales"), Account(2, licensed: false, null)], ShowButton, language));
        yield return ("ResourceAccountsMany", ResourceAccountCards.List(Enumerable.Range(1, 400).Select(i => Account(i, i % 2 == 0, $"Queue {i} of Contoso Pharmaceuticals")).ToArray(), ShowButton, language));
        yield return ("ResourceAccountDetail", ResourceAccountCards.Detail(Account(1, licensed: false, null), [ShowButton(Account(1, false, null).Account), ShowButton(Account(2, false, null).Account)], language));
        yield return ("ResourceAccountDetailReadOnly", ResourceAccountCards.Detail(Account(3, licensed: true, "Support"), [], language));
        yield return ("ResourceAccountEdit", ResourceAccountCards.Edit(Account(1, licensed: true, null).Account, language));
        foreach (var sample in LicenseSamples(language))
        {
            yield return sample;
        }

        foreach (var sample in AutoAttendantSamples(language))
        {
            yield return sample;
        }

        foreach (var sample in BulkNumbersSamples(language))
        {
            yield return sample;
        }

        foreach (var sample in NumberObjectSamples(language))
        {
            yield return sample;
        }

        foreach (var sample in CallPathSamples(language))
        {
            yield return sample;
        }

        foreach (var sample in ServiceSamples(language))
        {
            yield return sample;
        }

        foreach (var sample in CallFlowDiagramSamples(language))
        {
            yield return sample;
        }

        foreach (var sample in CallQueueSamples(language))
        {
            yield return sample;
        }

        yield return ("CallQueuesManyWithShow", CallQueuesCard.Build(Enumerable.Range(1, 200).Select(i => new CallQueueSummary($"Queue {i} of Contoso Pharmaceuticals", ChatPhone.Core.CallQueues.RoutingMethod.LongestIdle,
            Enumerable.Range(1, 20).Select(a => $"Agent number {a} of Contoso Pharmaceuticals").ToArray(), ["+12065550100", "+18005550100"])
        {
            Show = ShowQueueButton(),
        }).ToArray(), language));
        yield return ("CallQueueEditForm", CallQueueEditForm.Build(EditedQueue(), Enumerable.Range(1, 300).Select(i => (Guid.NewGuid().ToString("D"), $"Person number {i} of Contoso Pharmaceuticals")).ToArray(), language));
        yield return ("CallQueueDetail", DetailCard.Build(new DetailSummary("Call queue “Sales”",
            Enumerable.Range(1, 24).Select(i => new Fact($"Setting {i}", new string('x', 200))).ToArray(),
            [ShowQueueButton(), ShowQueueButton()]) { Notes = ["Nobody can call “Sales” yet: it has no resource account with a phone number."] }, language));
    }

    // A resource account with a long name, linked (with a number) or not.
    private static ResourceAccountView Account(int i, bool licensed, string? serves) => new(
        new ResourceAccount($"ra-{i:0000}", $"cq-queue-{i}@contoso-pharmaceuticals.example", $"Resource account number {i} of Contoso Pharmaceuticals <b>*bold*</b>",
            ResourceAccountKind.CallQueue, licensed ? Sku.ResourceAccount : null, serves is null ? null : $"+1206555{i:0000}",
            serves is null ? null : $"queue-{i}", 3, Now),
        serves);

    private static CardAction ShowButton(ResourceAccount account) =>
        new("Show", ObjectActionPayload.Verb, CardPayloads.Write(new ObjectActionPayload("ShowObject", "ResourceAccount", account.Id)));

    private static CardAction ShowQueueButton() =>
        new("Show", ObjectActionPayload.Verb, CardPayloads.Write(new ObjectActionPayload("ShowObject", "CallQueue", Guid.NewGuid().ToString("D"))));

    private static ChatPhone.Core.CallQueues.CallQueue EditedQueue() =>
        new(Guid.NewGuid().ToString("D"), new ChatPhone.Core.CallQueues.CallQueueSettings
        {
            Name = new string('S', 64),
            Users = Enumerable.Range(1, 20).Select(_ => Guid.NewGuid().ToString("D")).ToArray(),
        }, Now, Now);

    // Addresses with their locations as the location list shows them: a heading per address, a Show button per row.
    private static PlaceList Places(int addresses, int locations) => new(
        "Emergency locations",
        Enumerable.Range(1, addresses).SelectMany(a => Enumerable.Range(1, locations).Select(l => new PlaceRow(
            $"Floor {l} of building {a} of Contoso Pharmaceuticals",
            $"{l} number(s) use it",
            [new ChatPhone.Cards.AdaptiveCards.CardAction("Show", ObjectActionPayload.Verb, CardPayloads.Write(new ObjectActionPayload("ShowObject", "EmergencyLocation", $"location-{a}-{l}")))],
            $"Contoso Pharmaceuticals {a} — {a} Microsoft Way, Redmond, WA 98052, US"))).ToArray());

    private static NumberRequest Request(int i) =>
        new($"req-{i}", "FR", NumberType.UserSubscriber, 10, "For the Lyon office", NumberRequestForms.Version, "New user numbers request form (France)", NumberRequestStatus.Submitted, Now.AddDays(-i), "user-1");

    private static PortOrder PortOrder(int i) => new(
        $"port-{i:0000}", PortOrderStatus.Processing,
        new PortDetails("123456789", "+12065550199", "1234", "Contoso", "Megan Bowen", "1 Microsoft Way", "Redmond", "WA", "98052",
            PortType.Partial, DateOnly.FromDateTime(Now.UtcDateTime).AddDays(14), new TimeOnly(9, 0), "Megan Bowen", "AT&T", []),
        Enumerable.Range(0, 50).Select(n => $"+1206555{n:0000}").ToArray(), PortNumberKind.Local, null, Now.AddDays(-i), null, null, []);

    // The most a step form lists (StepFormSender.MaxOptions), with long names, to test the 28 KB ceiling.
    private const int StepFormsPeople = 100;

    private static StepForms.Option[] People(int count) =>
        Enumerable.Range(1, count).Select(i => new StepForms.Option($"Person number {i} of Contoso Pharmaceuticals (person.number.{i}@contoso-pharmaceuticals.example)", $"person.number.{i}@contoso-pharmaceuticals.example")).ToArray();

    private static StepForms.Option[] Numbers(int count) =>
        Enumerable.Range(0, count).Select(i => new StepForms.Option($"+1206555{i:0000} ((206) 555-{i:0000})", $"+1206555{i:0000}")).ToArray();

    private static Func<string> Keys()
    {
        var next = 0;
        return () => $"key-{++next}";
    }

    private static TicketView Ticket(int causes, int history, bool canClaim) => new(
        "T-1A2B3C",
        "Alex Wilber can't call out",
        [new("Requested by", "Alex Wilber"), new("Status", canClaim ? "Open" : "Claimed by Priya Patel"), new("Opened", "2025-03-01 17:00")],
        Enumerable.Range(1, causes).Select(i => new CauseView(
            $"triage.cause_{i}", $"Cause {i}: Alex has no Teams Phone Standard license, so Teams cannot place calls.",
            "An admin can assign one now: licenses are free.", i % 2 == 1, i % 3 == 0 ? null : "Assign Teams Phone Standard", i == 2)).ToArray(),
        Enumerable.Range(1, history).Select(i => $"2025-03-01 17:{i % 60:00} — change {i} by Priya Patel").ToArray(),
        [],
        canClaim,
        CanResolve: true,
        Enumerable.Range(1, StepFormsPeople).Select(i => new ChatPhone.Cards.AdaptiveCards.Choice($"Helper {i} (helper.{i}@contoso.com)", $"00000000-0000-4000-8000-{i:000000000000}")).ToArray(),
        CanFix: true);
}
