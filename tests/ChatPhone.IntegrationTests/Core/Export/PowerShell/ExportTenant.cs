using ChatPhone.Core;
using ChatPhone.Core.AudioFiles;
using ChatPhone.Core.AutoAttendants;
using ChatPhone.Core.CallQueues;
using ChatPhone.Core.Common;
using ChatPhone.Core.Conferencing;
using ChatPhone.Core.Credits;
using ChatPhone.Core.Directory;
using ChatPhone.Core.Emergency;
using ChatPhone.Core.Licensing;
using ChatPhone.Core.Numbers;
using ChatPhone.Core.Numbers.Assignment;
using ChatPhone.Core.Numbers.Carrier;
using ChatPhone.Core.Numbers.Orders;
using ChatPhone.Core.ResourceAccounts;
using ChatPhone.Core.Tenants;
using ChatPhone.Core.VoiceApps;
using ChatPhone.IntegrationTests.Infrastructure;
using ChatPhone.Tests.Shared;
using Microsoft.Extensions.DependencyInjection;

namespace ChatPhone.IntegrationTests.Core.Export.PowerShell;

/// <summary>
/// A tenant configured through the core's commands in every area the export writes: licenses, an address with a second
/// location, user and service numbers, conferencing with an organizer, a queue with overflow, timeout and no-agent
/// actions and a callback, an attendant with an operator, a menu, after hours and two holidays, and their resource
/// accounts. <see cref="Names"/> gives the names people typed, so a test can make them hostile.
/// </summary>
internal sealed class ExportTenant
{
    public const string Alex = "id-alex";
    public const string Sam = "id-sam";
    public const string Group = "8a1f2b3c-4d5e-4f60-8a7b-9c0d1e2f3a4b";
    public static readonly TenantId Tenant = TenantId.Parse("contoso");
    public static readonly Actor Admin = TenantSeed.Admin(Tenant);

    /// <summary>The audio files the queue and the attendant play, by file name, with the bytes an admin would put beside the script.</summary>
    public static readonly IReadOnlyDictionary<string, byte[]> Audio = new Dictionary<string, byte[]>
    {
        ["hold music.wav"] = AudioSamples.Wav(seconds: 2),
        ["opening hours.wav"] = AudioSamples.Wav(seconds: 1),
    };

    private ExportTenant(CivicAddress address, CallQueue queue, AutoAttendant attendant, ResourceAccount queueAccount, ResourceAccount attendantAccount, string userNumber)
    {
        Address = address;
        Queue = queue;
        Attendant = attendant;
        QueueAccount = queueAccount;
        AttendantAccount = attendantAccount;
        UserNumber = userNumber;
    }

    /// <summary>Names with every character that could break out of a PowerShell string or comment.</summary>
    public static readonly Names Hostile = new(
        Company: "O'Brien $(Remove-Item C:\\) `whoami` « Café »",
        Location: "Floor ’2’\n# note\nRemove-Item -Path x",
        Queue: "Support'; Stop-Computer; '",
        Attendant: "Main ‘line’ ${env:PATH} $(Get-Date)",
        Holiday: "Noël « $(Invoke-Expression 'x') »",
        Greeting: "Hello\r\nWrite-Host pwned `n $x '' ‚quote‛",
        Account: "Acct '+' `$(x)",
        Bridge: "Bridge « $(y) » `z'");

    public CivicAddress Address { get; }

    public CallQueue Queue { get; }

    public AutoAttendant Attendant { get; }

    public ResourceAccount QueueAccount { get; }

    public ResourceAccount AttendantAccount { get; }

    public string UserNumber { get; }

    /// <summary>The names an admin typed: plain ones by default.</summary>
    public sealed record Names(
        string Company = "Contoso",
        string Location = "Floor 2",
        string Queue = "Support",
        string Attendant = "Main line",
        string Holiday = "Christmas",
        string Greeting = "Thanks for calling Contoso.",
        string Account = "Support queue",
        string Bridge = "Contoso bridge");

    public static async Task<ExportTenant> CreateAsync(IServiceProvider services, Names? names = null)
    {
        names ??= new Names();
        var phone = services.GetRequiredService<PhoneSystem>();
        await TenantSeed.PeopleAsync(services, Tenant,
            (Alex, "alex@contoso.com", "Alex Wilber", "US", "user"), (Sam, "sam@contoso.com", "Sam Taylor", "US", "user"));
        foreach (var (sku, count) in new[] { (Sku.PhoneSystem, 10), (Sku.DomesticCallingPlan, 10), (Sku.AudioConferencing, 5), (Sku.ResourceAccount, 5) })
        {
            Ok(await phone.Licensing.PurchaseAsync(new PurchaseLicenses(Admin, Key(), sku, count)));
        }

        Ok(await phone.Licensing.AssignInBulkAsync(new AssignLicensesInBulk(Admin, Key(), [Alex, Sam], [Sku.PhoneSystem, Sku.DomesticCallingPlan, Sku.AudioConferencing])));
        Ok(await phone.Credits.SetPaymentMethodAsync(new SetPaymentMethod(Admin, Key(), PaymentMethod.Card("4242", 2030, 12))));
        Ok(await phone.Credits.AddFundsAsync(new AddFunds(Admin, Key(), 50m)));

        var added = Ok(await phone.Emergency.AddAddressAsync(new AddAddress(Admin, Key(), new AddressFields(
            names.Company, "US", HouseNumber: "1", StreetName: "Microsoft", StreetSuffix: "Way", City: "Redmond", StateOrProvince: "WA", PostalCode: "98052"))));
        var floor = Ok(await phone.Emergency.AddLocationAsync(new AddLocation(Admin, Key(), added.Address.Id, names.Location, "FLOOR2")));

        var userNumbers = await AcquireAsync(phone, NumberType.UserSubscriber, 2, added.Address.Id);
        Ok(await phone.NumberAssignment.AssignAsync(new AssignNumber(Admin, Key(), userNumbers[0], UserId.Parse(Alex), LocationId: floor.Location.Id)));
        var conference = (await AcquireAsync(phone, NumberType.ConferenceToll, 1, added.Address.Id))[0];
        var queueNumber = (await AcquireAsync(phone, NumberType.CallQueueToll, 1, added.Address.Id))[0];
        var attendantNumber = (await AcquireAsync(phone, NumberType.AutoAttendantToll, 1, added.Address.Id))[0];

        Ok(await phone.Conferencing.EnableAsync(new EnableConferencing(Admin, Key(), "US")));
        Ok(await phone.Conferencing.AssignNumberAsync(new AssignBridgeNumber(Admin, Key(), conference, MakeDefault: true)));
        Ok(await phone.Conferencing.SetLanguagesAsync(new SetConferencingLanguages(Admin, Key(), conference, "en-US", ["fr-FR"])));
        Ok(await phone.Conferencing.RenameBridgeAsync(new RenameBridge(Admin, Key(), names.Bridge)));
        Ok(await phone.Conferencing.EnableOrganizerAsync(new EnableOrganizer(Admin, Key(), UserId.Parse(Alex))));

        var audio = services.GetRequiredService<AudioFileService>();
        var hold = Ok(await audio.ImportAsync(new ImportAudioFile(Admin, Key(), "hold music.wav", AudioFileApplication.HuntGroup, Audio["hold music.wav"])));
        var hours = Ok(await audio.ImportAsync(new ImportAudioFile(Admin, Key(), "opening hours.wav", AudioFileApplication.OrgAutoAttendant, Audio["opening hours.wav"])));
        var queueAccount = await AccountAsync(phone, "support-cq@contoso.com", names.Account, ResourceAccountKind.CallQueue, queueNumber);
        var attendantAccount = await AccountAsync(phone, "main-aa@contoso.com", "Main line account", ResourceAccountKind.AutoAttendant, attendantNumber);
        var queue = Ok(await phone.CallQueues.CreateAsync(new CreateCallQueue(Admin, Key(), new CallQueueSettings
        {
            Name = names.Queue,
            LanguageId = "en-US",
            RoutingMethod = RoutingMethod.Serial,
            Users = [Alex, Sam],
            Greeting = Prompt.Text(names.Greeting),
            UseDefaultMusicOnHold = false,
            MusicOnHoldAudioFileId = hold.Id,
            OverflowThreshold = 10,
            Overflow = new QueueAction<OverflowActionKind>(OverflowActionKind.Forward, attendantAccount.Id, CallPriority: 2),
            TimeoutThreshold = 600,
            Timeout = new QueueAction<TimeoutActionKind>(TimeoutActionKind.SharedVoicemail, Group, Prompt: Prompt.Text(names.Greeting), EnableTranscription: true),
            NoAgent = new QueueAction<NoAgentActionKind>(NoAgentActionKind.Voicemail, Alex),
            IsCallbackEnabled = true,
            Callback = new CallbackSettings(ChatPhone.Core.VoiceApps.DtmfTone.Tone1, Prompt.Text("Press 1 to be called back."), Group, WaitTimeSeconds: 60),
        }))).Queue;
        var attendant = Ok(await phone.AutoAttendants.CreateAsync(new CreateAutoAttendant(Admin, Key(), new AutoAttendantSettings
        {
            Name = names.Attendant,
            LanguageId = "en-US",
            TimeZoneId = "Pacific Standard Time",
            Operator = new CallableEntity(CallableEntityType.User, Alex),
            DefaultFlow = new CallFlow("Default", Prompt.Text(names.Greeting), new Menu("Main menu", Prompt.Text("Press 1 for support, 2 to hear our hours, 0 for the operator."),
            [
                new MenuOption(ChatPhone.Core.VoiceApps.DtmfTone.Tone1, MenuAction.TransferCallToTarget, Target: new CallableEntity(CallableEntityType.ApplicationEndpoint, queueAccount.Id)),
                new MenuOption(ChatPhone.Core.VoiceApps.DtmfTone.Tone2, MenuAction.Announcement, Prompt: Prompt.Audio(hours.Id)),
                new MenuOption(ChatPhone.Core.VoiceApps.DtmfTone.Tone0, MenuAction.TransferCallToOperator),
            ], DirectorySearchMethod.ByName)),
            AfterHoursFlow = CallFlow.Disconnect("After hours"),
            Holidays =
            [
                new Holiday(names.Holiday, [new DateTimeRange(new DateTime(2026, 12, 25))], HolidayAction.Redirect, Prompt.Text(names.Greeting),
                    new CallableEntity(CallableEntityType.ConfigurationEndpoint, queue.Id)),
                new Holiday("New Year", [new DateTimeRange(new DateTime(2027, 1, 1), new DateTime(2027, 1, 2, 12, 0, 0))]),
            ],
        }))).Attendant;
        Ok(await phone.Associations.AssociateAsync(new AssociateResourceAccount(Admin, Key(), queueAccount.Id, queue.Id)));
        Ok(await phone.Associations.AssociateAsync(new AssociateResourceAccount(Admin, Key(), attendantAccount.Id, attendant.Id)));
        return new ExportTenant(
            Ok(await phone.Emergency.GetAddressAsync(Admin, added.Address.Id)), queue, attendant,
            Ok(await phone.ResourceAccounts.GetAsync(Admin, queueAccount.Id)), Ok(await phone.ResourceAccounts.GetAsync(Admin, attendantAccount.Id)), userNumbers[0]);
    }

    public static T Ok<T>(Result<T> result)
    {
        Assert.True(result.IsSuccess, result.Error?.Code + " " + string.Join("|", result.Error?.Args ?? []));
        return result.Value;
    }

    private static async Task<IReadOnlyList<string>> AcquireAsync(PhoneSystem phone, NumberType type, int quantity, string addressId)
    {
        var order = Ok(await phone.NumberOrders.SearchAsync(new SearchNumbers(Admin, Key(), "US", type, quantity, new NumberPlace("WA", "Seattle"), addressId)));
        Ok(await phone.NumberOrders.AcquireAsync(new AcquireNumbers(Admin, Key(), order.Id)));
        return order.Numbers.Select(n => n.Number).ToList();
    }

    private static async Task<ResourceAccount> AccountAsync(PhoneSystem phone, string upn, string displayName, ResourceAccountKind kind, string number)
    {
        var account = Ok(await phone.ResourceAccounts.CreateAsync(new CreateResourceAccount(Admin, Key(), upn, displayName, kind)));
        Ok(await phone.ResourceAccounts.LicenseAsync(new LicenseResourceAccount(Admin, Key(), account.Id, Sku.ResourceAccount)));
        return Ok(await phone.ResourceAccounts.AssignNumberAsync(new AssignResourceAccountNumber(Admin, Key(), account.Id, number)));
    }

    private static IdempotencyKey Key() => IdempotencyKey.New();
}
