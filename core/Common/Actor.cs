using ChatPhone.Core.Directory;
using ChatPhone.Core.Tenants;

namespace ChatPhone.Core.Common;

/// <summary>Who runs a command: the tenant, the person (AAD object id or channel id) and their effective role.</summary>
public sealed record Actor(TenantId Tenant, string UserId, string DisplayName, Role Role)
{
    /// <summary>True when the actor may run admin commands.</summary>
    public bool IsAdmin => Role == Role.Admin;
}
