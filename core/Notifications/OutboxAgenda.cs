namespace ChatPhone.Core.Notifications;

/// <summary>What a sender has to do in one tenant at one moment, from one read of the outbox.</summary>
/// <param name="Due">Pending messages whose time has come, oldest first.</param>
/// <param name="Interrupted">Messages a sender claimed and never finished (its lease ran out): they become Unknown, never re-sent.</param>
/// <param name="Waiting">Messages waiting for their recipient's next contact.</param>
/// <param name="Expired">Ids of messages sent longer ago than <see cref="OutboxService.SentRetention"/>, to delete.</param>
/// <param name="NextDueAt">The earliest time a pending message or a lease falls due after now, if any.</param>
public sealed record OutboxAgenda(
    IReadOnlyList<OutboxMessage> Due,
    IReadOnlyList<OutboxMessage> Interrupted,
    IReadOnlyList<OutboxMessage> Waiting,
    IReadOnlyList<string> Expired,
    DateTimeOffset? NextDueAt)
{
    /// <summary>Nothing to do.</summary>
    public static OutboxAgenda Empty { get; } = new([], [], [], [], null);
}
