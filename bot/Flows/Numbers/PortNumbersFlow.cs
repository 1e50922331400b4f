using System.Globalization;
using System.Text.Json;
using ChatPhone.Bot.Flows.Common;
using ChatPhone.Bot.Flows.Directory;
using ChatPhone.Bot.Recognition;
using ChatPhone.Cards.Actions;
using ChatPhone.Cards.AdaptiveCards;
using ChatPhone.Cards.Common;
using ChatPhone.Cards.Numbers;
using ChatPhone.Core.Common;
using ChatPhone.Core.Emergency;
using ChatPhone.Core.Numbers;
using ChatPhone.Core.Numbers.Porting;
using ChatPhone.Core.Tenants;
using Error = ChatPhone.Core.Common.Error;

namespace ChatPhone.Bot.Flows.Numbers;

/// <summary>
/// Step 3c by chat, "port my numbers": explains what the transfer needs and sends the transfer form. Its
/// Submit checks every number and then creates a transfer order, or a service request when the wizard
/// can't be used, once per form; when numbers can't be transferred nothing is created and the form comes
/// back prefilled with the per-number problems. "Port these numbers" with a CSV file sends the same form: the file's
/// numbers stay with the bot (a card could not carry thousands), the form names how many and from which file, and its
/// text box takes others only.
/// </summary>
public sealed partial class PortNumbersFlow(PortingService porting, EmergencyService emergency, ProfileService profiles, CsvAttachmentReader files) : IIntentFlow, IActionFlow
{
    private const string KeySlot = "_planKey";
    private const string FileNumbersSlot = "port.fileNumbers";
    private const string FileNameSlot = "port.fileName";
    private const int MaxFileProblemsShown = 20;
    private static readonly TimeOnly DefaultStart = new(9, 0);

    private static readonly string[] InputIds =
    [
        PortOrderInputs.LosingCarrier, PortOrderInputs.AccountNumber, PortOrderInputs.BillingTelephoneNumber, PortOrderInputs.Pin,
        PortOrderInputs.Numbers, PortOrderInputs.CompanyName, PortOrderInputs.AuthorizingPerson, PortOrderInputs.ServiceAddress,
        PortOrderInputs.City, PortOrderInputs.State, PortOrderInputs.Zip, PortOrderInputs.PortType, PortOrderInputs.TransferDate,
        PortOrderInputs.StartTime, PortOrderInputs.Signature, PortOrderInputs.LoaAccepted, PortOrderInputs.Notify, PortOrderInputs.NumberType,
    ];

    /// <summary>The name stored as the pending flow while the form waits.</summary>
    public const string Name = "numbers.port";

    /// <inheritdoc />
    public IReadOnlyCollection<IntentKind> Intents { get; } = [IntentKind.PortNumbers];

    /// <inheritdoc />
    public IReadOnlyCollection<string> Verbs { get; } = [SubmitPortOrderPayload.Verb];

    /// <inheritdoc />
    public async Task RunAsync(FlowTurn turn, Intent intent, CancellationToken cancellationToken)
    {
        var language = turn.Language;
        if (!turn.Actor.IsAdmin)
        {
            await turn.SendTextAsync(new Error("auth.admin_required").Describe(language), cancellationToken);
            return;
        }

        var (planId, key) = PendingPlans.Start(turn.State, Name, new Dictionary<string, string>());
        await turn.SendTextAsync(BotText.Get(language, "Port_Explain"), cancellationToken);
        await turn.SendCardAsync(PortOrderFormCard.Build(await FirstValuesAsync(turn, cancellationToken), null, planId, key, language), cancellationToken);
    }

    private async Task<Dictionary<string, string>> FirstValuesAsync(FlowTurn turn, CancellationToken cancellationToken)
    {
        var values = new Dictionary<string, string> { [PortOrderInputs.StartTime] = DefaultStart.ToString("HH:mm", CultureInfo.InvariantCulture) };
        if (await profiles.GetAsync(turn.Actor.Tenant, cancellationToken) is { IsSuccess: true, Value.DisplayName: { } company })
        {
            // The letter of authorisation names the organisation as the carrier knows it: its profile name is the best first guess.
            values[PortOrderInputs.CompanyName] = company;
        }

        return values;
    }

    /// <inheritdoc />
    public async Task<ActionResult> RunAsync(FlowTurn turn, string verb, JsonElement data, CancellationToken cancellationToken)
    {
        var payload = CardPayloads.Read<SubmitPortOrderPayload>(data);
        return payload.IsSuccess ? await SubmitAsync(turn, payload.Value, data, cancellationToken) : ActionRouter.Failed(turn, payload.Error);
    }

    /// <summary>The form's Submit: the portability check, then an order or a service request, once per form.</summary>
    public async Task<ActionResult> SubmitAsync(FlowTurn turn, SubmitPortOrderPayload payload, JsonElement data, CancellationToken cancellationToken)
    {
        var language = turn.Language;
        var pending = PendingPlans.Find(turn.State, Name, payload.PlanId);
        if (pending is null || pending.GetValueOrDefault(KeySlot) != payload.IdempotencyKey)
        {
            return new ActionResult(BotText.Get(language, "Port_FormNotCurrent"));
        }

        var key = IdempotencyKey.TryCreate(payload.IdempotencyKey);
        if (!key.IsSuccess)
        {
            return new ActionResult(key.Error.Describe(language));
        }

        var fromFile = FileNumbers(pending);
        var request = Read(data, fromFile, language);
        if (!request.IsSuccess)
        {
            return new ActionResult(request.Text!);
        }

        var withAddress = request.Request! with { CivicAddressId = await AddressForAsync(turn.Actor, request.Request!.Numbers, cancellationToken) };
        var submitted = await porting.CreatePortOrderAsync(new CreatePortOrder(turn.Actor, key.Value, withAddress), cancellationToken);
        if (!submitted.IsSuccess)
        {
            // Nothing was stored: the form stays current so the admin can fix it and submit again.
            return new ActionResult(BotText.Get(language, "Port_FixAndResubmit", submitted.Error.Describe(language)));
        }

        var submission = submitted.Value;
        switch (submission.Outcome)
        {
            case PortSubmissionOutcome.NotPortable:
            {
                // The key's answer is stored; a corrected form needs a new one.
                var problems = submission.Problems.Select(p => BotText.Get(language, "Port_Problem", p.Number, p.Reason.Describe(language))).ToArray();
                var file = pending.Where(s => s.Key is FileNumbersSlot or FileNameSlot).ToDictionary(s => s.Key, s => s.Value);
                var (planId, nextKey) = PendingPlans.Start(turn.State, Name, file);
                var text = BotText.Get(language, "Port_NotPortable", problems.Length, string.Join(' ', problems));
                return new ActionResult(text, PortOrderFormCard.Build(Values(data), problems, planId, nextKey, language, FileOf(fromFile, file.GetValueOrDefault(FileNameSlot))));
            }

            case PortSubmissionOutcome.OrderCreated when submission.Order is { } order:
            {
                PendingPlans.End(turn.State);
                var status = BotText.Get(language, "Port_Status_" + order.Status);
                var text = BotText.Get(language, "Port_OrderCreated", order.Id, status);
                var facts = new List<Fact>
                {
                    new(BotText.Get(language, "Port_Status"), status),
                    new(BotText.Get(language, "Port_Numbers"), string.Join(", ", order.Numbers)),
                };
                if (order.FocDate is { } foc)
                {
                    facts.Add(new Fact(BotText.Get(language, "Port_Foc"), foc.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)));
                }

                return new ActionResult(text, ResultCard.Build(new ResultSummary(text, facts, BotText.Get(language, "Port_OrderNext")), language));
            }

            case PortSubmissionOutcome.ServiceRequestCreated when submission.ServiceRequest is { } serviceRequest:
            {
                PendingPlans.End(turn.State);
                var why = (submission.Why ?? serviceRequest.Why).Describe(language);
                var text = BotText.Get(language, "Port_ServiceRequestCreated", serviceRequest.Id, why);
                var facts = new Fact[]
                {
                    new(BotText.Get(language, "Port_Why"), why),
                    new(BotText.Get(language, "Port_Numbers"), string.Join(", ", serviceRequest.Numbers)),
                };
                return new ActionResult(text, ResultCard.Build(new ResultSummary(text, facts, BotText.Get(language, "Port_ServiceRequestNext")), language));
            }

            default:
                PendingPlans.End(turn.State);
                return new ActionResult(new Error("card.invalid_payload").Describe(language));
        }
    }

    /// <summary>The request the form's inputs describe, or the sentence saying which input is malformed.</summary>
    private static (bool IsSuccess, PortRequest? Request, string? Text) Read(JsonElement data, IReadOnlyList<string> fromFile, Language language)
    {
        string In(string id) => CardInputs.Value(data, id) ?? string.Empty;
        var billing = E164Number.TryParse(In(PortOrderInputs.BillingTelephoneNumber));
        var (typed, problems) = PortNumberCsv.Parse(In(PortOrderInputs.Numbers), billing.IsSuccess ? billing.Value.Region : null, language);
        if (problems.Count > 0)
        {
            return (false, null, string.Join("\n", problems));
        }

        var numbers = fromFile.Concat(typed).Distinct(StringComparer.Ordinal).ToList();
        if (numbers.Count == 0)
        {
            return (false, null, BotText.Get(language, "Port_NumbersMissing"));
        }

        var dateText = In(PortOrderInputs.TransferDate);
        if (!DateOnly.TryParseExact(dateText, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date))
        {
            return (false, null, BotText.Get(language, "Port_DateInvalid", dateText));
        }

        var timeText = In(PortOrderInputs.StartTime);
        var time = DefaultStart;
        if (timeText.Length > 0 && !TimeOnly.TryParseExact(timeText, "HH:mm", CultureInfo.InvariantCulture, DateTimeStyles.None, out time))
        {
            return (false, null, BotText.Get(language, "Port_TimeInvalid", timeText));
        }

        var portType = Enum.TryParse<PortType>(In(PortOrderInputs.PortType), ignoreCase: true, out var type) ? type : PortType.Partial;
        var notify = CardInputs.Values(data, PortOrderInputs.Notify);
        var numberType = Enum.TryParse<NumberType>(In(PortOrderInputs.NumberType), ignoreCase: false, out var declared) && Enum.IsDefined(declared)
            ? declared
            : NumberType.UserSubscriber;
        var request = new PortRequest(
            In(PortOrderInputs.AccountNumber),
            Normalize(In(PortOrderInputs.BillingTelephoneNumber)),
            In(PortOrderInputs.CompanyName),
            In(PortOrderInputs.AuthorizingPerson),
            In(PortOrderInputs.ServiceAddress),
            In(PortOrderInputs.City),
            In(PortOrderInputs.State),
            In(PortOrderInputs.Zip),
            numbers.Select(n => new PortLine(Normalize(n))).ToArray(),
            portType,
            date,
            time,
            In(PortOrderInputs.Signature),
            CardInputs.Value(data, PortOrderInputs.LoaAccepted) == PortOrderFormCard.Accepted,
            In(PortOrderInputs.LosingCarrier),
            CardInputs.Value(data, PortOrderInputs.Pin),
            notify.Count == 0 ? null : notify,
            numberType);
        return (true, request, null);
    }

    /// <summary>A validated emergency address in the numbers' country (required for EMEA numbers), when the tenant has one.</summary>
    private async Task<string?> AddressForAsync(Actor actor, IReadOnlyList<PortLine> numbers, CancellationToken cancellationToken)
    {
        var country = numbers.Select(n => E164Number.TryParse(n.Number)).FirstOrDefault(r => r.IsSuccess) is { IsSuccess: true } first
            ? first.Value.Region
            : null;
        if (country is null)
        {
            return null;
        }

        var addresses = await emergency.ListAddressesAsync(actor, ValidationStatus.Validated, cancellationToken);
        return addresses.IsSuccess
            ? addresses.Value.FirstOrDefault(a => a.Country.Equals(country, StringComparison.OrdinalIgnoreCase))?.Id
            : null;
    }

    /// <summary>"+1 206 555 0100" → "+12065550100"; text that is not a number is kept for core to report.</summary>
    private static string Normalize(string number) =>
        E164Number.TryParse(number) is { IsSuccess: true } parsed ? parsed.Value.Value : number;

    private static Dictionary<string, string> Values(JsonElement data) =>
        InputIds.Select(id => (Id: id, Value: CardInputs.Value(data, id))).Where(p => p.Value is not null).ToDictionary(p => p.Id, p => p.Value!);
}
