using ChatPhone.Core.Audit;
using ChatPhone.Core.Common;
using ChatPhone.Core.Directory.Import;
using ChatPhone.Core.Storage;
using ChatPhone.Core.Tenants;

namespace ChatPhone.Core.Directory;

/// <summary>The people of a tenant and their pending imports.</summary>
public interface IDirectoryStore
{
    /// <summary>The person with this AAD object id or UPN (case-insensitive), or <c>directory.person_not_found</c>.</summary>
    Task<Result<Person>> FindAsync(TenantId tenant, string objectIdOrUpn, CancellationToken cancellationToken = default);

    /// <summary>Everyone in the tenant, ordered by display name.</summary>
    Task<IReadOnlyList<Person>> ListAsync(TenantId tenant, CancellationToken cancellationToken = default);

    /// <summary>The stored people among <paramref name="objectIds"/> and the owners of <paramref name="upns"/>, in one round trip.</summary>
    Task<DirectorySlice> ReadSliceAsync(
        TenantId tenant, IReadOnlyList<string> objectIds, IReadOnlyList<string> upns, CancellationToken cancellationToken = default);

    /// <summary>Stores an import until it is confirmed or expires.</summary>
    Task SavePendingAsync(TenantId tenant, PendingImport import, CancellationToken cancellationToken = default);

    /// <summary>A pending (or applied) import, or <c>directory.import.not_found</c>.</summary>
    Task<Result<PendingImport>> FindPendingAsync(TenantId tenant, string importId, CancellationToken cancellationToken = default);

    /// <summary>Deletes a pending import on condition that it is still exactly <paramref name="expected"/>; false otherwise.</summary>
    Task<bool> DiscardPendingAsync(TenantId tenant, PendingImport expected, CancellationToken cancellationToken = default);

    /// <summary>A pending (or applied) import and the stored result of <paramref name="key"/>, if that key already ran.</summary>
    Task<ApplyContext> LoadApplyContextAsync(
        TenantId tenant, string importId, RequestKey key, CancellationToken cancellationToken = default);

    /// <summary>
    /// Writes the changes, the applied import, the audit entry and the idempotency record in one atomic
    /// unit, on condition that none of the people, UPNs or the import changed since they were read.
    /// Returns false when a condition failed (nothing was written).
    /// </summary>
    Task<bool> CommitImportAsync(TenantId tenant, ImportCommit commit, CancellationToken cancellationToken = default);
}

/// <summary>People by object id and UPN owners (UPN → object id) read together.</summary>
public sealed record DirectorySlice(IReadOnlyDictionary<string, Person> People, IReadOnlyDictionary<string, string> UpnOwners);

/// <summary>What applying an import starts from. <paramref name="Replay"/> is set when the idempotency key already ran.</summary>
public sealed record ApplyContext(Result<PendingImport> Import, ImportOutcome? Replay);

/// <summary>Everything one import confirmation writes.</summary>
public sealed record ImportCommit(
    PendingImport Before,
    PendingImport After,
    IReadOnlyList<PersonChange> Changes,
    AuditEntry Audit,
    RequestKey Key,
    ImportOutcome Outcome);
