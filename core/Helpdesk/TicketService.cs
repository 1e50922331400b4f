using System.Globalization;
using ChatPhone.Core.Audit;
using ChatPhone.Core.Commands;
using ChatPhone.Core.Common;
using ChatPhone.Core.Directory;
using ChatPhone.Core.Notifications;

namespace ChatPhone.Core.Helpdesk;

/// <summary>
/// Helpdesk tickets: anyone may open one for their own triage; helpdesk members and admins claim, hand over
/// and resolve; only admins record fixes (the fix itself is the area's own command). Every change queues the
/// messages it causes (the ticket card to the helpdesk channel, the news to the requester) in the same unit.
/// </summary>
public sealed class TicketService(CommandRunner runner)
{
    /// <summary>Opens a ticket, or returns the open one for the same person and symptom.</summary>
    public Task<Result<Ticket>> OpenAsync(OpenTicket command, CancellationToken cancellationToken = default) =>
        runner.RunAsync(command, AuditActions.Tickets.Open, Role.User,
            reads => reads.All(HelpdeskCollections.Tickets),
            context =>
            {
                var report = command.Report;
                if (report.UserId != command.Actor.UserId && command.Actor.Role < Role.Helpdesk)
                {
                    return new Error("ticket.only_own");
                }

                var tickets = context.All(HelpdeskCollections.Tickets);
                var existing = tickets.Values.FirstOrDefault(t =>
                    t.Status != TicketStatus.Resolved && t.Report.UserId == report.UserId && t.Report.Symptom == report.Symptom);
                if (existing is not null)
                {
                    return existing;
                }

                var ticket = new Ticket(NextId(tickets.Keys), command.Actor.UserId, command.Actor.DisplayName, report, TicketStatus.Open,
                    null, null, [], [new TicketEvent(context.Now, TicketChange.Opened, command.Actor.DisplayName)]);
                context.Put(HelpdeskCollections.Tickets, ticket.Id, ticket);
                Outbox.Add(context, new OutboxMessage(
                    $"{ticket.Id}:opened", NotificationKind.TicketOpened, RecipientKind.HelpdeskChannel, null,
                    new Dictionary<string, string> { ["ticketId"] = ticket.Id }, context.Now));
                return ticket;
            },
            HelpdeskJson.Default.Ticket,
            cancellationToken);

    /// <summary>Takes an open ticket (compare-and-set: exactly one of two people claiming at once wins).</summary>
    public Task<Result<Ticket>> ClaimAsync(ClaimTicket command, CancellationToken cancellationToken = default) =>
        Change(command, command.TicketId, AuditActions.Tickets.Claim, Role.Helpdesk, (ticket, context) =>
            ticket.Status switch
            {
                TicketStatus.Resolved => new Error("ticket.already_resolved", ticket.Id),
                TicketStatus.Claimed when ticket.AssigneeId == command.Actor.UserId => ticket,
                TicketStatus.Claimed => new Error("ticket.already_claimed", ticket.Id, ticket.AssigneeName ?? string.Empty),
                _ => Changed(context, ticket with { Status = TicketStatus.Claimed, AssigneeId = command.Actor.UserId, AssigneeName = command.Actor.DisplayName },
                    TicketChange.Claimed, command.Actor, null),
            },
        cancellationToken);

    /// <summary>Hands a ticket to another helpdesk member or admin of the tenant.</summary>
    public Task<Result<Ticket>> HandOverAsync(HandOverTicket command, CancellationToken cancellationToken = default)
    {
        var to = command.ToUserId.ToLowerInvariant();
        return runner.RunAsync(command, AuditActions.Tickets.HandOver, Role.Helpdesk,
            reads => reads.One(HelpdeskCollections.Tickets, command.TicketId).One(DirectoryCollections.People, to),
            context =>
            {
                if (context.Find(HelpdeskCollections.Tickets, command.TicketId) is not { } ticket)
                {
                    return new Error("ticket.not_found", command.TicketId);
                }

                if (context.Find(DirectoryCollections.People, to) is not { } person || person.Role < Role.Helpdesk)
                {
                    return new Error("ticket.hand_over_to_helpdesk_only", command.ToUserId);
                }

                return ticket.Status == TicketStatus.Resolved
                    ? new Error("ticket.already_resolved", ticket.Id)
                    : Changed(context, ticket with { Status = TicketStatus.Claimed, AssigneeId = person.AadObjectId, AssigneeName = person.DisplayName },
                        TicketChange.HandedOver, command.Actor, person.DisplayName);
            },
            HelpdeskJson.Default.Ticket,
            cancellationToken);
    }

    /// <summary>Records that the cause <see cref="RecordTicketFix.Code"/> was fixed (admins only: they apply fixes).</summary>
    public Task<Result<Ticket>> RecordFixAsync(RecordTicketFix command, CancellationToken cancellationToken = default) =>
        Change(command, command.TicketId, AuditActions.Tickets.Fix, Role.Admin, (ticket, context) =>
            ticket.Report.Causes.All(c => c.Code != command.Code) ? new Error("ticket.cause_not_found", ticket.Id, command.Code)
            : ticket.Fixed.Contains(command.Code) ? ticket
            : Changed(context, ticket with { Fixed = [.. ticket.Fixed, command.Code] }, TicketChange.Fixed, command.Actor, command.Code),
        cancellationToken);

    /// <summary>Closes a ticket; the requester is told.</summary>
    public Task<Result<Ticket>> ResolveAsync(ResolveTicket command, CancellationToken cancellationToken = default) =>
        Change(command, command.TicketId, AuditActions.Tickets.Resolve, Role.Helpdesk, (ticket, context) =>
            ticket.Status == TicketStatus.Resolved
                ? ticket
                : Changed(context, ticket with { Status = TicketStatus.Resolved }, TicketChange.Resolved, command.Actor, null),
        cancellationToken);

    /// <summary>One ticket of the actor's tenant; people see their own, helpdesk and admins all.</summary>
    public async Task<Result<Ticket>> GetAsync(Actor actor, string ticketId, CancellationToken cancellationToken = default)
    {
        var snapshot = await runner.ReadAsync(actor, Role.User, reads => reads.One(HelpdeskCollections.Tickets, ticketId), cancellationToken);
        if (!snapshot.IsSuccess)
        {
            return snapshot.Error;
        }

        return snapshot.Value.Find(HelpdeskCollections.Tickets, ticketId) is { } ticket && (actor.Role >= Role.Helpdesk || ticket.RequesterId == actor.UserId)
            ? ticket
            : new Error("ticket.not_found", ticketId);
    }

    /// <summary>The tickets not resolved yet, oldest first (helpdesk and admins).</summary>
    public async Task<Result<IReadOnlyList<Ticket>>> ListOpenAsync(Actor actor, CancellationToken cancellationToken = default)
    {
        var snapshot = await runner.ReadAsync(actor, Role.Helpdesk, reads => reads.All(HelpdeskCollections.Tickets), cancellationToken);
        return snapshot.IsSuccess
            ? Result<IReadOnlyList<Ticket>>.Ok(snapshot.Value.All(HelpdeskCollections.Tickets).Values
                .Where(t => t.Status != TicketStatus.Resolved).OrderBy(t => t.OpenedAt).ToArray())
            : snapshot.Error;
    }

    /// <summary>Every ticket of the tenant, resolved ones too, oldest first (helpdesk and admins).</summary>
    public async Task<Result<IReadOnlyList<Ticket>>> ListAllAsync(Actor actor, CancellationToken cancellationToken = default)
    {
        var snapshot = await runner.ReadAsync(actor, Role.Helpdesk, reads => reads.All(HelpdeskCollections.Tickets), cancellationToken);
        return snapshot.IsSuccess
            ? Result<IReadOnlyList<Ticket>>.Ok(snapshot.Value.All(HelpdeskCollections.Tickets).Values.OrderBy(t => t.OpenedAt).ToArray())
            : snapshot.Error;
    }

    /// <summary>
    /// The id of the next ticket of a tenant whose tickets have <paramref name="taken"/> ids: one past the highest number
    /// (T-1001 first), short enough to say aloud. Neither chosen nor derived from anything the client sends, and never
    /// one in use: the decision read every ticket and its commit requires none to have been written since. A replay of
    /// the same open by the same person returns the first result instead of taking another number.
    /// </summary>
    public static string NextId(IEnumerable<string> taken)
    {
        var ids = taken.ToHashSet(StringComparer.Ordinal);
        var next = ids.Select(NumberOf).Append(FirstNumber - 1).Max() + 1;
        while (ids.Contains(IdOf(next)))
        {
            next++;
        }

        return IdOf(next);
    }

    private const long FirstNumber = 1001;

    private static string IdOf(long number) => "T-" + number.ToString(CultureInfo.InvariantCulture);

    // Ids from before numbering (T- and six hex digits) count as no number.
    private static long NumberOf(string id) =>
        id.StartsWith("T-", StringComparison.Ordinal) && id.Length <= 20 && id.Skip(2).All(char.IsAsciiDigit)
        && long.TryParse(id.AsSpan(2), NumberStyles.None, CultureInfo.InvariantCulture, out var number)
            ? number
            : 0;

    private Task<Result<Ticket>> Change(
        IMutation command, string ticketId, string action, Role role, Func<Ticket, CommandContext, Result<Ticket>> decide, CancellationToken cancellationToken) =>
        runner.RunAsync(command, action, role,
            reads => reads.One(HelpdeskCollections.Tickets, ticketId),
            context => context.Find(HelpdeskCollections.Tickets, ticketId) is { } ticket ? decide(ticket, context) : new Error("ticket.not_found", ticketId),
            HelpdeskJson.Default.Ticket,
            cancellationToken);

    // Stores the change, adds it to the history, and tells the requester (unless they made it). The message id is the
    // ticket's and the change's place in its history: one per change, whatever key the request carried.
    private static Ticket Changed(CommandContext context, Ticket next, TicketChange change, Actor actor, string? detail)
    {
        next = next with { History = [.. next.History, new TicketEvent(context.Now, change, actor.DisplayName, detail)] };
        context.Put(HelpdeskCollections.Tickets, next.Id, next);
        if (next.RequesterId != actor.UserId)
        {
            Outbox.Add(context, new OutboxMessage(
                $"{next.Id}:{change}:{next.History.Count}", NotificationKind.TicketChanged, RecipientKind.Person, next.RequesterId,
                new Dictionary<string, string> { ["ticketId"] = next.Id, ["change"] = change.ToString() }, context.Now));
        }

        return next;
    }
}
