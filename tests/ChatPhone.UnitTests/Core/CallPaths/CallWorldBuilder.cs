using ChatPhone.Core.AutoAttendants;
using ChatPhone.Core.CallPaths;
using ChatPhone.Core.CallQueues;
using ChatPhone.Core.Common;
using ChatPhone.Core.Directory;
using ChatPhone.Core.Licensing;
using ChatPhone.Core.Numbers;
using ChatPhone.Core.ResourceAccounts;
using ChatPhone.Core.VoiceApps;

namespace ChatPhone.UnitTests.Core.CallPaths;

/// <summary>
/// A small tenant for call paths, in memory: Contoso's main line (+33 1 80 00 00 00) answered by an attendant open
/// Monday–Friday 9:00–18:00 in Paris time, whose menu sends 1 to Sales, 2 to Support and 0 to the operator; after
/// hours to Megan's voicemail; closed on Christmas. Each test bends one part of it.
/// </summary>
internal sealed class CallWorldBuilder
{
    public const string MainNumber = "+33180000000";
    public const string Megan = "id-megan";
    public const string Alex = "id-alex";
    public const string Ines = "id-ines";
    public const string Sam = "id-sam";

    private static readonly DateTimeOffset Created = new(2026, 1, 1, 0, 0, 0, TimeSpan.Zero);

    public Dictionary<string, ResourceAccount> Accounts { get; } = [];

    public Dictionary<string, CallQueue> Queues { get; } = [];

    public Dictionary<string, AutoAttendant> Attendants { get; } = [];

    public Dictionary<string, PhoneNumber> Numbers { get; } = [];

    public Dictionary<string, Person> People { get; } = new()
    {
        [Megan] = new Person(Megan, "megan@contoso.com", "Megan Bowen", "FR", "IT", Role.Admin),
        [Alex] = new Person(Alex, "alex@contoso.com", "Alex Wilber", "FR", "Sales", Role.User),
        [Ines] = new Person(Ines, "ines@contoso.com", "Inès Dupont", "FR", "Support", Role.User),
        [Sam] = new Person(Sam, "sam@contoso.com", "Sam Taylor", "FR", "Support", Role.User),
    };

    public Dictionary<string, UserLicenses> Licenses { get; } = new()
    {
        [Megan] = new UserLicenses(Megan, "FR", [Sku.PhoneSystem]),
        [Alex] = new UserLicenses(Alex, "FR", [Sku.PhoneSystem]),
        [Ines] = new UserLicenses(Ines, "FR", [Sku.E5]),
        [Sam] = new UserLicenses(Sam, "FR", []),
    };

    public static CallWorldBuilder Contoso()
    {
        var world = new CallWorldBuilder();
        world.Queue("cq-sales", new CallQueueSettings { Name = "Sales", Users = [Alex], Greeting = Prompt.Text("Sales, please hold.") });
        world.Queue("cq-support", new CallQueueSettings
        {
            Name = "Support",
            Users = [Ines],
            OverflowThreshold = 10,
            Overflow = new QueueAction<OverflowActionKind>(OverflowActionKind.Voicemail, Megan),
            TimeoutThreshold = 300,
            Timeout = new QueueAction<TimeoutActionKind>(TimeoutActionKind.Forward, "tel:+33600000000"),
        });
        world.Account("ra-sales", ResourceAccountKind.CallQueue, associatedWith: "cq-sales");
        world.Account("ra-support", ResourceAccountKind.CallQueue, associatedWith: "cq-support");
        world.Attendant("aa-main", new AutoAttendantSettings
        {
            Name = "Main line",
            LanguageId = "fr-FR",
            TimeZoneId = "Romance Standard Time",
            Operator = new CallableEntity(CallableEntityType.User, Megan),
            Hours = new BusinessHours([.. new[] { DayOfWeek.Monday, DayOfWeek.Tuesday, DayOfWeek.Wednesday, DayOfWeek.Thursday, DayOfWeek.Friday }
                .Select(d => new DayHours(d, [new TimeRange(TimeSpan.FromHours(9), TimeSpan.FromHours(18))]))]),
            DefaultFlow = new CallFlow("Business hours", Prompt.Text("Welcome to Contoso."), new Menu("Business hours", Prompt.Text("Press 1 for Sales, 2 for Support, 0 for the operator."),
            [
                new MenuOption(DtmfTone.Tone1, MenuAction.TransferCallToTarget, Target: new CallableEntity(CallableEntityType.ApplicationEndpoint, "ra-sales")),
                new MenuOption(DtmfTone.Tone2, MenuAction.TransferCallToTarget, Target: new CallableEntity(CallableEntityType.ApplicationEndpoint, "ra-support")),
                new MenuOption(DtmfTone.Tone0, MenuAction.TransferCallToOperator),
            ])),
            AfterHoursFlow = new CallFlow("After hours", Prompt.Text("We are closed."), new Menu("After hours", null,
                [new MenuOption(DtmfTone.Automatic, MenuAction.TransferCallToTarget, Target: new CallableEntity(CallableEntityType.SharedVoicemail, "group-reception"))])),
            Holidays = [new Holiday("Christmas", [new DateTimeRange(new DateTime(2026, 12, 25))], HolidayAction.Disconnect, Prompt.Text("Merry Christmas, we are closed."))],
        });
        world.Account("ra-main", ResourceAccountKind.AutoAttendant, number: MainNumber, associatedWith: "aa-main");
        world.Number(MainNumber, new NumberAssignment(AssignmentTarget.ResourceAccount, "ra-main", AssignmentCategory.Primary, Created));
        return world;
    }

    public void Queue(string id, CallQueueSettings settings) => Queues[id] = new CallQueue(id, settings, Created, Created);

    public void Attendant(string id, AutoAttendantSettings settings) => Attendants[id] = new AutoAttendant(id, settings, Created, Created);

    public void Account(string id, ResourceAccountKind kind, Sku? license = Sku.ResourceAccount, string? number = null, string? associatedWith = null) =>
        Accounts[id] = new ResourceAccount(id, id + "@contoso.com", id, kind, license, number, associatedWith, 3, Created);

    public void Number(string number, NumberAssignment? assignment) =>
        Numbers[number] = new PhoneNumber(number, "FR", null, "Paris", NumberType.AutoAttendantToll, NumberSource.Acquired, Created, assignment);

    public CallWorld Build() => new(Accounts, Queues, Attendants, People, Licenses, Numbers);

    public SimulatedCall Call(string entry, DateTime local, params string[] keys)
    {
        var world = Build();
        var map = entry.StartsWith('+') ? CallMapBuilder.ForNumber(world, entry) : CallMapBuilder.ForApp(world, entry);
        return CallWalk.Run(map, world, new CallTime(null, local), keys);
    }
}
