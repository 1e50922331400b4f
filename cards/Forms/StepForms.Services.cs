using ChatPhone.Cards.Actions;
using ChatPhone.Cards.AdaptiveCards;
using ChatPhone.Core.CallQueues;
using ChatPhone.Core.Common;
using ChatPhone.Core.ResourceAccounts;

namespace ChatPhone.Cards.Forms;

public static partial class StepForms
{
    /// <summary>The value of the <see cref="FormFields.Assignee"/> option that means the conference bridge.</summary>
    public const string BridgeAssignee = "ConferenceBridge";

    private static readonly DayOfWeek[] Week =
        [DayOfWeek.Monday, DayOfWeek.Tuesday, DayOfWeek.Wednesday, DayOfWeek.Thursday, DayOfWeek.Friday, DayOfWeek.Saturday, DayOfWeek.Sunday];

    /// <summary>Step 6: the country whose dial-in number the bridge gets first.</summary>
    public static AdaptiveCard Conferencing(IReadOnlyList<Option> countries, string? homeCountry, Language language) =>
        Card(T(language, "Form_Conferencing_Title"), T(language, "Form_Conferencing_Intro"),
        [
            Section(null,
            [
                Picker(null, FormFields.Country, T(language, "Form_Country"), countries) with
                {
                    Selected = [.. new[] { homeCountry ?? countries.FirstOrDefault()?.Value }.OfType<string>()],
                },
            ], Submit(T(language, "Form_Conferencing_Button"), "SetupConferencing")),
        ]);

    /// <summary>Step 7: a call queue's name, how calls reach agents, and the agents.</summary>
    public static AdaptiveCard CallQueue(IReadOnlyList<Option> people, Language language) =>
        Card(T(language, "Form_CallQueue_Title"), T(language, "Form_CallQueue_Intro"),
        [
            Section(null,
            [
                Name(language, T(language, "Form_CallQueue_NamePlaceholder")),
                Picker(null, FormFields.RoutingMethod, T(language, "Form_Routing"),
                    Enum.GetValues<RoutingMethod>().Select(m => new Option(T(language, "Routing_" + m), m.ToString()))) with
                {
                    Selected = [nameof(RoutingMethod.Attendant)],
                },
                Picker(null, FormFields.People, T(language, "Form_Agents"), people, multiple: true),
            ], Submit(T(language, "Form_Create"), "CreateCallQueue")),
        ]);

    /// <summary>Step 8: an auto attendant's name and business hours.</summary>
    public static AdaptiveCard AutoAttendant(Language language) =>
        Card(T(language, "Form_AutoAttendant_Title"), T(language, "Form_AutoAttendant_Intro"),
        [
            Section(null,
            [
                Name(language, T(language, "Form_AutoAttendant_NamePlaceholder")),
                Time(FormFields.Open, T(language, "Form_Open"), "09:00", language),
                Time(FormFields.Close, T(language, "Form_Close"), "17:00", language),
                Picker(null, FormFields.Days, T(language, "Form_Days"),
                    Week.Select(d => new Option(language.Culture().DateTimeFormat.GetDayName(d), d.ToString())), multiple: true) with
                {
                    Style = ChoiceSetStyle.Expanded,
                    Selected = [.. Week.Take(5).Select(d => d.ToString())],
                },
            ], Submit(T(language, "Form_Create"), "CreateAutoAttendant")),
        ]);

    /// <summary>
    /// Step 9: create a resource account for a call queue or auto attendant, and give a service number to
    /// the conference bridge or a resource account (<paramref name="serviceNumbers"/> unassigned; none hides that form).
    /// </summary>
    public static AdaptiveCard ServiceNumberAssignment(IReadOnlyList<Option> serviceNumbers, IReadOnlyList<Option> accounts, Language language)
    {
        var form = new List<CardElement>
        {
            Section(T(language, "Form_ResourceAccount"),
            [
                new InputText(SubmitFormPayload.InputId("account", FormFields.Name), T(language, "Form_Name"))
                {
                    Placeholder = T(language, "Form_ResourceAccount_NamePlaceholder"),
                    MaxLength = 64,
                },
                Picker("account", FormFields.ResourceType, T(language, "Form_ResourceType"),
                    Enum.GetValues<ResourceAccountKind>().Select(k => new Option(T(language, "ResourceKind_" + k), k.ToString()))) with
                {
                    Selected = [nameof(ResourceAccountKind.CallQueue)],
                },
            ], Submit(T(language, "Form_Create"), "CreateResourceAccount", "account")),
        };
        if (serviceNumbers.Count > 0)
        {
            form.Add(Section(T(language, "Form_ServiceNumber"),
            [
                Picker("number", FormFields.PhoneNumber, T(language, "Form_Number"), serviceNumbers) with { Selected = [serviceNumbers[0].Value] },
                Picker("number", FormFields.Assignee, T(language, "Form_Assignee"),
                    [new Option(T(language, "Form_Bridge"), BridgeAssignee), .. accounts]) with { Selected = [BridgeAssignee] },
            ], Submit(T(language, "Assign_Confirm"), "AssignServiceNumber", "number"), separator: true));
        }

        return Card(T(language, "Form_ServiceNumberAssignment_Title"), T(language, "Form_ServiceNumberAssignment_Intro"), form);
    }

    /// <summary>Step 10: how much to add to the Communications Credits balance.</summary>
    public static AdaptiveCard Credits(Language language) =>
        Card(T(language, "Form_Credits_Title"), T(language, "Form_Credits_Intro"),
        [
            Section(null,
            [
                new InputNumber(FormFields.Amount, T(language, "Form_Amount")) { Value = 50, Min = 1, Max = 100_000 },
            ], Submit(T(language, "Form_Credits_Button"), "FundCredits")),
        ]);

    private static InputText Name(Language language, string placeholder) =>
        new(FormFields.Name, T(language, "Form_Name"))
        {
            Placeholder = placeholder,
            IsRequired = true,
            ErrorMessage = T(language, "Form_NameError"),
            MaxLength = 64,
        };

    private static InputText Time(string id, string label, string value, Language language) =>
        new(id, label)
        {
            Value = value,
            Regex = "^([01][0-9]|2[0-3]):[0-5][0-9]$|^24:00$",
            ErrorMessage = T(language, "Form_TimeError"),
            MaxLength = 5,
        };
}
