using ChatPhone.Core.Commands;
using ChatPhone.Core.Common;

namespace ChatPhone.Core.Notifications;

/// <summary>
/// Moves one outbox message to its next delivery state, on condition that it is still exactly as the sender
/// read it (<paramref name="Expected"/>): of two senders, only the first to commit goes on.
/// </summary>
/// <param name="Actor">The sender (a system actor).</param>
/// <param name="Key">Idempotency key (fresh per transition).</param>
/// <param name="Expected">The message as the sender last saw it.</param>
/// <param name="From">The states the transition starts from.</param>
/// <param name="Next">The message in its next state, given the stored one and the time of the decision.</param>
internal sealed record UpdateDelivery(
    Actor Actor,
    IdempotencyKey Key,
    OutboxMessage Expected,
    IReadOnlySet<DeliveryStatus> From,
    Func<OutboxMessage, DateTimeOffset, OutboxMessage> Next) : IMutation;

/// <summary>Changes several outbox messages of a tenant at once (resume the waiting ones of a person, delete old sent ones).</summary>
/// <param name="Actor">The sender (a system actor).</param>
/// <param name="Key">Idempotency key.</param>
/// <param name="Ids">The messages concerned; those no longer in the expected state are left alone.</param>
internal sealed record UpdateDeliveries(Actor Actor, IdempotencyKey Key, IReadOnlyList<string> Ids) : IMutation;
