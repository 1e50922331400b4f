using ChatPhone.Core.Common;
using ChatPhone.Core.Tenants;
using Microsoft.Extensions.Options;

namespace ChatPhone.Core.Directory;

/// <summary>Settings for who is an admin before any directory exists.</summary>
public sealed class IdentityOptions
{
    /// <summary>AAD object ids or UPNs that are admins in every tenant, whatever the directory says.</summary>
    public IList<string> BootstrapAdmins { get; } = [];
}

/// <summary>
/// Turns a channel identity into an <see cref="Actor"/>: the directory person matched by AAD object id
/// (or UPN when the channel id is one), with the role raised to admin for bootstrap admins.
/// People not in the directory get <see cref="Role.Unknown"/>: they may ask for help, not act.
/// </summary>
public sealed class ActorResolver(IDirectoryStore directory, IOptions<IdentityOptions> options)
{
    private readonly HashSet<string> _bootstrap =
        new(options.Value.BootstrapAdmins.Select(a => a.Trim()).Where(a => a.Length > 0), StringComparer.OrdinalIgnoreCase);

    /// <summary>Resolves the person speaking in <paramref name="tenant"/>.</summary>
    public async Task<Actor> ResolveAsync(
        TenantId tenant, string userId, string? channelName, CancellationToken cancellationToken = default)
    {
        var found = await directory.FindAsync(tenant, userId, cancellationToken);
        if (found.IsSuccess)
        {
            var person = found.Value;
            var role = IsBootstrap(person.AadObjectId) || IsBootstrap(person.Upn) ? Role.Admin : person.Role;
            return new Actor(tenant, person.AadObjectId, person.DisplayName, role);
        }

        // Only an object id can make a stranger an admin: a bare channel id is not proof of a UPN.
        var name = string.IsNullOrWhiteSpace(channelName) ? userId : channelName;
        return new Actor(tenant, userId, name, IsBootstrap(userId) && !userId.Contains('@') ? Role.Admin : Role.Unknown);
    }

    private bool IsBootstrap(string idOrUpn) => _bootstrap.Contains(idOrUpn);
}
