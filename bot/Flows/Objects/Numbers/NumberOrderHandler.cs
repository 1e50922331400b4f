using System.Text.RegularExpressions;
using ChatPhone.Bot.Flows.Common;
using ChatPhone.Bot.Recognition;
using ChatPhone.Cards;
using ChatPhone.Cards.AdaptiveCards;
using ChatPhone.Cards.Common;
using ChatPhone.Core.Common;
using ChatPhone.Core.Numbers.Orders;

namespace ChatPhone.Bot.Flows.Objects.Numbers;

/// <summary>
/// Number orders (searches at the carrier, whose numbers are reserved until acquired) and manual requests for numbers
/// as objects: list ("open number orders" keeps the reserved orders and the submitted requests), show (status, numbers,
/// place, dates), and remove (= cancel a reserved order through core, which gives its numbers back; refused with the
/// reason otherwise). An order has nothing to change: a change says so and offers to cancel it.
/// </summary>
public sealed partial class NumberOrderHandler(NumberOrderService orders, TimeProvider clock) : IObjectHandler, IPlannedFlow
{
    private const string OrderSlot = "orderId";

    /// <summary>How many orders one list card shows.</summary>
    public const int PageSize = 20;

    /// <inheritdoc />
    public ObjectKind Kind => ObjectKind.NumberOrder;

    /// <inheritdoc />
    public string Name => "objects.numberorder";

    /// <inheritdoc />
    public async Task<Result<IReadOnlyList<NamedObject>>> FindAllAsync(Actor actor, CancellationToken cancellationToken)
    {
        var all = await orders.ListOrdersAsync(actor, clock.GetUtcNow(), cancellationToken);
        if (!all.IsSuccess)
        {
            return all.Error;
        }

        var language = Language.English;
        return all.Value.Orders.Select(o => new NamedObject(o.Id, Line(o, language), [o.Id]))
            .Concat(all.Value.Requests.Select(r => new NamedObject(r.Id, Line(r, language), [r.Id])))
            .ToArray();
    }

    /// <inheritdoc />
    public async Task ListAsync(FlowTurn turn, Intent intent, CancellationToken cancellationToken)
    {
        var language = turn.Language;
        var all = await orders.ListOrdersAsync(turn.Actor, clock.GetUtcNow(), cancellationToken);
        if (!all.IsSuccess)
        {
            await turn.SendTextAsync(all.Error.Describe(language), cancellationToken);
            return;
        }

        var open = OpenWords().IsMatch(TextFolding.Fold(intent.Text));
        var searches = all.Value.Orders.Where(o => !open || o.Status == OrderStatus.Reserved).ToArray();
        if (searches.Length == 0 && all.Value.Requests.Count == 0)
        {
            await turn.SendTextAsync(all.Value.Orders.Count > 0 ? BotText.Get(language, "NumObj_NoOpenOrder") : CardText.Get(language, "NumberOrders_None"), cancellationToken);
            return;
        }

        var title = open ? BotText.Get(language, "NumObj_OpenOrdersTitle", searches.Length + all.Value.Requests.Count) : CardText.Get(language, "NumberOrders_Title");
        await turn.SendCardAsync(ObjectListCard.Build(title,
        [
            Section(CardText.Get(language, "NumberOrders_Requests"), all.Value.Requests.Select(r => Row(r.Id, Line(r, language), language)).ToArray(), language),
            Section(CardText.Get(language, "NumberOrders_Searches"), searches.Select(o => Row(o.Id, Line(o, language), language)).ToArray(), language),
        ]), cancellationToken);
    }

    private static ListedSection Section(string heading, IReadOnlyList<ListedObject> rows, Language language) =>
        new(heading, rows.Take(PageSize).ToArray(), rows.Count > PageSize ? CardText.Get(language, "Common_More", rows.Count - PageSize) : null);

    /// <inheritdoc />
    public async Task ShowAsync(FlowTurn turn, NamedObject target, Intent intent, CancellationToken cancellationToken)
    {
        var language = turn.Language;
        var all = await orders.ListOrdersAsync(turn.Actor, clock.GetUtcNow(), cancellationToken);
        if (!all.IsSuccess)
        {
            await turn.SendTextAsync(all.Error.Describe(language), cancellationToken);
            return;
        }

        if (all.Value.Requests.FirstOrDefault(r => r.Id == target.Id) is { } request)
        {
            var facts = NumberOrderDetails.Facts(request, language);
            var card = new DetailSummary(BotText.Get(language, "NumObj_RequestTitle", request.Id), facts, [])
            {
                Notes = [BotText.Get(language, "NumObj_RequestNoCancel", request.Id, request.SubmittedTo)],
            };
            await turn.SendCardAsync(DetailCard.Build(card, language), cancellationToken);
            return;
        }

        if (all.Value.Orders.FirstOrDefault(o => o.Id == target.Id) is not { } order)
        {
            await turn.SendTextAsync(BotText.Get(language, "Objects_Gone_NumberOrder"), cancellationToken);
            return;
        }

        CardAction[] buttons = turn.Actor.IsAdmin && order.Status == OrderStatus.Reserved
            ? [ObjectButtons.Create(BotText.Get(language, "NumObj_CancelOrder"), IntentKind.RemoveObject, Kind, order.Id)]
            : [];
        var detail = new DetailSummary(BotText.Get(language, "NumObj_OrderTitle", order.Id), NumberOrderDetails.Facts(order, language), buttons);
        await turn.SendCardAsync(DetailCard.Build(detail, language), cancellationToken);
    }

    /// <inheritdoc />
    public Task ChangeAsync(FlowTurn turn, NamedObject target, Intent intent, CancellationToken cancellationToken) =>
        turn.SendTextAsync(BotText.Get(turn.Language, "NumObj_OrderNoChange"), cancellationToken);

    /// <inheritdoc />
    public async Task RemoveAsync(FlowTurn turn, NamedObject target, Intent intent, CancellationToken cancellationToken)
    {
        var language = turn.Language;
        var all = await orders.ListOrdersAsync(turn.Actor, clock.GetUtcNow(), cancellationToken);
        if (!all.IsSuccess)
        {
            await turn.SendTextAsync(all.Error.Describe(language), cancellationToken);
            return;
        }

        if (all.Value.Requests.FirstOrDefault(r => r.Id == target.Id) is { } request)
        {
            await turn.SendTextAsync(BotText.Get(language, "NumObj_RequestNoCancel", request.Id, request.SubmittedTo), cancellationToken);
            return;
        }

        if (all.Value.Orders.FirstOrDefault(o => o.Id == target.Id) is not { } order)
        {
            await turn.SendTextAsync(BotText.Get(language, "Objects_Gone_NumberOrder"), cancellationToken);
            return;
        }

        if (order.Status != OrderStatus.Reserved)
        {
            await turn.SendTextAsync(BotText.Get(language, "NumObj_OrderNotCancellable", order.Id, CardText.Get(language, "NumberOrders_SearchStatus_" + order.Status)), cancellationToken);
            return;
        }

        var (planId, key) = PendingPlans.Start(turn.State, Name, new Dictionary<string, string> { [OrderSlot] = order.Id });
        var plan = new PlanSummary(planId, BotText.Get(language, "NumObj_CancelOrderTitle", order.Id),
        [
            new Fact(BotText.Get(language, "NumObj_OrderNumbers"), string.Join(", ", order.Numbers.Select(n => n.Number))),
            new Fact(BotText.Get(language, "NumObj_OrderStatus"), BotText.Get(language, "EmergencyObjects_OldNew",
                CardText.Get(language, "NumberOrders_SearchStatus_" + order.Status), CardText.Get(language, "NumberOrders_SearchStatus_" + OrderStatus.Cancelled))),
        ])
        {
            Warnings = [BotText.Get(language, "NumObj_CancelOrderWarning")],
            ConfirmLabel = BotText.Get(language, "NumObj_CancelOrder"),
        };
        await turn.SendCardAsync(PlanCard.Build(plan, key, language), cancellationToken);
    }

    /// <inheritdoc />
    public async Task<ActionResult> ApplyAsync(FlowTurn turn, IReadOnlyDictionary<string, string> slots, IdempotencyKey key, CancellationToken cancellationToken)
    {
        var language = turn.Language;
        var cancelled = await orders.CancelAsync(new CancelNumberOrder(turn.Actor, key, slots[OrderSlot]), cancellationToken);
        if (!cancelled.IsSuccess)
        {
            return ActionResult.Failure(cancelled.Error, language);
        }

        var text = BotText.Get(language, "NumObj_OrderCancelled", cancelled.Value.Id, cancelled.Value.Numbers.Count);
        return new ActionResult(text, ResultCard.Build(new ResultSummary(text,
            [new Fact(BotText.Get(language, "NumObj_OrderNumbers"), string.Join(", ", cancelled.Value.Numbers.Select(n => n.Number)))]), language));
    }

    private ListedObject Row(string id, string line, Language language) =>
        new(line, ObjectButtons.Create(BotText.Get(language, "NumObj_Show"), IntentKind.ShowObject, Kind, id));

    // The same wording as the number orders card, so "show our number requests" and the generic list read alike.
    private static string Line(NumberOrder order, Language language) =>
        CardText.Get(language, "NumberOrders_Search", order.Id, order.Quantity.ToString("N0", language.Culture()), CardText.Get(language, "NumberType_" + order.Type),
            NumberOrderDetails.Place(order), CardText.Get(language, "NumberOrders_SearchStatus_" + order.Status), order.CreatedAt.ToString("d", language.Culture()));

    private static string Line(NumberRequest request, Language language) =>
        CardText.Get(language, "NumberOrders_Request", request.Id, request.Quantity.ToString("N0", language.Culture()), CardText.Get(language, "NumberType_" + request.Type),
            request.Country, CardText.Get(language, "NumberOrders_RequestStatus_" + request.Status), request.SubmittedTo, request.CreatedAt.ToString("d", language.Culture()));

    [GeneratedRegex(@"\b(open|pending|in progress|reserved|ouverte?s?|en cours|reservee?s?|en attente)\b", RegexOptions.None, matchTimeoutMilliseconds: 200)]
    private static partial Regex OpenWords();
}
