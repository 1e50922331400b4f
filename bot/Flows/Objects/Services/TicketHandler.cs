using System.Globalization;
using ChatPhone.Bot.Flows.Common;
using ChatPhone.Bot.Flows.Helpdesk;
using ChatPhone.Bot.Recognition;
using ChatPhone.Cards.AdaptiveCards;
using ChatPhone.Cards.Common;
using ChatPhone.Core.Common;
using ChatPhone.Core.Directory;
using ChatPhone.Core.Helpdesk;

namespace ChatPhone.Bot.Flows.Objects.Services;

/// <summary>
/// Helpdesk tickets as objects: list (open ones by default, the same cards as "show open tickets"; "mine" or "all" on
/// request), show (the ticket card: status, who has it, history, the fixes offered), change ("hand T-1001 over to Priya",
/// "resolve T-1001"; else the ticket card, whose buttons do the rest) and remove (resolves it). Changes go through core's
/// ticket commands with the plan's key, only if the ticket is still as it was planned against.
/// </summary>
public sealed class TicketHandler(TicketService tickets, TicketFlow cards, TicketListFlow openList, IDirectoryStore directory) : IObjectHandler, IPlannedFlow
{
    private const string OperationSlot = "ticket.op";
    private const string TicketSlot = "ticket.id";
    private const string ToSlot = "ticket.to";
    private const string SeenSlot = "ticket.seen";
    private const string Resolve = "resolve";
    private const string HandOver = "handover";

    /// <summary>The ids a list button may carry as its filter.</summary>
    public const string MineFilter = "mine";

    /// <summary>Every ticket, resolved ones too.</summary>
    public const string AllFilter = "all";

    /// <inheritdoc />
    public ObjectKind Kind => ObjectKind.Ticket;

    /// <inheritdoc />
    public string Name => "objects.ticket";

    /// <inheritdoc />
    public async Task<Result<IReadOnlyList<NamedObject>>> FindAllAsync(Actor actor, CancellationToken cancellationToken)
    {
        var all = await tickets.ListAllAsync(actor, cancellationToken);
        return all.IsSuccess ? all.Value.Select(t => new NamedObject(t.Id, t.Id)).ToArray() : all.Error;
    }

    /// <inheritdoc />
    public async Task ListAsync(FlowTurn turn, Intent intent, CancellationToken cancellationToken)
    {
        var filter = intent.ObjectId() ?? (ServiceSentence.Has(intent.Text, "my", "mine", "me", "mes", "moi", "miens")
            ? MineFilter
            : ServiceSentence.Has(intent.Text, "all", "every", "resolved", "closed", "tous", "toutes", "resolus", "fermes", "clos") ? AllFilter : null);
        if (filter is not (MineFilter or AllFilter))
        {
            await openList.RunAsync(turn, intent, cancellationToken);
            return;
        }

        var all = await tickets.ListAllAsync(turn.Actor, cancellationToken);
        if (!all.IsSuccess)
        {
            await turn.SendTextAsync(all.Error.Describe(turn.Language), cancellationToken);
            return;
        }

        var shown = filter == MineFilter
            ? all.Value.Where(t => t.AssigneeId == turn.Actor.UserId && t.Status != TicketStatus.Resolved).ToArray()
            : all.Value.OrderByDescending(t => t.OpenedAt).ToArray();
        await turn.SendTextAsync(BotText.Get(turn.Language, filter == MineFilter ? "SvcObj_TicketsMine" : "SvcObj_TicketsAll", shown.Length, TicketListFlow.MaxShown), cancellationToken);
        foreach (var ticket in shown.Take(TicketListFlow.MaxShown))
        {
            await turn.SendCardAsync(await cards.CardAsync(turn, ticket, cancellationToken), cancellationToken);
        }
    }

    /// <inheritdoc />
    public async Task ShowAsync(FlowTurn turn, NamedObject target, Intent intent, CancellationToken cancellationToken)
    {
        if (await TicketAsync(turn, target.Id, cancellationToken) is { } ticket)
        {
            await turn.SendCardAsync(await cards.CardAsync(turn, ticket, cancellationToken), cancellationToken);
        }
    }

    /// <inheritdoc />
    public async Task ChangeAsync(FlowTurn turn, NamedObject target, Intent intent, CancellationToken cancellationToken)
    {
        if (await TicketAsync(turn, target.Id, cancellationToken) is not { } ticket)
        {
            return;
        }

        if (ServiceSentence.Has(intent.Text, "resolve", "resolved", "close", "closed", "done", "solve", "resous", "resoudre", "resolu", "ferme", "fermer", "cloture", "cloturer", "clos"))
        {
            await PlanResolveAsync(turn, ticket, cancellationToken);
            return;
        }

        var staff = (await directory.ListAsync(turn.Actor.Tenant, cancellationToken)).Where(p => p.Role >= Role.Helpdesk).ToArray();
        var named = ObjectMentions.Find(intent.Text.Replace(ticket.Id, " ", StringComparison.OrdinalIgnoreCase),
            staff.Select(p => new NamedObject(p.AadObjectId, p.DisplayName, [p.Upn, p.DisplayName.Split(' ')[0]])));
        if (named.Count != 1)
        {
            await turn.SendTextAsync(BotText.Get(turn.Language, named.Count == 0 ? "SvcObj_TicketHowChange" : "SvcObj_TicketWhichPerson", ticket.Id), cancellationToken);
            await turn.SendCardAsync(await cards.CardAsync(turn, ticket, cancellationToken), cancellationToken);
            return;
        }

        var language = turn.Language;
        if (ticket.Status == TicketStatus.Resolved)
        {
            await turn.SendTextAsync(new Error("ticket.already_resolved", ticket.Id).Describe(language), cancellationToken);
            return;
        }

        var to = named[0];
        var (planId, key) = PendingPlans.Start(turn.State, Name, Slots(ticket, HandOver, to.Id));
        var plan = new PlanSummary(planId, BotText.Get(language, "SvcObj_TicketHandOverTitle", ticket.Id, to.Name),
        [
            new Fact(BotText.Get(language, "SvcObj_Ticket"), TicketViews.Title(ticket.Report, language)),
            new Fact(BotText.Get(language, "SvcObj_TicketAssignee"), $"{ticket.AssigneeName ?? BotText.Get(language, "SvcObj_Nobody")} → {to.Name}"),
        ]);
        await turn.SendCardAsync(PlanCard.Build(plan, key, language), cancellationToken);
    }

    /// <inheritdoc />
    public async Task RemoveAsync(FlowTurn turn, NamedObject target, Intent intent, CancellationToken cancellationToken)
    {
        if (await TicketAsync(turn, target.Id, cancellationToken) is { } ticket)
        {
            await PlanResolveAsync(turn, ticket, cancellationToken);
        }
    }

    /// <inheritdoc />
    public async Task<ActionResult> ApplyAsync(FlowTurn turn, IReadOnlyDictionary<string, string> slots, IdempotencyKey key, CancellationToken cancellationToken)
    {
        var language = turn.Language;
        var id = slots[TicketSlot];
        var current = await tickets.GetAsync(turn.Actor, id, cancellationToken);
        if (!current.IsSuccess)
        {
            return new ActionResult(BotText.Get(language, "Objects_Gone_Ticket")) { Failed = true };
        }

        if (Seen(current.Value) != slots.GetValueOrDefault(SeenSlot))
        {
            return new ActionResult(BotText.Get(language, "SvcObj_TicketChangedMeanwhile", id), await cards.CardAsync(turn, current.Value, cancellationToken)) { Failed = true };
        }

        var changed = slots[OperationSlot] == Resolve
            ? await tickets.ResolveAsync(new ResolveTicket(turn.Actor, key, id), cancellationToken)
            : await tickets.HandOverAsync(new HandOverTicket(turn.Actor, key, id, slots[ToSlot]), cancellationToken);
        if (!changed.IsSuccess)
        {
            return ActionResult.Failure(changed.Error, language);
        }

        var text = slots[OperationSlot] == Resolve
            ? BotText.Get(language, "Ticket_Resolved", id, string.Empty)
            : BotText.Get(language, "Ticket_HandedOver", id, changed.Value.AssigneeName ?? string.Empty);
        return new ActionResult(text, await cards.CardAsync(turn, changed.Value, cancellationToken));
    }

    private async Task PlanResolveAsync(FlowTurn turn, Ticket ticket, CancellationToken cancellationToken)
    {
        var language = turn.Language;
        if (ticket.Status == TicketStatus.Resolved)
        {
            await turn.SendTextAsync(new Error("ticket.already_resolved", ticket.Id).Describe(language), cancellationToken);
            return;
        }

        var (planId, key) = PendingPlans.Start(turn.State, Name, Slots(ticket, Resolve, null));
        var open = ticket.OpenCauses.Count();
        var plan = new PlanSummary(planId, BotText.Get(language, "SvcObj_TicketResolveTitle", ticket.Id),
        [
            new Fact(BotText.Get(language, "SvcObj_Ticket"), TicketViews.Title(ticket.Report, language)),
            new Fact(BotText.Get(language, "SvcObj_TicketRequester"), ticket.RequesterName),
        ])
        {
            Warnings = open > 0 ? [BotText.Get(language, "SvcObj_TicketOpenCauses", open)] : [],
        };
        await turn.SendCardAsync(PlanCard.Build(plan, key, language), cancellationToken);
    }

    private static Dictionary<string, string> Slots(Ticket ticket, string operation, string? to)
    {
        var slots = new Dictionary<string, string> { [OperationSlot] = operation, [TicketSlot] = ticket.Id, [SeenSlot] = Seen(ticket) };
        if (to is not null)
        {
            slots[ToSlot] = to;
        }

        return slots;
    }

    // The status and the length of the history: any change to a ticket adds to its history.
    private static string Seen(Ticket ticket) => ticket.Status + ":" + ticket.History.Count.ToString(CultureInfo.InvariantCulture);

    private async Task<Ticket?> TicketAsync(FlowTurn turn, string id, CancellationToken cancellationToken)
    {
        var ticket = await tickets.GetAsync(turn.Actor, id, cancellationToken);
        if (ticket.IsSuccess)
        {
            return ticket.Value;
        }

        await turn.SendTextAsync(BotText.Get(turn.Language, "Objects_Gone_Ticket"), cancellationToken);
        return null;
    }
}
