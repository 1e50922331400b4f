using ChatPhone.Core.Audit;
using ChatPhone.Core.Storage;
using ChatPhone.Core.Tenants;

namespace ChatPhone.IntegrationTests.Infrastructure;

/// <summary>A tenant store that keeps what every command declared it reads, then reads and commits through the real one.</summary>
internal sealed class ReadRecordingStore(ITenantStore inner, List<ReadSet> reads) : ITenantStore
{
    public Task<(TenantSnapshot Snapshot, string? Replay)> ReadAsync(TenantId tenant, ReadSet readSet, RequestKey? key, CancellationToken cancellationToken = default)
    {
        reads.Add(readSet);
        return inner.ReadAsync(tenant, readSet, key, cancellationToken);
    }

    public Task<bool> CommitAsync(TenantId tenant, TenantSnapshot basis, IReadOnlyCollection<DocumentChange> changes, IReadOnlyList<AuditEntry> audit,
        RequestKey? key, string? replay, CancellationToken cancellationToken = default) =>
        inner.CommitAsync(tenant, basis, changes, audit, key, replay, cancellationToken);
}
