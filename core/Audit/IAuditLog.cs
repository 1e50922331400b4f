using ChatPhone.Core.Tenants;

namespace ChatPhone.Core.Audit;

/// <summary>
/// The tenant's audit trail. Changes write their entries inside their own atomic unit; this port
/// records stand-alone facts (refusals) and answers queries.
/// </summary>
public interface IAuditLog
{
    /// <summary>Appends an entry that is not part of a state change (a refused command).</summary>
    Task RecordAsync(TenantId tenant, AuditEntry entry, CancellationToken cancellationToken = default);

    /// <summary>Entries between <paramref name="from"/> and <paramref name="to"/>, oldest first, optionally for one actor or target.</summary>
    Task<IReadOnlyList<AuditEntry>> QueryAsync(
        TenantId tenant, DateTimeOffset from, DateTimeOffset to, string? actorId = null, string? target = null,
        CancellationToken cancellationToken = default);

    /// <summary>
    /// Entries between <paramref name="from"/> and <paramref name="to"/>, newest first, read a page at a time as the caller
    /// goes: a question about the latest entries costs what it reads, however long the trail.
    /// </summary>
    IAsyncEnumerable<AuditEntry> NewestFirstAsync(TenantId tenant, DateTimeOffset from, DateTimeOffset to, CancellationToken cancellationToken = default);
}
