using ChatPhone.Core.Common;

namespace ChatPhone.Core.Notifications;

/// <summary>What a proactive message is about; the bot renders it, in the recipient's language, when it sends it.</summary>
public enum NotificationKind
{
    /// <summary>"Your number is ready" to the person a number was just assigned to (data: <c>number</c>).</summary>
    NumberAssigned,

    /// <summary>A new ticket's card, to the helpdesk channel (data: <c>ticketId</c>).</summary>
    TicketOpened,

    /// <summary>A ticket changed (claimed, handed over, fixed, resolved), to its requester (data: <c>ticketId</c>, <c>change</c>).</summary>
    TicketChanged,

    /// <summary>A port order completed, to the admin who submitted it (data: <c>orderId</c>).</summary>
    PortCompleted,
}

/// <summary>Where a proactive message goes: one person (their personal chat with the bot) or the tenant's helpdesk channel.</summary>
public enum RecipientKind
{
    /// <summary>A person, by AAD object id (<see cref="OutboxMessage.RecipientId"/>).</summary>
    Person,

    /// <summary>The channel an admin chose for helpdesk tickets.</summary>
    HelpdeskChannel,
}

/// <summary>Where a message stands.</summary>
public enum DeliveryStatus
{
    /// <summary>Not sent yet; the sender tries at <see cref="OutboxMessage.NextAttemptAt"/>.</summary>
    Pending,

    /// <summary>The connector accepted it.</summary>
    Sent,

    /// <summary>The bot cannot reach the person yet (no conversation, or not in the roster): sent at their next contact.</summary>
    WaitingForContact,

    /// <summary>
    /// The send may or may not have reached the channel (timeout, connection lost mid-request). Posting an
    /// activity is not idempotent, so it is never re-sent blindly; it stays visible for a person to decide.
    /// </summary>
    Unknown,

    /// <summary>Refused for good (e.g. the channel was deleted), or too many attempts.</summary>
    Failed,

    /// <summary>
    /// A sender claimed it and is sending it now; <see cref="OutboxMessage.NextAttemptAt"/> is the end of its lease.
    /// A claim whose lease ran out (the sender stopped mid-send) becomes <see cref="Unknown"/>, never re-sent.
    /// </summary>
    Sending,
}

/// <summary>
/// One proactive message, written in the same atomic unit as the change it announces (a ticket, an
/// assignment), so neither is lost: a background sender delivers it, honouring rate limits and retries.
/// </summary>
/// <param name="Id">Unique id (also the idempotency of the change that wrote it).</param>
/// <param name="Kind">What it announces.</param>
/// <param name="Recipient">Who gets it.</param>
/// <param name="RecipientId">The person's AAD object id, for <see cref="RecipientKind.Person"/>.</param>
/// <param name="Data">What the message needs (ids, numbers), by name.</param>
/// <param name="CreatedAt">When the change was committed.</param>
public sealed record OutboxMessage(
    string Id,
    NotificationKind Kind,
    RecipientKind Recipient,
    string? RecipientId,
    IReadOnlyDictionary<string, string> Data,
    DateTimeOffset CreatedAt)
{
    /// <summary>The schema version of stored messages.</summary>
    public const int SchemaVersion = 1;

    /// <summary>Where it stands.</summary>
    public DeliveryStatus Status { get; init; } = DeliveryStatus.Pending;

    /// <summary>How many sends were tried.</summary>
    public int Attempts { get; init; }

    /// <summary>When the next send may be tried (null: now).</summary>
    public DateTimeOffset? NextAttemptAt { get; init; }

    /// <summary>The last failure, in words for an admin (never a secret).</summary>
    public string? LastError { get; init; }

    /// <summary>The last failure as a code and arguments, to describe it in the reader's language (<see cref="LastError"/> is English).</summary>
    public Error? Failure { get; init; }

    /// <summary>The id the connector gave the sent activity.</summary>
    public string? ActivityId { get; init; }

    /// <summary>When it was sent.</summary>
    public DateTimeOffset? SentAt { get; init; }
}
