using ChatPhone.Core.Common;
using ChatPhone.Core.Tenants;

namespace ChatPhone.Core.Licensing;

/// <summary>
/// The licenses of a tenant connected to Microsoft 365: once ChatPhone has committed a change to people's licenses, the
/// same change is made there (Graph's <c>assignLicense</c>), so both say the same. Every other tenant (the demo, trials,
/// tests) has none and keeps its licenses in ChatPhone only.
/// </summary>
public interface IConnectedLicenses
{
    /// <summary>True when <paramref name="tenant"/>'s licenses live in Microsoft 365.</summary>
    bool Serves(TenantId tenant);

    /// <summary>Makes <paramref name="edits"/> in Microsoft 365; one outcome per edit, in order: null when it was made, else why not.</summary>
    Task<IReadOnlyList<Error?>> ApplyAsync(TenantId tenant, IReadOnlyList<LicenseEdit> edits, CancellationToken cancellationToken = default);
}

/// <summary>One person's license change, as Microsoft 365 is asked to make it.</summary>
/// <param name="UserId">The person's object id.</param>
/// <param name="DisplayName">Their name, for what is said when Microsoft 365 refuses.</param>
/// <param name="Add">The licenses to add.</param>
/// <param name="Remove">The licenses to remove.</param>
public sealed record LicenseEdit(string UserId, string DisplayName, IReadOnlyList<Sku> Add, IReadOnlyList<Sku> Remove);

/// <summary>The default: no tenant's licenses live in Microsoft 365.</summary>
public sealed class NoConnectedLicenses : IConnectedLicenses
{
    /// <inheritdoc />
    public bool Serves(TenantId tenant) => false;

    /// <inheritdoc />
    public Task<IReadOnlyList<Error?>> ApplyAsync(TenantId tenant, IReadOnlyList<LicenseEdit> edits, CancellationToken cancellationToken = default) =>
        Task.FromResult<IReadOnlyList<Error?>>(edits.Select(_ => (Error?)new Error("license.m365_not_connected")).ToArray());
}
