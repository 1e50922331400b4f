using ChatPhone.Core.Common;
using ChatPhone.Core.Tenants;

namespace ChatPhone.Core.Storage;

/// <summary>A stored JSON document and the ETag that names its version.</summary>
public sealed record VersionedDocument(string Json, string ETag);

/// <summary>
/// Named JSON documents with optimistic concurrency, under a tenant's hash tag. Backs the bot's
/// conversation and flow state. Write rules: a missing document is always written; a null, empty
/// or <c>*</c> ETag overwrites; any other ETag must match the stored one.
/// </summary>
public interface IVersionedStore
{
    /// <summary>The documents that exist among <paramref name="names"/>.</summary>
    Task<IReadOnlyDictionary<string, VersionedDocument>> ReadAsync(
        TenantId tenant, IReadOnlyList<string> names, CancellationToken cancellationToken = default);

    /// <summary>
    /// Writes a document; returns its new ETag, or <c>store.etag_conflict</c>. The document expires
    /// <paramref name="timeToLive"/> after this write (each write sets it again), or never when null.
    /// </summary>
    Task<Result<string>> WriteAsync(
        TenantId tenant, string name, string json, string? expectedETag, TimeSpan? timeToLive = null, CancellationToken cancellationToken = default);

    /// <summary>Deletes documents (missing ones are ignored).</summary>
    Task DeleteAsync(TenantId tenant, IReadOnlyList<string> names, CancellationToken cancellationToken = default);
}
