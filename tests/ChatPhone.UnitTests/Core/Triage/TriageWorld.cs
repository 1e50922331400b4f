using ChatPhone.Core.Availability;
using ChatPhone.Core.CallQueues;
using ChatPhone.Core.Conferencing;
using ChatPhone.Core.Credits;
using ChatPhone.Core.Directory;
using ChatPhone.Core.Emergency;
using ChatPhone.Core.Licensing;
using ChatPhone.Core.Numbers;
using ChatPhone.Core.Numbers.Porting;
using ChatPhone.Core.ResourceAccounts;
using ChatPhone.Core.Triage;

namespace ChatPhone.UnitTests.Core.Triage;

/// <summary>
/// Facts of a person whose phone works in every way triage checks (Alex, in the US): licensed, a number with a
/// validated emergency address, minutes left, credits, dial-in meetings, an agent of a working call queue.
/// Each test breaks one thing.
/// </summary>
internal static class TriageWorld
{
    public static readonly DateTimeOffset Now = new(2026, 3, 10, 10, 0, 0, TimeSpan.Zero);

    public const string Alex = "alex-id";
    public const string AlexNumber = "+12065550100";
    public const string FreeNumber = "+12065550101";
    public const string BridgeNumber = "+12065550150";
    public const string QueueNumber = "+12065550160";
    public const string TollFree = "+18005550100";
    public const string PortingNumber = "+12065550199";
    public const string Location = "hq-loc";

    public static readonly CivicAddress Hq = new(
        "hq", "Contoso", "US", "1", null, null, "Microsoft Way", null, null, "Redmond", null, "WA", "98052",
        "47.64", "-122.13", null, null, null, ValidationStatus.Validated, [], [new EmergencyLocation(Location, "Main", null, true)], Now.AddDays(-60));

    public static readonly CallQueue Sales = new("q-sales", new CallQueueSettings { Name = "Sales", Users = [Alex] }, Now.AddDays(-20), Now.AddDays(-20));

    public static readonly ResourceAccount SalesAccount = new(
        "ra-sales", "sales@contoso.com", "Sales", ResourceAccountKind.CallQueue, Sku.ResourceAccount, QueueNumber, "q-sales", 3, Now.AddDays(-20));

    public static TriageFacts Healthy() => new()
    {
        Key = Alex,
        Person = new Person(Alex, "alex@contoso.com", "Alex Wilber", "US", "Sales", Role.User),
        Country = Country("US"),
        Licenses = new UserLicenses(Alex, "US", [Sku.PhoneSystem, Sku.DomesticCallingPlan, Sku.AudioConferencing]),
        Subscriptions = Subscriptions((Sku.PhoneSystem, 10, 5), (Sku.DomesticCallingPlan, 10, 5), (Sku.AudioConferencing, 5, 1), (Sku.CommunicationsCredits, 5, 0)),
        Lines = [new UserLine(AlexNumber, AssignmentCategory.Primary)],
        Numbers = Inventory(
            UserNumber(AlexNumber, Alex, Now.AddDays(-3)),
            UserNumber(FreeNumber, holder: null, assignedAt: null),
            new PhoneNumber(BridgeNumber, "US", "WA", "Seattle", NumberType.ConferenceToll, NumberSource.Acquired, Now.AddDays(-40),
                new NumberAssignment(AssignmentTarget.ConferenceBridge, "bridge-1", AssignmentCategory.Primary, Now.AddDays(-40))),
            new PhoneNumber(QueueNumber, "US", "WA", "Seattle", NumberType.CallQueueToll, NumberSource.Acquired, Now.AddDays(-40),
                new NumberAssignment(AssignmentTarget.ResourceAccount, SalesAccount.Id, AssignmentCategory.Primary, Now.AddDays(-20)))),
        Addresses = [Hq],
        Credits = CreditsAccount.Empty.Fund(100m, Now.AddDays(-10), LotSource.Purchase),
        Pool = new MinutePool("US", ["US", "PR"], "2026-03", 1200, 15000, new DateTimeOffset(2026, 4, 1, 0, 0, 0, TimeSpan.Zero)),
        Bridge = new ConferenceBridge("bridge-1", ConferenceBridge.DefaultName, "US",
            [new ChatPhone.Core.Conferencing.BridgeNumber(BridgeNumber, NumberType.ConferenceToll, false, "Seattle")], BridgeNumber, Now.AddDays(-40)),
        Organizer = new OrganizerSettings(Alex, ConferencingProvider.Microsoft, BridgeNumber, null, true, false, Now.AddDays(-30)),
        CallQueues = [Sales],
        ResourceAccounts = [SalesAccount],
    };

    public static CountryAvailability Country(string iso) => AvailabilityCatalog.Default.Get(iso).Value;

    public static PhoneNumber UserNumber(string number, string? holder, DateTimeOffset? assignedAt, string? locationId = Location, string country = "US") =>
        new(number, country, null, "Seattle", NumberType.UserSubscriber, NumberSource.Acquired, Now.AddDays(-50),
            holder is null ? null : new NumberAssignment(AssignmentTarget.User, holder, AssignmentCategory.Primary, assignedAt!.Value), locationId);

    public static IReadOnlyDictionary<string, PhoneNumber> Inventory(params PhoneNumber[] numbers) =>
        numbers.ToDictionary(n => n.Number, StringComparer.Ordinal);

    public static IReadOnlyDictionary<string, PhoneNumber> With(this IReadOnlyDictionary<string, PhoneNumber> numbers, params PhoneNumber[] changed) =>
        Inventory([.. numbers.Values.Where(n => !changed.Any(c => c.Number == n.Number)), .. changed]);

    public static IReadOnlyDictionary<string, PhoneNumber> Without(this IReadOnlyDictionary<string, PhoneNumber> numbers, params string[] removed) =>
        Inventory([.. numbers.Values.Where(n => !removed.Contains(n.Number))]);

    public static IReadOnlyDictionary<Sku, Subscription> Subscriptions(params (Sku Sku, int Purchased, int Consumed)[] rows) =>
        rows.ToDictionary(r => r.Sku, r => new Subscription(r.Sku, r.Purchased, r.Consumed));

    public static TriageFacts WithSubscription(this TriageFacts facts, Sku sku, int purchased, int consumed) =>
        facts with { Subscriptions = new Dictionary<Sku, Subscription>(facts.Subscriptions) { [sku] = new Subscription(sku, purchased, consumed) } };

    public static TriageFacts WithLicenses(this TriageFacts facts, params Sku[] skus) =>
        facts with { Licenses = skus.Length == 0 ? null : new UserLicenses(Alex, "US", skus) };

    /// <summary>Alex without a number: no line, and their number back in the inventory, unassigned.</summary>
    public static TriageFacts WithoutNumber(this TriageFacts facts) =>
        facts with { Lines = [], Numbers = facts.Numbers.With(UserNumber(AlexNumber, holder: null, assignedAt: null)) };

    /// <summary>Alex without a number, and no free user number either.</summary>
    public static TriageFacts NoneFree(this TriageFacts facts) =>
        facts with { Lines = [], Numbers = facts.Numbers.Without(FreeNumber, AlexNumber) };

    public static PortOrder PortOrder(string id, PortOrderStatus status, DateTimeOffset? foc = null, params string[] numbers) =>
        new(id, status,
            new PortDetails("ACC-1", "+12065550198", null, "Contoso", "Megan", "1 Main St", "Seattle", "WA", "98101", PortType.Partial,
                new DateOnly(2026, 3, 20), new TimeOnly(9, 0), "Megan", "Old Telco", []),
            numbers.Length == 0 ? [PortingNumber] : numbers, PortNumberKind.Local, null, Now.AddDays(-5), foc, null, []);
}
