using ChatPhone.Core.Common;
using ChatPhone.Core.Directory.Import;
using ChatPhone.Core.Tenants;
using Microsoft.Extensions.Options;

namespace ChatPhone.Graph.Directory;

/// <summary>
/// The directory of the tenant connected to Microsoft 365 (<c>Graph:TenantId</c>), read from <c>GET /users</c> page by
/// page. Other tenants have no source here. A failure Graph answers once its retries are spent is said by its status and
/// code, never by its message (which may quote the request).
/// </summary>
public sealed class GraphDirectorySource(GraphDirectory directory, IOptions<GraphOptions> options) : IDirectorySource
{
    /// <inheritdoc />
    public bool Serves(TenantId tenant) => string.Equals(tenant.Value, options.Value.TenantId.Trim(), StringComparison.OrdinalIgnoreCase);

    /// <inheritdoc />
    public async Task<Result<IReadOnlyList<SourcePerson>>> ReadAsync(TenantId tenant, CancellationToken cancellationToken = default)
    {
        if (!Serves(tenant))
        {
            return new Error("directory.source.not_connected");
        }

        var people = await directory.ListAsync(cancellationToken);
        if (!people.IsSuccess)
        {
            return new Error("directory.source.failed", people.Failure.Status, people.Failure.Code);
        }

        return people.Value.Select(p => new SourcePerson(p.Id, p.UserPrincipalName, p.DisplayName, p.UsageLocation, p.Department)).ToArray();
    }
}
