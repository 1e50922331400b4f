using ChatPhone.Core.Commands;
using ChatPhone.Core.Common;
using ChatPhone.Core.Directory;
using ChatPhone.Core.Tenants;

namespace ChatPhone.Core.Credits;

/// <summary>Reading the account.</summary>
public sealed partial class CreditsService
{
    /// <summary>The account of <paramref name="actor"/>'s tenant now, for an admin; <c>credits.not_set_up</c> before any funding or payment method.</summary>
    public async Task<Result<CreditsView>> GetAccountAsync(Actor actor, DateTimeOffset now, CancellationToken cancellationToken = default) =>
        actor.Role < Role.Admin ? CommandRunner.RoleError(Role.Admin) : await GetAccountAsync(actor.Tenant, now, cancellationToken);

    /// <summary>
    /// The account of <paramref name="tenant"/> at <paramref name="now"/> (balance, lots and expiries,
    /// expired amount, auto-recharge, <see cref="CreditsView.HasPositiveBalance"/>), without a role
    /// check, for other areas' rules; <c>credits.not_set_up</c> when there is no account.
    /// </summary>
    public async Task<Result<CreditsView>> GetAccountAsync(TenantId tenant, DateTimeOffset now, CancellationToken cancellationToken = default)
    {
        var snapshot = await runner.ReadAsync(tenant, ReadAccount, cancellationToken);
        return snapshot.Find(CreditsCollections.Accounts, CreditsAccount.Id) is { } account
            ? CreditsView.Of(account, now)
            : new Error("credits.not_set_up");
    }
}
