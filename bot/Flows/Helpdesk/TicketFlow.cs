using System.Globalization;
using System.Text.Json;
using ChatPhone.Bot.Flows.Common;
using ChatPhone.Cards.Actions;
using ChatPhone.Cards.Helpdesk;
using ChatPhone.Core.Common;
using ChatPhone.Core.Directory;
using ChatPhone.Core.Helpdesk;
using ChatPhone.Core.Notifications;
using ChatPhone.Core.Triage;

namespace ChatPhone.Bot.Flows.Helpdesk;

/// <summary>
/// The ticket card's buttons: claim, hand over, resolve (helpdesk and admins) and a cause's one-click fix
/// (admins). Every answer carries the ticket as it now is, replacing the clicked card, so an outdated card
/// is brought up to date and a second click on the same button changes nothing.
/// </summary>
public sealed class TicketFlow(TicketService tickets, TicketViews views, FixApplier fixes, OutboxService outbox) : IActionFlow
{
    /// <inheritdoc />
    public IReadOnlyCollection<string> Verbs { get; } =
        [ClaimTicketPayload.Verb, ResolveTicketPayload.Verb, HandOverTicketPayload.Verb, FixTicketPayload.Verb];

    /// <inheritdoc />
    public Task<ActionResult> RunAsync(FlowTurn turn, string verb, JsonElement data, CancellationToken cancellationToken) => verb switch
    {
        _ when verb == ClaimTicketPayload.Verb => With<ClaimTicketPayload>(turn, data, (p, key) =>
            tickets.ClaimAsync(new ClaimTicket(turn.Actor, key, p.TicketId), cancellationToken), p => p.IdempotencyKey, p => p.TicketId, "Ticket_Claimed", cancellationToken),
        _ when verb == ResolveTicketPayload.Verb => With<ResolveTicketPayload>(turn, data, (p, key) =>
            tickets.ResolveAsync(new ResolveTicket(turn.Actor, key, p.TicketId), cancellationToken), p => p.IdempotencyKey, p => p.TicketId, "Ticket_Resolved", cancellationToken),
        _ when verb == HandOverTicketPayload.Verb => With<HandOverTicketPayload>(turn, data, (p, key) =>
            CardInputs.Value(data, HandOverTicketPayload.ToInput) is { } to
                ? tickets.HandOverAsync(new HandOverTicket(turn.Actor, key, p.TicketId, to), cancellationToken)
                : Task.FromResult<Result<Ticket>>(new Error("ticket.hand_over_to_helpdesk_only", string.Empty)),
            p => p.IdempotencyKey, p => p.TicketId, "Ticket_HandedOver", cancellationToken),
        _ => FixAsync(turn, data, cancellationToken),
    };

    /// <summary>The ticket card as <paramref name="turn"/>'s person sees it now.</summary>
    public async Task<Cards.AdaptiveCards.AdaptiveCard> CardAsync(FlowTurn turn, Ticket ticket, CancellationToken cancellationToken)
    {
        var problems = turn.Actor.Role >= Role.Helpdesk
            ? await TicketDelivery.ProblemsAsync(outbox, turn.Identity.Tenant, ticket, turn.Language, cancellationToken)
            : [];
        return TicketCard.Build(await views.TicketAsync(ticket, turn.Actor, turn.Language, problems, cancellationToken), () => IdempotencyKey.New().Value, turn.Language);
    }

    private async Task<ActionResult> FixAsync(FlowTurn turn, JsonElement data, CancellationToken cancellationToken)
    {
        var payload = CardPayloads.Read<FixTicketPayload>(data);
        if (!payload.IsSuccess)
        {
            return ActionRouter.Failed(turn, payload.Error);
        }

        if (!turn.Actor.IsAdmin)
        {
            return ActionRouter.Failed(turn, new Error("auth.admin_required"));
        }

        var key = IdempotencyKey.TryCreate(payload.Value.IdempotencyKey);
        if (!key.IsSuccess)
        {
            return ActionRouter.Failed(turn, key.Error);
        }

        var ticket = await tickets.GetAsync(turn.Actor, payload.Value.TicketId, cancellationToken);
        if (!ticket.IsSuccess)
        {
            return ActionRouter.Failed(turn, ticket.Error);
        }

        if (ticket.Value.Fixed.Contains(payload.Value.Code))
        {
            // A second click, or an older copy of the card: say who fixed it and when, and show the ticket as it is.
            var done = ticket.Value.History.Last(e => e.Change == TicketChange.Fixed && e.Detail == payload.Value.Code);
            return new ActionResult(
                BotText.Get(turn.Language, "Ticket_AlreadyFixed", done.ActorName, done.At.UtcDateTime.ToString("u", CultureInfo.InvariantCulture)),
                await CardAsync(turn, ticket.Value, cancellationToken));
        }

        if (ticket.Value.Report.Causes.FirstOrDefault(c => c.Code == payload.Value.Code)?.Fix is not { } fix)
        {
            return new ActionResult(new Error("ticket.cause_not_found", ticket.Value.Id, payload.Value.Code).Describe(turn.Language),
                await CardAsync(turn, ticket.Value, cancellationToken));
        }

        var failed = await fixes.ApplyAsync(turn.Actor, fix, key.Value.For("fix"), cancellationToken);
        if (failed is not null)
        {
            return new ActionResult(failed.Describe(turn.Language), await CardAsync(turn, ticket.Value, cancellationToken));
        }

        var recorded = await tickets.RecordFixAsync(new RecordTicketFix(turn.Actor, key.Value.For("ticket"), ticket.Value.Id, payload.Value.Code), cancellationToken);
        return recorded.IsSuccess
            ? new ActionResult(BotText.Get(turn.Language, "Ticket_Fixed", fix.Describe(ticket.Value.Report.DisplayName, turn.Language)), await CardAsync(turn, recorded.Value, cancellationToken))
            : ActionRouter.Failed(turn, recorded.Error);
    }

    // Reads the payload and key, runs the change, and answers with the ticket as it now is (also after a refusal).
    private async Task<ActionResult> With<T>(
        FlowTurn turn,
        JsonElement data,
        Func<T, IdempotencyKey, Task<Result<Ticket>>> change,
        Func<T, string> keyOf,
        Func<T, string> ticketOf,
        string done,
        CancellationToken cancellationToken)
        where T : class, ICardPayload
    {
        var payload = CardPayloads.Read<T>(data);
        if (!payload.IsSuccess)
        {
            return ActionRouter.Failed(turn, payload.Error);
        }

        var key = IdempotencyKey.TryCreate(keyOf(payload.Value));
        if (!key.IsSuccess)
        {
            return ActionRouter.Failed(turn, key.Error);
        }

        var changed = await change(payload.Value, key.Value);
        if (changed.IsSuccess)
        {
            return new ActionResult(BotText.Get(turn.Language, done, changed.Value.Id, changed.Value.AssigneeName ?? string.Empty),
                await CardAsync(turn, changed.Value, cancellationToken));
        }

        // Claim, hand over and resolve are for staff: anyone else is refused with the reason alone. The ticket card is the
        // staff's (names, UPNs, object ids), and the requester may read their own ticket, so it must not come back with it.
        if (turn.Actor.Role < Role.Helpdesk)
        {
            return ActionRouter.Failed(turn, changed.Error);
        }

        var current = await tickets.GetAsync(turn.Actor, ticketOf(payload.Value), cancellationToken);
        return new ActionResult(changed.Error.Describe(turn.Language), current.IsSuccess ? await CardAsync(turn, current.Value, cancellationToken) : null);
    }
}
