using ChatPhone.Core.Commands;
using ChatPhone.Core.Common;
using ChatPhone.Core.Directory;
using ChatPhone.Core.Storage;
using ChatPhone.Core.Tenants;

namespace ChatPhone.Core.Notifications;

/// <summary>
/// The outbox as a sender and a ticket card see it: what is due in a tenant, which tenants have an outbox,
/// messages by a data value; and every delivery state change, as a command through the
/// <see cref="CommandRunner"/> conditional on the message being unchanged since it was read.
/// </summary>
public sealed partial class OutboxService(CommandRunner runner, IOutboxTenants tenants)
{
    /// <summary>How long sent messages are kept (then the sender's sweep deletes them, so the outbox stays bounded).</summary>
    public static readonly TimeSpan SentRetention = TimeSpan.FromDays(7);

    private static DocumentCollection<OutboxMessage> Collection => NotificationCollections.Outbox;

    /// <summary>The user id the sender's system actor writes in the audit trail.</summary>
    public const string SenderId = "chatphone-sender";

    /// <summary>Every tenant with an outbox (a store scan: for start-up and an occasional refresh).</summary>
    public Task<IReadOnlyList<TenantId>> TenantsAsync(CancellationToken cancellationToken = default) =>
        tenants.ListAsync(cancellationToken);

    /// <summary>Every message of <paramref name="tenant"/>'s outbox, oldest first.</summary>
    public async Task<IReadOnlyList<OutboxMessage>> ListAsync(TenantId tenant, CancellationToken cancellationToken = default)
    {
        var snapshot = await runner.ReadAsync(tenant, reads => reads.All(Collection), cancellationToken);
        return snapshot.All(Collection).Values.OrderBy(m => m.CreatedAt).ThenBy(m => m.Id, StringComparer.Ordinal).ToArray();
    }

    /// <summary>
    /// What a sender must do in <paramref name="tenant"/> at <paramref name="at"/>: the pending messages due, the
    /// interrupted sends, the messages waiting for a contact and the old sent ones to delete (one read).
    /// </summary>
    public async Task<OutboxAgenda> AgendaAsync(TenantId tenant, DateTimeOffset at, CancellationToken cancellationToken = default)
    {
        var all = await ListAsync(tenant, cancellationToken);
        if (all.Count == 0)
        {
            return OutboxAgenda.Empty;
        }

        var due = all.Where(m => m.Status == DeliveryStatus.Pending && (m.NextAttemptAt ?? m.CreatedAt) <= at).ToArray();
        var interrupted = all.Where(m => m.Status == DeliveryStatus.Sending && (m.NextAttemptAt ?? m.CreatedAt) <= at).ToArray();
        var waiting = all.Where(m => m.Status == DeliveryStatus.WaitingForContact).ToArray();
        var expired = all.Where(m => IsExpired(m, at)).Select(m => m.Id).ToArray();
        var next = all
            .Where(m => (m.Status is DeliveryStatus.Pending or DeliveryStatus.Sending) && m.NextAttemptAt > at)
            .Select(m => m.NextAttemptAt)
            .Min();
        return new OutboxAgenda(due, interrupted, waiting, expired, next);
    }

    /// <summary>
    /// The messages of <paramref name="tenant"/> whose data <paramref name="name"/> is <paramref name="value"/>
    /// (e.g. every message about one ticket), oldest first. For system use (renderers); turns use the actor overload.
    /// </summary>
    public async Task<IReadOnlyList<OutboxMessage>> FindByDataAsync(
        TenantId tenant, string name, string value, CancellationToken cancellationToken = default) =>
        (await ListAsync(tenant, cancellationToken))
            .Where(m => m.Data.TryGetValue(name, out var found) && string.Equals(found, value, StringComparison.Ordinal))
            .ToArray();

    /// <summary>The same for a person in a turn: helpdesk members and admins only.</summary>
    public async Task<Result<IReadOnlyList<OutboxMessage>>> FindByDataAsync(
        Actor actor, string name, string value, CancellationToken cancellationToken = default) =>
        actor.Role < Role.Helpdesk
            ? CommandRunner.RoleError(Role.Helpdesk)
            : Result<IReadOnlyList<OutboxMessage>>.Ok(await FindByDataAsync(actor.Tenant, name, value, cancellationToken));

    /// <summary>The actor every delivery change is recorded under.</summary>
    public static Actor SenderActor(TenantId tenant) => new(tenant, SenderId, "ChatPhone", Role.Admin);

    private static bool IsExpired(OutboxMessage message, DateTimeOffset at) =>
        message.Status == DeliveryStatus.Sent && (message.SentAt ?? message.CreatedAt) < at - SentRetention;
}
