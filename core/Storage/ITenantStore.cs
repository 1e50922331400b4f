using ChatPhone.Core.Audit;
using ChatPhone.Core.Common;
using ChatPhone.Core.Tenants;

namespace ChatPhone.Core.Storage;

/// <summary>
/// The aggregates of one tenant, read in one round trip and written in one conditional atomic unit.
/// </summary>
public interface ITenantStore
{
    /// <summary>Reads <paramref name="reads"/> (and the stored result of <paramref name="key"/> for its actor, if given) in one round trip.</summary>
    Task<(TenantSnapshot Snapshot, string? Replay)> ReadAsync(
        TenantId tenant, ReadSet reads, RequestKey? key, CancellationToken cancellationToken = default);

    /// <summary>
    /// Applies <paramref name="changes"/> with <paramref name="audit"/> and stores <paramref name="replay"/> under
    /// <paramref name="key"/>, only if everything in <paramref name="basis"/> is unchanged and the key never ran.
    /// False means a concurrent change won: read again and decide again.
    /// </summary>
    Task<bool> CommitAsync(
        TenantId tenant,
        TenantSnapshot basis,
        IReadOnlyCollection<DocumentChange> changes,
        IReadOnlyList<AuditEntry> audit,
        RequestKey? key,
        string? replay,
        CancellationToken cancellationToken = default);
}
