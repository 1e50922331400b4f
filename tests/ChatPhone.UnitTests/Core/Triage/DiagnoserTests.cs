using ChatPhone.Core.Licensing;
using ChatPhone.Core.Numbers;
using ChatPhone.Core.Numbers.Porting;
using ChatPhone.Core.Triage;
using static ChatPhone.UnitTests.Core.Triage.TriageWorld;

namespace ChatPhone.UnitTests.Core.Triage;

/// <summary>
/// State → causes: each row breaks one thing in a healthy person's facts and names the causes expected for a
/// symptom, written <c>code[args] Owner [warning] [→ Fix(args)]</c>, blocking first, in the diagnoser's order.
/// </summary>
public sealed partial class DiagnoserTests
{
    private static readonly Dictionary<string, Func<TriageFacts, TriageFacts>> States = new()
    {
        ["healthy"] = f => f,
        ["not in the directory"] = f => f with { Key = "ghost@contoso.com", Person = null, Licenses = null, Lines = [], Organizer = null },
        ["no usage location"] = f => f with { Person = f.Person! with { UsageLocation = "" }, Country = null },
        ["no usage location, nothing yet"] = f => f.WithoutNumber().WithLicenses() with { Person = f.Person! with { UsageLocation = "" }, Country = null, Organizer = null },
        ["country without Phone System"] = f => f.WithoutNumber().WithLicenses() with { Person = f.Person! with { UsageLocation = "IR" }, Country = Country("IR"), Organizer = null },
        ["country without Calling Plans"] = f => f.WithoutNumber() with
        {
            Person = f.Person! with { UsageLocation = "BR" }, Country = Country("BR"), Licenses = new UserLicenses(Alex, "BR", [Sku.PhoneSystem]), Organizer = null,
        },
        ["nothing yet, licenses free"] = f => f.WithoutNumber().WithLicenses() with { Organizer = null },
        ["nothing yet, Phone System all taken"] = f => f.WithoutNumber().WithLicenses().WithSubscription(Sku.PhoneSystem, 5, 5) with { Organizer = null },
        ["nothing yet, E5 free"] = f => f.WithoutNumber().WithLicenses().WithSubscription(Sku.PhoneSystem, 5, 5).WithSubscription(Sku.E5, 3, 1) with { Organizer = null },
        ["number without Calling Plan"] = f => f.WithLicenses(Sku.PhoneSystem, Sku.AudioConferencing),
        ["number without Calling Plan, all taken"] = f => f.WithLicenses(Sku.PhoneSystem, Sku.AudioConferencing).WithSubscription(Sku.DomesticCallingPlan, 5, 5),
        ["number without Calling Plan, international free"] = f => f.WithLicenses(Sku.PhoneSystem, Sku.AudioConferencing)
            .WithSubscription(Sku.DomesticCallingPlan, 5, 5).WithSubscription(Sku.InternationalCallingPlan, 2, 0),
        ["licensed in another country"] = f => f with { Person = f.Person! with { UsageLocation = "CA" }, Country = Country("CA") },
        ["no number, one free"] = f => f.WithoutNumber(),
        ["no number, free one without validated address"] = f => f.NoneFree() with { Numbers = f.NoneFree().Numbers.With(UserNumber(FreeNumber, null, null, locationId: null)) },
        ["no number, none free"] = f => f.NoneFree(),
        ["no number, only French numbers free"] = f => f.NoneFree() with { Numbers = f.NoneFree().Numbers.With(UserNumber("+33184880000", null, null, null, "FR")) },
        ["no number, port received"] = f => f.NoneFree() with { PortOrders = [PortOrder("po-1", PortOrderStatus.Processing)] },
        ["no number, port with carrier"] = f => f.NoneFree() with { PortOrders = [PortOrder("po-1", PortOrderStatus.ContactingCarrier)] },
        ["no number, port approved"] = f => f.NoneFree() with { PortOrders = [PortOrder("po-1", PortOrderStatus.TransferApproved, Now.AddDays(3))] },
        ["no number, port locked"] = f => f.NoneFree() with { PortOrders = [PortOrder("po-1", PortOrderStatus.TransferPending, Now.AddHours(12))] },
        ["no number, port rejected"] = f => f.NoneFree() with { PortOrders = [PortOrder("po-1", PortOrderStatus.Error)] },
        ["no number, ports done or cancelled"] = f => f.NoneFree() with
        {
            PortOrders = [PortOrder("po-1", PortOrderStatus.Completed, Now.AddDays(-1)), PortOrder("po-2", PortOrderStatus.Cancelled)],
        },
        ["no number, French port"] = f => f.NoneFree() with { PortOrders = [PortOrder("po-1", PortOrderStatus.Processing, null, "+33184880000")] },
        ["number assigned two hours ago"] = f => f with { Numbers = f.Numbers.With(UserNumber(AlexNumber, Alex, Now.AddHours(-2))) },
        ["British number, US plan"] = f => f with
        {
            Lines = [new UserLine("+442079460958", AssignmentCategory.Primary)],
            Numbers = f.Numbers.Without(AlexNumber).With(UserNumber("+442079460958", Alex, Now.AddDays(-3), country: "GB")),
        },
        ["line held by someone else"] = f => f with { Numbers = f.Numbers.With(UserNumber(AlexNumber, "sam-id", Now.AddDays(-3))) },
        ["line missing from the inventory"] = f => f with { Numbers = f.Numbers.Without(AlexNumber) },
        ["US number without emergency address"] = f => f with { Numbers = f.Numbers.With(UserNumber(AlexNumber, Alex, Now.AddDays(-3), locationId: null)) },
        ["US number on an unvalidated address"] = f => f with { Addresses = [Hq with { Status = ChatPhone.Core.Emergency.ValidationStatus.NotValidated }] },
        ["minutes used up, no credits"] = f => f with { Pool = f.Pool! with { Used = 15000 }, Credits = null },
        ["minutes used up, credits but no license"] = f => f with { Pool = f.Pool! with { Used = 15200 } },
        ["minutes used up, credits, licenses all taken"] = f => f.WithSubscription(Sku.CommunicationsCredits, 2, 2) with { Pool = f.Pool! with { Used = 15000 } },
        ["minutes used up, credits and license"] = f => f.WithLicenses(Sku.PhoneSystem, Sku.DomesticCallingPlan, Sku.AudioConferencing, Sku.CommunicationsCredits)
            with { Pool = f.Pool! with { Used = 15000 } },
        ["minutes used up, licensed elsewhere"] = f => f with { Person = f.Person! with { UsageLocation = "CA" }, Country = Country("CA"), Pool = f.Pool! with { Used = 15000 }, Credits = null },
    };

    public static TheoryData<string, Symptom, string> Calls => new()
    {
        { "healthy", Symptom.General, "" },
        { "healthy", Symptom.CannotCallOut, "" },
        { "healthy", Symptom.CannotReceiveCalls, "" },
        { "healthy", Symptom.NumberNotShown, "" },
        { "healthy", Symptom.EmergencyCalling, "" },
        { "not in the directory", Symptom.CannotCallOut, "person_not_found[ghost@contoso.com] Admin" },
        { "not in the directory", Symptom.MeetingDialIn, "person_not_found[ghost@contoso.com] Admin" },
        { "no usage location", Symptom.General, "usage_location_missing[] Admin" },
        { "no usage location, nothing yet", Symptom.CannotCallOut, "usage_location_missing[] Admin | phone_system_missing[] Admin | calling_plan_missing[] Admin" },
        { "country without Phone System", Symptom.CannotCallOut, "phone_system_not_sold[IR] Admin" },
        { "country without Phone System", Symptom.MeetingDialIn, "audio_conferencing_missing[] Admin | organizer_not_enabled[] Admin" },
        { "country without Calling Plans", Symptom.CannotCallOut, "calling_plans_not_sold[BR] Admin | number_missing_none_free[BR] Admin" },
        {
            "nothing yet, licenses free", Symptom.CannotCallOut,
            "phone_system_missing[] Admin → AssignLicense(sku=PhoneSystem, userId=alex-id) | calling_plan_missing[] Admin → AssignLicense(sku=DomesticCallingPlan, userId=alex-id)"
            + " | number_missing[+12065550100] Admin → AssignNumber(number=+12065550100, userId=alex-id)"
        },
        {
            "nothing yet, licenses free", Symptom.QueueCalls,
            "phone_system_missing[] Admin → AssignLicense(sku=PhoneSystem, userId=alex-id)"
        },
        {
            "nothing yet, Phone System all taken", Symptom.CannotReceiveCalls,
            "phone_system_missing_buy[5] Admin | calling_plan_missing[] Admin → AssignLicense(sku=DomesticCallingPlan, userId=alex-id) | number_missing[+12065550100] Admin"
        },
        {
            "nothing yet, E5 free", Symptom.CannotCallOut,
            "phone_system_missing[] Admin → AssignLicense(sku=E5, userId=alex-id) | calling_plan_missing[] Admin → AssignLicense(sku=DomesticCallingPlan, userId=alex-id)"
            + " | number_missing[+12065550100] Admin → AssignNumber(number=+12065550100, userId=alex-id)"
        },
        { "number without Calling Plan", Symptom.CannotCallOut, "calling_plan_missing[] Admin → AssignLicense(sku=DomesticCallingPlan, userId=alex-id)" },
        { "number without Calling Plan", Symptom.MeetingDialIn, "" },
        { "number without Calling Plan, all taken", Symptom.NumberNotShown, "calling_plan_missing_buy[5] Admin" },
        { "number without Calling Plan, international free", Symptom.CannotCallOut, "calling_plan_missing[] Admin → AssignLicense(sku=InternationalCallingPlan, userId=alex-id)" },
        { "licensed in another country", Symptom.General, "license_country_outdated[US,CA] Admin warning" },
        { "licensed in another country", Symptom.CannotCallOut, "license_country_outdated[US,CA] Admin warning" },
        { "licensed in another country", Symptom.QueueCalls, "" },
        { "no number, one free", Symptom.CannotReceiveCalls, "number_missing[+12065550100] Admin → AssignNumber(number=+12065550100, userId=alex-id)" },
        { "no number, one free", Symptom.EmergencyCalling, "number_missing[+12065550100] Admin → AssignNumber(number=+12065550100, userId=alex-id)" },
        { "no number, one free", Symptom.MeetingDialIn, "" },
        { "no number, free one without validated address", Symptom.NumberNotShown, "number_missing_none_free[US] Admin" },
        { "no number, none free", Symptom.CannotCallOut, "number_missing_none_free[US] Admin" },
        { "no number, only French numbers free", Symptom.CannotCallOut, "number_missing_none_free[US] Admin" },
        { "no number, port received", Symptom.NumberNotShown, "port_processing[po-1] Wait" },
        { "no number, port with carrier", Symptom.CannotCallOut, "port_contacting_carrier[po-1] Wait" },
        { "no number, port approved", Symptom.CannotReceiveCalls, "port_scheduled[po-1,2026-03-13 10:00 UTC] Wait" },
        { "no number, port locked", Symptom.NumberNotShown, "port_transfer_pending[po-1,2026-03-10 22:00 UTC] Wait" },
        { "no number, port rejected", Symptom.CannotCallOut, "port_rejected[po-1] Admin" },
        { "no number, ports done or cancelled", Symptom.CannotCallOut, "number_missing_none_free[US] Admin" },
        { "no number, French port", Symptom.CannotCallOut, "number_missing_none_free[US] Admin" },
        { "number assigned two hours ago", Symptom.NumberNotShown, "number_activating[+12065550100,2026-03-11 08:00 UTC] Wait" },
        { "number assigned two hours ago", Symptom.EmergencyCalling, "" },
        { "British number, US plan", Symptom.CannotCallOut, "plan_country_mismatch[+442079460958,GB,US] Admin" },
        {
            "line held by someone else", Symptom.NumberNotShown,
            "number_assigned_elsewhere[+12065550100] Admin | number_missing[+12065550101] Admin → AssignNumber(number=+12065550101, userId=alex-id)"
        },
        { "line missing from the inventory", Symptom.CannotReceiveCalls, "number_not_found[+12065550100] Admin | number_missing[+12065550101] Admin → AssignNumber(number=+12065550101, userId=alex-id)" },
        { "US number without emergency address", Symptom.EmergencyCalling, "emergency_address_missing[+12065550100] Admin" },
        { "US number without emergency address", Symptom.CannotCallOut, "emergency_address_missing[+12065550100] Admin warning" },
        { "US number without emergency address", Symptom.CannotReceiveCalls, "" },
        { "US number on an unvalidated address", Symptom.General, "emergency_address_unvalidated[+12065550100,1 Microsoft Way, Redmond, WA 98052, US] Admin" },
        { "minutes used up, no credits", Symptom.CannotCallOut, "minutes_exhausted[US,15000,15000,2026-04-01] Admin" },
        { "minutes used up, no credits", Symptom.CannotReceiveCalls, "" },
        { "minutes used up, credits but no license", Symptom.CannotCallOut, "credits_license_missing[] Admin → AssignLicense(sku=CommunicationsCredits, userId=alex-id)" },
        { "minutes used up, credits, licenses all taken", Symptom.CannotCallOut, "credits_license_missing_buy[2] Admin" },
        { "minutes used up, credits and license", Symptom.CannotCallOut, "" },
        { "minutes used up, licensed elsewhere", Symptom.CannotCallOut, "minutes_exhausted[US,15000,15000,2026-04-01] Admin | license_country_outdated[US,CA] Admin warning" },
    };

    [Theory]
    [MemberData(nameof(Calls))]
    [MemberData(nameof(Meetings))]
    [MemberData(nameof(Queues))]
    [MemberData(nameof(ExpectedNumbers))]
    public void Diagnose_State_FindsTheCauses(string state, Symptom symptom, string expected)
    {
        var causes = Diagnoser.Diagnose(symptom, StateOf(state), Now);

        Assert.Equal(expected, string.Join(" | ", causes.Select(Describe)));
    }

    private static TriageFacts StateOf(string name) => (States.GetValueOrDefault(name) ?? ServiceStates[name])(Healthy());

    /// <summary><c>code[args] Owner [warning] [→ Kind(args)]</c>, the short form the tables use.</summary>
    internal static string Describe(Diagnosis d)
    {
        var fix = d.Fix is null ? "" : $" → {d.Fix.Kind}({string.Join(", ", d.Fix.Args.OrderBy(a => a.Key, StringComparer.Ordinal).Select(a => $"{a.Key}={a.Value}"))})";
        return $"{d.Code["triage.".Length..]}[{string.Join(',', d.Args)}] {d.Owner}{(d.Severity == Severity.Warning ? " warning" : "")}{fix}";
    }
}
