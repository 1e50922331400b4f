using ChatPhone.Cards.Actions;
using ChatPhone.Cards.AdaptiveCards;
using ChatPhone.Cards.Common;
using ChatPhone.Cards.Forms;
using ChatPhone.Core.Common;
using ChatPhone.Core.Numbers;

namespace ChatPhone.Cards.Numbers;

/// <summary>
/// The number transfer (port) form: the wizard's fields (ids in <see cref="PortOrderInputs"/>), required ones
/// marked, optionally prefilled with what was submitted before and headed by the problems found then.
/// Submit sends the fields; Cancel sends none.
/// </summary>
public static class PortOrderFormCard
{
    /// <summary>How many problems the card lists before summarising the rest.</summary>
    public const int MaxListedProblems = 20;

    /// <summary>The value input <see cref="PortOrderInputs.LoaAccepted"/> sends when the letter is accepted.</summary>
    public const string Accepted = "true";

    private const string DatePattern = @"^\d{4}-\d{2}-\d{2}$";
    private const string TimePattern = @"^([01]\d|2[0-3]):[0-5]\d$";

    /// <summary>Builds the form of the pending plan <paramref name="planId"/>.</summary>
    /// <param name="values">Values to prefill, by input id (null or missing: empty).</param>
    /// <param name="problems">Problems of a previous submission, already worded.</param>
    /// <param name="planId">The pending plan the form belongs to (Submit and Cancel name it).</param>
    /// <param name="idempotencyKey">Travels in the Submit button.</param>
    /// <param name="language">The reader's language.</param>
    /// <param name="file">The numbers of a CSV file sent for this order, kept by the bot: the text box then takes others only.</param>
    public static AdaptiveCard Build(
        IReadOnlyDictionary<string, string>? values, IReadOnlyList<string>? problems, string planId, string idempotencyKey, Language language,
        PortFileNumbers? file = null)
    {
        string T(string name, params object[] args) => CardText.Get(language, name, args);
        string? V(string id) => values?.GetValueOrDefault(id);
        InputText Field(string id, int maxLength) =>
            new(id, T("Port_" + id)) { Value = V(id), MaxLength = maxLength, Placeholder = T("Port_" + id + "_Hint") };
        InputText Required(string id, int maxLength) =>
            Field(id, maxLength) with { IsRequired = true, ErrorMessage = T("Address_Required", T("Port_" + id)) };
        static Column Col(CardElement element) => new([element]) { Width = ColumnWidth.Stretch };

        var body = new List<CardElement>
        {
            new TextBlock(T("Port_FormTitle")) { Size = TextSize.Medium, Bolder = true },
            new TextBlock(T("Port_FormIntro")) { Subtle = true },
        };
        if (problems is { Count: > 0 })
        {
            var items = new List<CardElement> { new TextBlock("⛔ " + T("Port_Problems")) { Bolder = true, Color = TextColor.Attention } };
            items.AddRange(CardLists.Bullets(problems, MaxListedProblems, language));
            body.Add(new Container(items) { Emphasis = true });
        }

        var portType = V(PortOrderInputs.PortType) is { } chosen ? chosen : "Partial";
        var numberType = V(PortOrderInputs.NumberType) is { } kind && Enum.IsDefined(typeof(NumberType), kind) ? kind : nameof(NumberType.UserSubscriber);
        var numberTypes = new[] { NumberType.UserSubscriber }.Concat(StepForms.ServiceTypes)
            .Select(t => new Choice(T("NumberType_" + t), t.ToString()))
            .ToArray();
        if (file is not null)
        {
            body.Add(new Container([new TextBlock(T("Port_FromFile", file.Count, file.FileName, file.First, file.Last))]) { Emphasis = true });
        }

        body.AddRange(
        [
            file is null
                ? Required(PortOrderInputs.Numbers, 20000) with { IsMultiline = true }
                : Field(PortOrderInputs.Numbers, 20000) with { IsMultiline = true, Label = T("Port_numbers_More") },
            new InputChoiceSet(PortOrderInputs.NumberType, T("Port_numberType"), numberTypes) { Selected = [numberType], IsRequired = true, ErrorMessage = T("Address_Required", T("Port_numberType")) },
            new TextBlock(T("Port_numberType_Hint")) { Subtle = true },
            new InputChoiceSet(PortOrderInputs.PortType, T("Port_portType"),
            [
                new Choice(T("Port_Full"), "Full"),
                new Choice(T("Port_Partial"), "Partial"),
            ]) { Style = ChoiceSetStyle.Expanded, Selected = [portType], IsRequired = true, ErrorMessage = T("Address_Required", T("Port_portType")) },
            new ColumnSet([Col(Required(PortOrderInputs.LosingCarrier, 100)), Col(Required(PortOrderInputs.AccountNumber, 100))]),
            new ColumnSet([Col(Required(PortOrderInputs.BillingTelephoneNumber, 20)), Col(Field(PortOrderInputs.Pin, 100))]),
            new ColumnSet([Col(Required(PortOrderInputs.CompanyName, 100)), Col(Required(PortOrderInputs.AuthorizingPerson, 100))]),
            Required(PortOrderInputs.ServiceAddress, 100),
            new ColumnSet(
            [
                Col(Required(PortOrderInputs.City, 100)),
                Col(Required(PortOrderInputs.State, 50)),
                Col(Required(PortOrderInputs.Zip, 20)),
            ]),
            new ColumnSet(
            [
                Col(Required(PortOrderInputs.TransferDate, 10) with { Regex = DatePattern, ErrorMessage = T("Port_DateError") }),
                Col(Required(PortOrderInputs.StartTime, 5) with { Regex = TimePattern, ErrorMessage = T("Port_TimeError") }),
            ]),
            Field(PortOrderInputs.Notify, 1000),
            new TextBlock(T("Port_LoaText")) { Subtle = true },
            new InputChoiceSet(PortOrderInputs.LoaAccepted, T("Port_loaAccepted"), [new Choice(T("Port_loaAccepted_Title"), Accepted)])
            {
                Style = ChoiceSetStyle.Expanded,
                IsMultiSelect = true,
                Selected = V(PortOrderInputs.LoaAccepted) == Accepted ? [Accepted] : [],
                IsRequired = true,
                ErrorMessage = T("Address_Required", T("Port_loaAccepted")),
            },
            Required(PortOrderInputs.Signature, 100),
        ]);

        var submit = new CardAction(
            T("Port_Submit"),
            SubmitPortOrderPayload.Verb,
            CardPayloads.Write(new SubmitPortOrderPayload(planId, idempotencyKey))) { Primary = true };
        var cancel = new CardAction(
            T("Plan_Cancel"),
            CancelPlanPayload.Verb,
            CardPayloads.Write(new CancelPlanPayload(planId))) { Destructive = true, IgnoreInputs = true };
        return new AdaptiveCard(body, [submit, cancel]);
    }
}

/// <summary>The numbers a CSV file brought to a port form: how many, from which file, the first and the last.</summary>
/// <param name="FileName">The file's name as sent (shown escaped).</param>
/// <param name="Count">How many distinct numbers it holds.</param>
/// <param name="First">Its first number.</param>
/// <param name="Last">Its last number.</param>
public sealed record PortFileNumbers(string FileName, int Count, string First, string Last);
