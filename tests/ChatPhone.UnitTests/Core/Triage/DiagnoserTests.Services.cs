using ChatPhone.Core.CallQueues;
using ChatPhone.Core.Licensing;
using ChatPhone.Core.Numbers;
using ChatPhone.Core.Numbers.Porting;
using ChatPhone.Core.Triage;
using static ChatPhone.UnitTests.Core.Triage.TriageWorld;

namespace ChatPhone.UnitTests.Core.Triage;

/// <summary>The tables of meeting dial-in, call queues and the number a person says they expect.</summary>
public sealed partial class DiagnoserTests
{
    private static readonly PhoneNumber ConferenceTollFree =
        new(TollFree, "US", null, "Toll Free", NumberType.ConferenceTollFree, NumberSource.Acquired, Now.AddDays(-40));

    private static readonly Dictionary<string, Func<TriageFacts, TriageFacts>> ServiceStates = new()
    {
        ["no Audio Conferencing license"] = f => f.WithLicenses(Sku.PhoneSystem, Sku.DomesticCallingPlan),
        ["Audio Conferencing all taken"] = f => f.WithLicenses(Sku.PhoneSystem, Sku.DomesticCallingPlan).WithSubscription(Sku.AudioConferencing, 1, 1),
        ["conferencing not enabled"] = f => f with { Bridge = null, Organizer = null },
        ["bridge without numbers"] = f => EmptyBridge(f) with { Numbers = f.Numbers.With(f.Numbers[BridgeNumber] with { Assignment = null }) },
        ["bridge without numbers, toll-free free, no credits"] = f => EmptyBridge(f) with { Numbers = f.Numbers.Without(BridgeNumber).With(ConferenceTollFree), Credits = null },
        ["bridge without numbers, toll-free free, credits"] = f => EmptyBridge(f) with { Numbers = f.Numbers.Without(BridgeNumber).With(ConferenceTollFree) },
        ["not an organizer"] = f => f with { Organizer = null },
        ["not an organizer, no license"] = f => f.WithLicenses(Sku.PhoneSystem, Sku.DomesticCallingPlan) with { Organizer = null },
        ["organizer without number"] = f => f with { Organizer = f.Organizer! with { TollNumber = null } },
        ["toll-free on invites, no credits"] = f => f with { Organizer = f.Organizer! with { TollFreeNumber = TollFree }, Credits = null },
        ["toll-free on invites, credits"] = f => f with { Organizer = f.Organizer! with { TollFreeNumber = TollFree } },

        ["asks about Sales"] = f => Ask(f, queue: "sales"),
        ["not an agent, asks about Sales"] = f => Ask(Agents(f, []), queue: "sales"),
        ["not an agent of the only queue"] = f => Agents(f, []),
        ["not an agent of two queues"] = f => Agents(f, []) with { CallQueues = [.. Agents(f, []).CallQueues, Queue("q-support", "Support")] },
        ["no queues"] = f => f with { CallQueues = [], ResourceAccounts = [] },
        ["asks about an unknown queue"] = f => Ask(f, queue: "Support"),
        ["queue takes agents from groups"] = f => Ask(Settings(f, s => s with { Users = [], DistributionLists = ["6f1c1f4e-8b1d-4d43-9c55-2f1e3d1c0a11"] }), queue: "Sales"),
        ["queue full"] = f => Ask(Settings(f, s => s with { Users = [.. Enumerable.Range(1, 20).Select(i => $"agent-{i}")] }), queue: "Sales"),
        ["queue without resource account"] = f => f with { ResourceAccounts = [] },
        ["queue account unlicensed"] = f => f with { ResourceAccounts = [SalesAccount with { License = null }] },
        ["queue without number"] = f => f with { ResourceAccounts = [SalesAccount with { Number = null }] },
        ["queue on toll-free, no credits"] = f => f with
        {
            ResourceAccounts = [SalesAccount with { Number = TollFree }],
            Numbers = f.Numbers.With(ConferenceTollFree with { Type = NumberType.CallQueueTollFree }),
            Credits = null,
        },
        ["queue overflows at once"] = f => Settings(f, s => s with { OverflowThreshold = 0 }),

        ["expects a number nobody has"] = f => Ask(f.NoneFree(), number: PortingNumber),
        ["expects a number being ported"] = f => Ask(f.NoneFree(), number: PortingNumber) with
        {
            PortOrders = [PortOrder("po-1", PortOrderStatus.TransferApproved, Now.AddDays(3), "+12065550198", PortingNumber)],
        },
        ["expects a number someone else holds"] = f => Ask(f.WithoutNumber(), number: "+1 206 555 0101") with
        {
            Numbers = f.WithoutNumber().Numbers.With(UserNumber(FreeNumber, "sam-id", Now.AddDays(-9))),
        },
        ["expects a blocked number"] = f => Ask(f.WithoutNumber(), number: FreeNumber) with
        {
            Numbers = f.WithoutNumber().Numbers.With(UserNumber(FreeNumber, null, null) with { BlockedUntil = Now.AddDays(5) }),
        },
        ["expects a number blocked for good"] = f => Ask(f.WithoutNumber(), number: FreeNumber) with
        {
            Numbers = f.WithoutNumber().Numbers.With(UserNumber(FreeNumber, null, null) with { BlockedUntil = DateTimeOffset.MaxValue }),
        },
        ["expects a service number"] = f => Ask(f.WithoutNumber(), number: BridgeNumber),
        ["expects a free number"] = f => Ask(f.WithoutNumber(), number: FreeNumber),
        ["expects their own number"] = f => Ask(f, number: AlexNumber),
        ["expects a free number while holding another"] = f => Ask(f, number: FreeNumber),
    };

    public static TheoryData<string, Symptom, string> Meetings => new()
    {
        { "healthy", Symptom.MeetingDialIn, "" },
        { "no Audio Conferencing license", Symptom.MeetingDialIn, "audio_conferencing_missing[] Admin → AssignLicense(sku=AudioConferencing, userId=alex-id)" },
        { "no Audio Conferencing license", Symptom.General, "audio_conferencing_missing[] Admin → AssignLicense(sku=AudioConferencing, userId=alex-id)" },
        { "no Audio Conferencing license", Symptom.CannotCallOut, "" },
        { "Audio Conferencing all taken", Symptom.MeetingDialIn, "audio_conferencing_missing_buy[1] Admin" },
        { "conferencing not enabled", Symptom.MeetingDialIn, "conferencing_not_enabled[] Admin | organizer_not_enabled[] Admin" },
        {
            "bridge without numbers", Symptom.MeetingDialIn,
            "bridge_number_missing[+12065550150] Admin → AssignBridgeNumber(makeDefault=true, number=+12065550150)"
        },
        { "bridge without numbers, toll-free free, no credits", Symptom.MeetingDialIn, "bridge_number_missing_none_free[] Admin" },
        {
            "bridge without numbers, toll-free free, credits", Symptom.MeetingDialIn,
            "bridge_number_missing[+18005550100] Admin → AssignBridgeNumber(makeDefault=false, number=+18005550100)"
        },
        { "not an organizer", Symptom.MeetingDialIn, "organizer_not_enabled[] Admin → EnableOrganizer(userId=alex-id)" },
        { "not an organizer", Symptom.General, "organizer_not_enabled[] Admin → EnableOrganizer(userId=alex-id)" },
        {
            "not an organizer, no license", Symptom.MeetingDialIn,
            "audio_conferencing_missing[] Admin → AssignLicense(sku=AudioConferencing, userId=alex-id) | organizer_not_enabled[] Admin → EnableOrganizer(userId=alex-id)"
        },
        { "not an organizer, no license", Symptom.General, "" },
        { "organizer without number", Symptom.MeetingDialIn, "organizer_number_missing[] Admin" },
        { "toll-free on invites, no credits", Symptom.MeetingDialIn, "toll_free_no_credits[+18005550100] Admin" },
        { "toll-free on invites, credits", Symptom.MeetingDialIn, "" },
    };

    public static TheoryData<string, Symptom, string> Queues => new()
    {
        { "healthy", Symptom.QueueCalls, "" },
        { "asks about Sales", Symptom.QueueCalls, "" },
        { "not an agent, asks about Sales", Symptom.QueueCalls, "queue_agent_missing[Sales] Admin → AddQueueAgent(callQueueId=q-sales, queueName=Sales, userId=alex-id)" },
        { "not an agent of the only queue", Symptom.QueueCalls, "queue_agent_missing[Sales] Admin → AddQueueAgent(callQueueId=q-sales, queueName=Sales, userId=alex-id)" },
        { "not an agent of the only queue", Symptom.General, "" },
        { "not an agent of two queues", Symptom.QueueCalls, "no_queue_membership[] Admin" },
        { "no queues", Symptom.QueueCalls, "no_queue_membership[] Admin" },
        { "no queues", Symptom.General, "" },
        { "asks about an unknown queue", Symptom.QueueCalls, "queue_not_found[Support] User" },
        { "queue takes agents from groups", Symptom.QueueCalls, "queue_agent_through_groups[Sales] Admin warning" },
        { "queue full", Symptom.QueueCalls, "queue_agent_missing[Sales] Admin" },
        { "queue without resource account", Symptom.QueueCalls, "queue_no_resource_account[Sales] Admin" },
        { "queue without resource account", Symptom.General, "queue_no_resource_account[Sales] Admin" },
        { "queue without resource account", Symptom.CannotCallOut, "" },
        { "queue account unlicensed", Symptom.QueueCalls, "queue_account_unlicensed[Sales,sales@contoso.com] Admin" },
        { "queue without number", Symptom.QueueCalls, "queue_no_number[Sales] Admin" },
        { "queue on toll-free, no credits", Symptom.QueueCalls, "toll_free_no_credits[+18005550100] Admin" },
        { "queue overflows at once", Symptom.QueueCalls, "queue_overflow_zero[Sales] Admin" },
    };

    public static TheoryData<string, Symptom, string> ExpectedNumbers => new()
    {
        { "expects a number nobody has", Symptom.NumberNotShown, "number_not_found[+12065550199] Admin" },
        { "expects a number being ported", Symptom.NumberNotShown, "port_scheduled[po-1,2026-03-13 10:00 UTC] Wait" },
        { "expects a number someone else holds", Symptom.NumberNotShown, "number_assigned_elsewhere[+12065550101] Admin" },
        { "expects a blocked number", Symptom.CannotReceiveCalls, "number_blocked[+12065550101,2026-03-15 10:00 UTC] Admin" },
        { "expects a number blocked for good", Symptom.CannotReceiveCalls, "number_blocked_forever[+12065550101] Admin" },
        { "expects a service number", Symptom.NumberNotShown, "number_not_for_users[+12065550150] Admin" },
        { "expects a free number", Symptom.NumberNotShown, "number_missing[+12065550101] Admin → AssignNumber(number=+12065550101, userId=alex-id)" },
        { "expects their own number", Symptom.NumberNotShown, "" },
        { "expects a free number while holding another", Symptom.NumberNotShown, "" },
    };

    private static TriageFacts EmptyBridge(TriageFacts facts) =>
        facts with { Bridge = facts.Bridge! with { Numbers = [], DefaultNumber = null }, Organizer = facts.Organizer! with { TollNumber = null } };

    private static TriageFacts Ask(TriageFacts facts, string? queue = null, string? number = null) =>
        facts with { Details = new TriageDetails(queue, number) };

    private static TriageFacts Agents(TriageFacts facts, string[] agents) => Settings(facts, s => s with { Users = agents });

    private static TriageFacts Settings(TriageFacts facts, Func<CallQueueSettings, CallQueueSettings> change) =>
        facts with { CallQueues = [Sales with { Settings = change(Sales.Settings) }] };

    private static CallQueue Queue(string id, string name) => new(id, new CallQueueSettings { Name = name }, Now.AddDays(-5), Now.AddDays(-5));
}
