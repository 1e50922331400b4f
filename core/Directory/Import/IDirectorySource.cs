using ChatPhone.Core.Common;
using ChatPhone.Core.Tenants;

namespace ChatPhone.Core.Directory.Import;

/// <summary>
/// Where a tenant's people come from when its directory lives in Microsoft 365 rather than in a file: a connected tenant
/// reads them from Microsoft Graph; every other tenant (the demo, trials, tests) has none and imports a CSV.
/// </summary>
public interface IDirectorySource
{
    /// <summary>True when <paramref name="tenant"/>'s directory can be read from this source.</summary>
    bool Serves(TenantId tenant);

    /// <summary>Every person of <paramref name="tenant"/>'s directory, as the source has them (no ChatPhone role).</summary>
    Task<Result<IReadOnlyList<SourcePerson>>> ReadAsync(TenantId tenant, CancellationToken cancellationToken = default);
}

/// <summary>One person as a directory source has them; a missing usage location or department is null.</summary>
/// <param name="AadObjectId">The person's object id.</param>
/// <param name="Upn">The user principal name.</param>
/// <param name="DisplayName">The display name.</param>
/// <param name="UsageLocation">The ISO country a license needs, when the directory has one.</param>
/// <param name="Department">The department, when the directory has one.</param>
public sealed record SourcePerson(string AadObjectId, string Upn, string DisplayName, string? UsageLocation, string? Department);

/// <summary>The default: no tenant's directory has a source; people come from CSV imports.</summary>
public sealed class NoDirectorySource : IDirectorySource
{
    /// <inheritdoc />
    public bool Serves(TenantId tenant) => false;

    /// <inheritdoc />
    public Task<Result<IReadOnlyList<SourcePerson>>> ReadAsync(TenantId tenant, CancellationToken cancellationToken = default) =>
        Task.FromResult<Result<IReadOnlyList<SourcePerson>>>(new Error("directory.source.not_connected"));
}
