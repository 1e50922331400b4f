using ChatPhone.Graph.Directory;
using ChatPhone.Graph.Licenses;
using ChatPhone.Graph.Numbers;

namespace ChatPhone.Graph;

/// <summary>
/// Microsoft Graph for one connected tenant, split by concern: the people (<see cref="Directory"/>), the
/// subscriptions and license assignments (<see cref="Licenses"/>), and the Teams phone numbers (<see cref="Numbers"/>).
/// </summary>
public sealed class GraphTenantClient(GraphDirectory directory, GraphLicenses licenses, GraphNumbers numbers)
{
    /// <summary>The tenant's people, from <c>GET /users</c>.</summary>
    public GraphDirectory Directory { get; } = directory;

    /// <summary>Subscriptions (<c>subscribedSkus</c>) and license assignment (<c>assignLicense</c> in <c>$batch</c>).</summary>
    public GraphLicenses Licenses { get; } = licenses;

    /// <summary>The number inventory and its assignments (<c>admin/teams/telephoneNumberManagement</c>).</summary>
    public GraphNumbers Numbers { get; } = numbers;
}
