using ChatPhone.Core.Tenants;

namespace ChatPhone.Core.Notifications;

/// <summary>Finds the tenants that have an outbox, so a sender that just started knows whose messages to deliver.</summary>
public interface IOutboxTenants
{
    /// <summary>Every tenant with an outbox in the store (a full scan: call it at start-up and now and then, not per message).</summary>
    Task<IReadOnlyList<TenantId>> ListAsync(CancellationToken cancellationToken = default);
}
