using System.Globalization;
using System.Text.Json;
using System.Text.RegularExpressions;
using ChatPhone.Bot.Flows.Common;
using ChatPhone.Bot.Recognition;
using ChatPhone.Cards;
using ChatPhone.Cards.Actions;
using ChatPhone.Cards.AdaptiveCards;
using ChatPhone.Cards.Common;
using ChatPhone.Core.Commands;
using ChatPhone.Core.Common;
using ChatPhone.Core.Directory;
using ChatPhone.Core.Numbers.Porting;

namespace ChatPhone.Bot.Flows.Objects.Numbers;

/// <summary>Port orders as objects: applying their plans, and the dates (FOC or transfer) their form and sentences set.</summary>
public sealed partial class PortOrderHandler
{
    /// <inheritdoc />
    public async Task<ActionResult> ApplyAsync(FlowTurn turn, IReadOnlyDictionary<string, string> slots, IdempotencyKey key, CancellationToken cancellationToken)
    {
        var language = turn.Language;
        var id = slots[OrderSlot];
        var orders = await porting.ListPortOrdersAsync(turn.Actor, cancellationToken);
        if (!orders.IsSuccess)
        {
            return ActionResult.Failure(orders.Error, language);
        }

        if (orders.Value.FirstOrDefault(o => o.Id == id) is not { } order)
        {
            return new ActionResult(BotText.Get(language, "NumObj_PortGoneSincePlan", id)) { Failed = true };
        }

        var operation = slots[OperationSlot];
        if (PortOrderDetails.Seen(order) != slots[SeenSlot])
        {
            return new ActionResult(BotText.Get(language, "NumObj_PortChangedSincePlan", id, PortOrderDetails.Status(order.Status, language))) { Failed = true };
        }

        Result<PortOrder> done = operation switch
        {
            CancelOperation => await porting.CancelPortOrderAsync(new CancelPortOrder(turn.Actor, key, id), cancellationToken),
            FocOperation => await porting.SetFocDateAsync(new SetFocDate(turn.Actor, key, id, DateOnly.ParseExact(slots[DateSlot], "yyyy-MM-dd", CultureInfo.InvariantCulture)), cancellationToken),
            _ => await porting.EditPortOrderAsync(new EditPortOrder(turn.Actor, key, id, Resubmitted(order, DateOnly.ParseExact(slots[DateSlot], "yyyy-MM-dd", CultureInfo.InvariantCulture))), cancellationToken),
        };
        if (!done.IsSuccess)
        {
            return ActionResult.Failure(done.Error, language);
        }

        var text = BotText.Get(language, operation == CancelOperation ? "NumObj_PortCancelled" : "NumObj_PortChanged", id, PortOrderDetails.Status(done.Value.Status, language));
        return new ActionResult(text, ResultCard.Build(new ResultSummary(text, PortOrderDetails.Facts(done.Value, language).Take(3).ToArray()), language));
    }

    /// <summary>The date form's submit: planned like a sentence, unless the order moved since the form was sent.</summary>
    public async Task<ActionResult> RunAsync(FlowTurn turn, string verb, JsonElement data, CancellationToken cancellationToken)
    {
        var language = turn.Language;
        if (!turn.Actor.IsAdmin)
        {
            return ActionRouter.Failed(turn, CommandRunner.RoleError(Role.Admin));
        }

        var payload = CardPayloads.Read<PortDatePayload>(data);
        if (!payload.IsSuccess)
        {
            return ActionRouter.Failed(turn, payload.Error);
        }

        var orders = await porting.ListPortOrdersAsync(turn.Actor, cancellationToken);
        if (!orders.IsSuccess || orders.Value.FirstOrDefault(o => o.Id == payload.Value.OrderId) is not { } order)
        {
            return new ActionResult(BotText.Get(language, "Objects_Gone_PortOrder")) { Failed = true };
        }

        if (PortOrderDetails.Seen(order) != payload.Value.Seen)
        {
            return new ActionResult(BotText.Get(language, "NumObj_PortChangedSincePlan", order.Id, PortOrderDetails.Status(order.Status, language))) { Failed = true };
        }

        var text = data.TryGetProperty(PortDatePayload.DateInput, out var value) && value.ValueKind == JsonValueKind.String ? value.GetString()! : string.Empty;
        if (PortOrderDetails.Date(text, language) is not { } date)
        {
            return new ActionResult(BotText.Get(language, "NumObj_PortDateInvalid", text)) { Failed = true };
        }

        await PlanDateAsync(turn, order, date, cancellationToken);
        return new ActionResult(BotText.Get(language, "Form_Received")) { Quiet = true };
    }

    // The FOC date of an approved order, or the transfer date of a rejected or cancelled one (submitted again).
    private async Task PlanDateAsync(FlowTurn turn, PortOrder order, DateOnly date, CancellationToken cancellationToken)
    {
        var language = turn.Language;
        var culture = language.Culture();
        var foc = order.Permissions.Edit == PortEdit.FocDateOnly;
        var (planId, key) = PendingPlans.Start(turn.State, Name, new Dictionary<string, string>
        {
            [OperationSlot] = foc ? FocOperation : EditOperation,
            [OrderSlot] = order.Id,
            [DateSlot] = date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
            [SeenSlot] = PortOrderDetails.Seen(order),
        });
        var old = foc
            ? order.FocDate is { } focDate ? focDate.ToString("d", culture) : BotText.Get(language, "NumObj_PortFocNone")
            : order.Details.TransferDate.ToString("d", culture);
        var facts = new List<Fact>
        {
            new(BotText.Get(language, foc ? "NumObj_PortFoc" : "NumObj_PortRequested"), BotText.Get(language, "EmergencyObjects_OldNew", old, date.ToString("d", culture))),
        };
        if (!foc)
        {
            facts.Add(new(BotText.Get(language, "NumObj_OrderStatus"), BotText.Get(language, "EmergencyObjects_OldNew",
                PortOrderDetails.Status(order.Status, language), PortOrderDetails.Status(PortOrderStatus.Processing, language))));
        }

        var plan = new PlanSummary(planId, BotText.Get(language, "NumObj_PortChangeTitle", order.Id), facts)
        {
            Warnings = foc ? [] : [BotText.Get(language, "NumObj_PortResubmitWarning")],
        };
        await turn.SendCardAsync(PlanCard.Build(plan, key, language), cancellationToken);
    }

    /// <summary>The date form of a port order, prefilled with today's date of the field the rules let change.</summary>
    public static AdaptiveCard PortDateForm(PortOrder order, string label, DateOnly current, Language language)
    {
        var submit = new CardAction(BotText.Get(language, "NumObj_PortDateSubmit"), PortDatePayload.Verb,
            CardPayloads.Write(new PortDatePayload(order.Id, PortOrderDetails.Seen(order)))) { Primary = true };
        return new AdaptiveCard(
        [
            new TextBlock(BotText.Get(language, "NumObj_PortChangeTitle", order.Id)) { Size = TextSize.Medium, Bolder = true },
            new TextBlock(PortOrderDetails.Allowed(order, language)) { Subtle = true },
            new InputText(PortDatePayload.DateInput, label)
            {
                Value = current.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
                Placeholder = "YYYY-MM-DD",
                Regex = @"^\d{4}-\d{2}-\d{2}$",
                IsRequired = true,
                ErrorMessage = BotText.Get(language, "NumObj_PortDateHint"),
            },
            new ActionSet([submit]),
        ], []);
    }

    // The order's own fields with a new transfer date: what core's edit submits again.
    private static PortRequest Resubmitted(PortOrder order, DateOnly date)
    {
        var d = order.Details;
        return new PortRequest(d.AccountNumber, d.BillingTelephoneNumber, d.CompanyName, d.AuthorizingPerson, d.ServiceAddress, d.City, d.State, d.Zip,
            order.Numbers.Select(n => new PortLine(n)).ToArray(), d.PortType, date, d.StartTime, d.LoaSignature, LoaAccepted: true, d.LosingCarrier,
            d.PinToUnblock, d.OtherPeopleToNotify, CivicAddressId: order.CivicAddressId);
    }
}
