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

/// <summary>
/// Port orders as objects: list ("open port orders", "où en est mon transfert ?" keep those still moving, with their FOC
/// date), show (every field, secrets masked, and the status timeline), change (as the port rules allow: the FOC date of an
/// approved order, or the transfer date of a rejected or cancelled one, which submits it again through core's edit) and
/// remove (= cancel while the rules allow; refused with the reason otherwise). Every change ends at a plan card, and
/// Confirm applies only if the order still stands where it stood when planned.
/// </summary>
public sealed partial class PortOrderHandler(PortingService porting) : IObjectHandler, IPlannedFlow, IActionFlow
{
    private const string OperationSlot = "operation";
    private const string CancelOperation = "cancel";
    private const string FocOperation = "foc";
    private const string EditOperation = "edit";
    private const string OrderSlot = "orderId";
    private const string DateSlot = "date";
    private const string SeenSlot = "seen";

    /// <inheritdoc />
    public ObjectKind Kind => ObjectKind.PortOrder;

    /// <inheritdoc />
    public string Name => "objects.portorder";

    /// <inheritdoc />
    public IReadOnlyCollection<string> Verbs { get; } = [PortDatePayload.Verb];

    /// <inheritdoc />
    public async Task<Result<IReadOnlyList<NamedObject>>> FindAllAsync(Actor actor, CancellationToken cancellationToken)
    {
        var all = await porting.ListPortOrdersAsync(actor, cancellationToken);
        return !all.IsSuccess
            ? all.Error
            : all.Value.Select(o => new NamedObject(o.Id, Line(o, Language.English), [o.Id, .. o.Numbers.SelectMany(NumberText.Aliases)])).ToArray();
    }

    /// <inheritdoc />
    public async Task ListAsync(FlowTurn turn, Intent intent, CancellationToken cancellationToken)
    {
        var language = turn.Language;
        var all = await porting.ListPortOrdersAsync(turn.Actor, cancellationToken);
        if (!all.IsSuccess)
        {
            await turn.SendTextAsync(all.Error.Describe(language), cancellationToken);
            return;
        }

        var open = OpenWords().IsMatch(TextFolding.Fold(intent.Text));
        var kept = all.Value.Where(o => !open || o.IsOpen).ToArray();
        if (kept.Length == 0)
        {
            await turn.SendTextAsync(all.Value.Count > 0 ? BotText.Get(language, "NumObj_NoOpenPort") : CardText.Get(language, "PortOrders_None"), cancellationToken);
            return;
        }

        var rows = kept
            .Select(o => new ListedObject(Line(o, language), ObjectButtons.Create(BotText.Get(language, "NumObj_Show"), IntentKind.ShowObject, Kind, o.Id)))
            .ToArray();
        var title = open ? BotText.Get(language, "NumObj_OpenPortsTitle", kept.Length) : CardText.Get(language, "PortOrders_Title");
        await ListPages.SendAsync(turn, intent, Kind, rows, page => ObjectListCard.Build(title, page, more: null), cancellationToken);
    }

    /// <inheritdoc />
    public async Task ShowAsync(FlowTurn turn, NamedObject target, Intent intent, CancellationToken cancellationToken)
    {
        var language = turn.Language;
        if (await OrderAsync(turn, target.Id, cancellationToken) is not { } order)
        {
            return;
        }

        var buttons = new List<CardAction>();
        if (turn.Actor.IsAdmin && order.Permissions.Edit != PortEdit.None)
        {
            buttons.Add(ObjectButtons.Create(BotText.Get(language, "NumObj_PortEdit"), IntentKind.ChangeObject, Kind, order.Id));
        }

        if (turn.Actor.IsAdmin && order.Permissions.Cancel)
        {
            buttons.Add(ObjectButtons.Create(BotText.Get(language, "NumObj_PortCancel"), IntentKind.RemoveObject, Kind, order.Id));
        }

        var notes = new List<string> { PortOrderDetails.Allowed(order, language) };
        if (!order.Permissions.View)
        {
            notes.Add(new Error("port.view_not_allowed", order.Id, PortOrderDetails.Status(order.Status, language)).Describe(language));
        }

        var detail = new DetailSummary(BotText.Get(language, "NumObj_PortTitle", order.Id), PortOrderDetails.Facts(order, language), buttons) { Notes = notes };
        await turn.SendCardAsync(DetailCard.Build(detail, language), cancellationToken);
    }

    /// <inheritdoc />
    public async Task ChangeAsync(FlowTurn turn, NamedObject target, Intent intent, CancellationToken cancellationToken)
    {
        var language = turn.Language;
        if (await OrderAsync(turn, target.Id, cancellationToken) is not { } order)
        {
            return;
        }

        if (order.Permissions.Edit == PortEdit.None)
        {
            await turn.SendTextAsync(new Error("port.edit_not_allowed", order.Id, PortOrderDetails.Status(order.Status, language)).Describe(language), cancellationToken);
            return;
        }

        if (PortOrderDetails.Date(intent.Text, language) is { } date)
        {
            await PlanDateAsync(turn, order, date, cancellationToken);
            return;
        }

        var current = order.Permissions.Edit == PortEdit.FocDateOnly && order.FocDate is { } foc
            ? DateOnly.FromDateTime(foc.UtcDateTime)
            : order.Details.TransferDate;
        var label = BotText.Get(language, order.Permissions.Edit == PortEdit.FocDateOnly ? "NumObj_PortFoc" : "NumObj_PortRequested");
        await turn.SendCardAsync(PortDateForm(order, label, current, language), cancellationToken);
    }

    /// <inheritdoc />
    public async Task RemoveAsync(FlowTurn turn, NamedObject target, Intent intent, CancellationToken cancellationToken)
    {
        var language = turn.Language;
        if (await OrderAsync(turn, target.Id, cancellationToken) is not { } order)
        {
            return;
        }

        if (!order.Permissions.Cancel)
        {
            var status = PortOrderDetails.Status(order.Status, language);
            var refusal = order.Status == PortOrderStatus.Cancelled
                ? new Error("port.delete_not_allowed", order.Id, status)
                : new Error("port.cancel_not_allowed", order.Id, status);
            await turn.SendTextAsync(refusal.Describe(language), cancellationToken);
            return;
        }

        var (planId, key) = PendingPlans.Start(turn.State, Name, new Dictionary<string, string>
        {
            [OperationSlot] = CancelOperation,
            [OrderSlot] = order.Id,
            [SeenSlot] = PortOrderDetails.Seen(order),
        });
        var plan = new PlanSummary(planId, BotText.Get(language, "NumObj_PortCancelTitle", order.Id),
        [
            new Fact(BotText.Get(language, "NumObj_PortNumbers"), string.Join(", ", order.Numbers)),
            new Fact(BotText.Get(language, "NumObj_OrderStatus"), BotText.Get(language, "EmergencyObjects_OldNew",
                PortOrderDetails.Status(order.Status, language), PortOrderDetails.Status(PortOrderStatus.Cancelled, language))),
        ])
        {
            Warnings = [BotText.Get(language, "NumObj_PortCancelWarning")],
            ConfirmLabel = BotText.Get(language, "NumObj_PortCancel"),
        };
        await turn.SendCardAsync(PlanCard.Build(plan, key, language), cancellationToken);
    }

    // The order as read now by the actor; null (and said) when it is gone.
    private async Task<PortOrder?> OrderAsync(FlowTurn turn, string id, CancellationToken cancellationToken)
    {
        var all = await porting.ListPortOrdersAsync(turn.Actor, cancellationToken);
        if (!all.IsSuccess)
        {
            await turn.SendTextAsync(all.Error.Describe(turn.Language), cancellationToken);
            return null;
        }

        if (all.Value.FirstOrDefault(o => o.Id == id) is { } order)
        {
            return order;
        }

        await turn.SendTextAsync(BotText.Get(turn.Language, "Objects_Gone_PortOrder"), cancellationToken);
        return null;
    }

    private static string Line(PortOrder order, Language language) =>
        CardText.Get(language, "PortOrders_Order", order.Id, order.Numbers.Count.ToString("N0", language.Culture()),
            PortOrderDetails.Status(order.Status, language), order.SubmittedAt.ToString("d", language.Culture()))
        + (order.FocDate is { } foc ? " " + CardText.Get(language, "PortOrders_Foc", foc.ToString("d", language.Culture())) : string.Empty);

    [GeneratedRegex(@"\b(open|pending|in progress|ongoing|ouverte?s?|en cours|ou en est|ou en sont)\b", RegexOptions.None, matchTimeoutMilliseconds: 200)]
    private static partial Regex OpenWords();
}
