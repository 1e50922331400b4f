using ChatPhone.Core.Tenants;

namespace ChatPhone.Core.Storage;

/// <summary>Remembers which inbound activities were already taken, so a redelivery is dropped before any work.</summary>
public interface IInboundLedger
{
    /// <summary>True the first time an activity id is seen in a conversation; false for a duplicate.</summary>
    Task<bool> TryClaimAsync(TenantId tenant, string conversationId, string activityId, CancellationToken cancellationToken = default);

    /// <summary>Forgets a claim, so a redelivery of a turn that failed can run again.</summary>
    Task ReleaseAsync(TenantId tenant, string conversationId, string activityId, CancellationToken cancellationToken = default);
}
