using ChatPhone.Bot.Channels;
using ChatPhone.Bot.Proactive;
using ChatPhone.Cards.Helpdesk;
using ChatPhone.Core.Common;
using ChatPhone.Core.Helpdesk;
using ChatPhone.Core.Notifications;
using ChatPhone.Core.Tenants;
using Microsoft.Bot.Builder;
using Microsoft.Bot.Schema;

namespace ChatPhone.Bot.Flows.Helpdesk;

/// <summary>A new ticket's card, for the helpdesk channel: the causes, the fixes (admins click them), claim, hand over, resolve.</summary>
public sealed class TicketOpenedRenderer(TicketService tickets, TicketViews views, OutboxService outbox) : INotificationRenderer
{
    /// <inheritdoc />
    public NotificationKind Kind => NotificationKind.TicketOpened;

    /// <inheritdoc />
    public async Task<Activity?> RenderAsync(TenantId tenant, OutboxMessage message, Language language, ChannelCapabilities channel, CancellationToken cancellationToken)
    {
        var system = OutboxService.SenderActor(tenant);
        if (!message.Data.TryGetValue("ticketId", out var id) || await tickets.GetAsync(system, id, cancellationToken) is not { IsSuccess: true } ticket)
        {
            return null;
        }

        var problems = await TicketDelivery.ProblemsAsync(outbox, tenant, ticket.Value, language, cancellationToken);
        var card = TicketCard.Build(await views.TicketAsync(ticket.Value, system, language, problems, cancellationToken), () => IdempotencyKey.New().Value, language);
        var activity = (Activity)MessageFactory.Attachment(card.ToAttachment(channel.Dialect));
        activity.Text = BotText.Get(language, "Ticket_NewInChannel", ticket.Value.Id, TicketViews.Title(ticket.Value.Report, language));
        return activity;
    }
}

/// <summary>What changed on a ticket, for the person who asked for help.</summary>
public sealed class TicketChangedRenderer(TicketService tickets) : INotificationRenderer
{
    /// <inheritdoc />
    public NotificationKind Kind => NotificationKind.TicketChanged;

    /// <inheritdoc />
    public async Task<Activity?> RenderAsync(TenantId tenant, OutboxMessage message, Language language, ChannelCapabilities channel, CancellationToken cancellationToken)
    {
        if (!message.Data.TryGetValue("ticketId", out var id) || !message.Data.TryGetValue("change", out var change)
            || !Enum.TryParse<TicketChange>(change, out var kind)
            || await tickets.GetAsync(OutboxService.SenderActor(tenant), id, cancellationToken) is not { IsSuccess: true } ticket)
        {
            return null;
        }

        var happened = ticket.Value.History.LastOrDefault(e => e.Change == kind);
        return new Activity(ActivityTypes.Message)
        {
            Text = BotText.Get(language, "TicketNews_" + kind, ticket.Value.Id, happened?.ActorName ?? string.Empty, happened?.Detail ?? string.Empty),
        };
    }
}

/// <summary>Messages about a ticket that could not be delivered, in words for the helpdesk.</summary>
public static class TicketDelivery
{
    /// <summary>The ticket's undelivered messages (waiting, unknown, failed), each with its reason.</summary>
    public static async Task<IReadOnlyList<string>> ProblemsAsync(OutboxService outbox, TenantId tenant, Ticket ticket, Language language, CancellationToken cancellationToken) =>
        [.. (await outbox.FindByDataAsync(tenant, "ticketId", ticket.Id, cancellationToken))
            .Where(m => m.Status is DeliveryStatus.WaitingForContact or DeliveryStatus.Unknown or DeliveryStatus.Failed
                || (m.Status == DeliveryStatus.Pending && m.Failure is not null))
            .Select(m => BotText.Get(language, "Ticket_Delivery_" + (m.Status == DeliveryStatus.Pending ? "Retrying" : m.Status.ToString()),
                m.Recipient == RecipientKind.HelpdeskChannel ? BotText.Get(language, "Ticket_TheChannel") : ticket.RequesterName,
                m.Failure?.Describe(language) ?? m.LastError ?? string.Empty))];
}

/// <summary>Wakes the proactive sender once a turn's changes are committed.</summary>
public sealed class ProactiveTicketNotifier(ProactiveSender sender) : ITicketNotifier
{
    /// <inheritdoc />
    public void Changed(FlowTurn turn)
    {
        var tenant = turn.Identity.Tenant;
        Turns.AfterSend.Then(turn.Context, _ =>
        {
            sender.Signal(tenant);
            return Task.CompletedTask;
        });
    }
}
