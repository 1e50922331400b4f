using ChatPhone.Core.Audit;
using ChatPhone.Core.Common;
using ChatPhone.Core.Directory;
using ChatPhone.Core.Tenants;

namespace ChatPhone.Core.Notifications;

/// <summary>Delivery state changes. Each one commits only if the message is still exactly as the caller read it.</summary>
public sealed partial class OutboxService
{
    private static readonly IReadOnlySet<DeliveryStatus> FromPending = new HashSet<DeliveryStatus> { DeliveryStatus.Pending };
    private static readonly IReadOnlySet<DeliveryStatus> FromSending = new HashSet<DeliveryStatus> { DeliveryStatus.Sending };

    /// <summary>
    /// Claims a due message before sending it: Pending → Sending, one more attempt, leased until now +
    /// <paramref name="lease"/>. Fails with <c>delivery.changed</c> when another sender got there first.
    /// </summary>
    public Task<Result<OutboxMessage>> ClaimAsync(TenantId tenant, OutboxMessage read, TimeSpan lease, CancellationToken cancellationToken = default) =>
        UpdateAsync(tenant, AuditActions.Outbox.Claim, read, FromPending,
            (m, now) => m with { Status = DeliveryStatus.Sending, Attempts = m.Attempts + 1, NextAttemptAt = now + lease },
            cancellationToken);

    /// <summary>The connector accepted the claimed message (<paramref name="activityId"/> is the id it gave).</summary>
    public Task<Result<OutboxMessage>> MarkSentAsync(TenantId tenant, OutboxMessage claimed, string? activityId, CancellationToken cancellationToken = default) =>
        UpdateAsync(tenant, AuditActions.Outbox.Sent, claimed, FromSending,
            (m, now) => m with
            {
                Status = DeliveryStatus.Sent, ActivityId = activityId, SentAt = now, NextAttemptAt = null, LastError = null, Failure = null,
            },
            cancellationToken);

    /// <summary>A failure worth another try: back to Pending, not before <paramref name="nextAttemptAt"/>.</summary>
    public Task<Result<OutboxMessage>> ScheduleRetryAsync(
        TenantId tenant, OutboxMessage claimed, DateTimeOffset nextAttemptAt, Error error, CancellationToken cancellationToken = default) =>
        UpdateAsync(tenant, AuditActions.Outbox.Retry, claimed, FromSending,
            (m, _) => Failed(m, DeliveryStatus.Pending, error) with { NextAttemptAt = nextAttemptAt },
            cancellationToken);

    /// <summary>The recipient cannot be reached yet: sent again at their next contact (<see cref="ResumeWaitingAsync"/>).</summary>
    public Task<Result<OutboxMessage>> MarkWaitingForContactAsync(TenantId tenant, OutboxMessage claimed, Error error, CancellationToken cancellationToken = default) =>
        UpdateAsync(tenant, AuditActions.Outbox.Waiting, claimed, FromSending, (m, _) => Failed(m, DeliveryStatus.WaitingForContact, error), cancellationToken);

    /// <summary>The send may or may not have arrived: never re-sent automatically.</summary>
    public Task<Result<OutboxMessage>> MarkUnknownAsync(TenantId tenant, OutboxMessage claimed, Error error, CancellationToken cancellationToken = default) =>
        UpdateAsync(tenant, AuditActions.Outbox.Unknown, claimed, FromSending, (m, _) => Failed(m, DeliveryStatus.Unknown, error), cancellationToken);

    /// <summary>Refused for good, or too many attempts.</summary>
    public Task<Result<OutboxMessage>> MarkFailedAsync(TenantId tenant, OutboxMessage claimed, Error error, CancellationToken cancellationToken = default) =>
        UpdateAsync(tenant, AuditActions.Outbox.Failed, claimed, FromSending, (m, _) => Failed(m, DeliveryStatus.Failed, error), cancellationToken);

    /// <summary>
    /// The recipient of <paramref name="ids"/> was just in touch: those still waiting for a contact become due now.
    /// Returns how many were resumed.
    /// </summary>
    public Task<Result<int>> ResumeWaitingAsync(TenantId tenant, IReadOnlyList<string> ids, CancellationToken cancellationToken = default) =>
        runner.RunAsync(new UpdateDeliveries(SenderActor(tenant), IdempotencyKey.New(), ids), AuditActions.Outbox.Resume, Role.Admin,
            reads => reads.Many(Collection, ids),
            context =>
            {
                var resumed = 0;
                foreach (var id in ids)
                {
                    if (context.Find(Collection, id) is { Status: DeliveryStatus.WaitingForContact } message)
                    {
                        context.Put(Collection, id, message with { Status = DeliveryStatus.Pending, NextAttemptAt = context.Now });
                        resumed++;
                    }
                }

                return resumed;
            },
            NotificationsJson.Default.Int32,
            cancellationToken);

    /// <summary>Deletes those of <paramref name="ids"/> that were sent longer ago than <see cref="SentRetention"/>; returns how many.</summary>
    public Task<Result<int>> PurgeSentAsync(TenantId tenant, IReadOnlyList<string> ids, CancellationToken cancellationToken = default) =>
        runner.RunAsync(new UpdateDeliveries(SenderActor(tenant), IdempotencyKey.New(), ids), AuditActions.Outbox.Purge, Role.Admin,
            reads => reads.Many(Collection, ids),
            context =>
            {
                var deleted = 0;
                foreach (var id in ids)
                {
                    if (context.Find(Collection, id) is { } message && IsExpired(message, context.Now))
                    {
                        context.Delete(Collection, id);
                        deleted++;
                    }
                }

                return deleted;
            },
            NotificationsJson.Default.Int32,
            cancellationToken);

    private Task<Result<OutboxMessage>> UpdateAsync(
        TenantId tenant,
        string action,
        OutboxMessage expected,
        IReadOnlySet<DeliveryStatus> from,
        Func<OutboxMessage, DateTimeOffset, OutboxMessage> next,
        CancellationToken cancellationToken)
    {
        var command = new UpdateDelivery(SenderActor(tenant), IdempotencyKey.New(), expected, from, next);
        return runner.RunAsync(command, action, Role.Admin,
            reads => reads.One(Collection, expected.Id),
            context =>
            {
                var stored = context.Find(Collection, expected.Id);
                if (stored is null || !from.Contains(stored.Status) || Collection.DataJson(stored) != Collection.DataJson(expected))
                {
                    return new Error("delivery.changed", expected.Id);
                }

                var updated = next(stored, context.Now);
                context.Put(Collection, stored.Id, updated);
                return updated;
            },
            NotificationsJson.Default.OutboxMessage,
            cancellationToken);
    }

    private static OutboxMessage Failed(OutboxMessage message, DeliveryStatus status, Error error) =>
        message with { Status = status, NextAttemptAt = null, LastError = error.Describe(Language.English), Failure = error };
}
