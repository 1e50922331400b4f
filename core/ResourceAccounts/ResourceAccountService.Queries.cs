using ChatPhone.Core.Commands;
using ChatPhone.Core.Common;
using ChatPhone.Core.Directory;

namespace ChatPhone.Core.ResourceAccounts;

public sealed partial class ResourceAccountService
{
    /// <summary>Every resource account, by UPN. Helpdesk and admins.</summary>
    public async Task<Result<IReadOnlyList<ResourceAccount>>> ListAsync(Actor actor, CancellationToken cancellationToken = default)
    {
        if (actor.Role < Role.Helpdesk)
        {
            return CommandRunner.RoleError(Role.Helpdesk);
        }

        var snapshot = await runner.ReadAsync(actor.Tenant, reads => reads.All(ResourceAccountCollections.Accounts), cancellationToken);
        return snapshot.All(ResourceAccountCollections.Accounts).Values.OrderBy(a => a.Upn, StringComparer.Ordinal).ToArray();
    }

    /// <summary>One resource account, by id or by UPN. Helpdesk and admins.</summary>
    public async Task<Result<ResourceAccount>> GetAsync(Actor actor, string idOrUpn, CancellationToken cancellationToken = default)
    {
        if (actor.Role < Role.Helpdesk)
        {
            return CommandRunner.RoleError(Role.Helpdesk);
        }

        var id = idOrUpn.Trim();
        if (id.Contains('@', StringComparison.Ordinal))
        {
            var upn = id.ToLowerInvariant();
            var claims = await runner.ReadAsync(actor.Tenant, reads => reads.One(ResourceAccountCollections.Upns, upn), cancellationToken);
            id = claims.Find(ResourceAccountCollections.Upns, upn)?.AccountId ?? string.Empty;
        }

        var snapshot = await runner.ReadAsync(actor.Tenant, reads => reads.One(ResourceAccountCollections.Accounts, id), cancellationToken);
        return snapshot.Find(ResourceAccountCollections.Accounts, id) is { } account ? account : NotFound(idOrUpn);
    }
}
