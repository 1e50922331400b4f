using ChatPhone.Core.Triage;

namespace ChatPhone.Core.Helpdesk;

/// <summary>Where a ticket stands.</summary>
public enum TicketStatus
{
    /// <summary>Waiting for someone to take it.</summary>
    Open,

    /// <summary>A helpdesk member or admin took it (<see cref="Ticket.AssigneeId"/>).</summary>
    Claimed,

    /// <summary>Done; the requester was told.</summary>
    Resolved,
}

/// <summary>What happened to a ticket, as the requester and the helpdesk see it.</summary>
public enum TicketChange
{
    /// <summary>Opened from a triage.</summary>
    Opened,

    /// <summary>Taken by someone.</summary>
    Claimed,

    /// <summary>Handed to another helpdesk member or admin.</summary>
    HandedOver,

    /// <summary>A cause was fixed with its one-click fix.</summary>
    Fixed,

    /// <summary>Closed.</summary>
    Resolved,
}

/// <summary>One line of a ticket's history.</summary>
/// <param name="At">When.</param>
/// <param name="Change">What.</param>
/// <param name="ActorName">Who did it.</param>
/// <param name="Detail">The diagnosis code fixed, or the name of the person it was handed to.</param>
public sealed record TicketEvent(DateTimeOffset At, TicketChange Change, string ActorName, string? Detail = null);

/// <summary>
/// A helpdesk ticket: a person's reported symptom and the causes triage found in real state, who has it,
/// which fixes were applied, and its history. Changes are compare-and-set through the command runner, so
/// two people claiming at once get exactly one winner.
/// </summary>
/// <param name="Id">Short id shown to people (<c>T-1A2B3C</c>).</param>
/// <param name="RequesterId">Who asked for help (AAD object id).</param>
/// <param name="RequesterName">Their name.</param>
/// <param name="Report">The triage: the person diagnosed, the symptom and the causes.</param>
/// <param name="Status">Where it stands.</param>
/// <param name="AssigneeId">Who has it, once claimed.</param>
/// <param name="AssigneeName">Their name.</param>
/// <param name="Fixed">The codes of the causes fixed so far.</param>
/// <param name="History">What happened, oldest first.</param>
public sealed record Ticket(
    string Id,
    string RequesterId,
    string RequesterName,
    TriageReport Report,
    TicketStatus Status,
    string? AssigneeId,
    string? AssigneeName,
    IReadOnlyList<string> Fixed,
    IReadOnlyList<TicketEvent> History)
{
    /// <summary>The schema version of stored tickets.</summary>
    public const int SchemaVersion = 1;

    /// <summary>When it was opened.</summary>
    public DateTimeOffset OpenedAt => History[0].At;

    /// <summary>The causes not fixed yet.</summary>
    public IEnumerable<Diagnosis> OpenCauses => Report.Causes.Where(c => !Fixed.Contains(c.Code));
}
