using ChatPhone.Core.Audit;
using ChatPhone.Core.Common;

namespace ChatPhone.Core.ResourceAccounts;

public sealed partial class ResourceAccountService
{
    /// <summary>
    /// Renames a resource account (its display name, 1–256 printable characters). Refused when the account no longer
    /// exists or its name is no longer the one the admin saw; renaming to the current name changes nothing.
    /// </summary>
    public Task<Result<ResourceAccount>> RenameAsync(RenameResourceAccount command, CancellationToken cancellationToken = default)
    {
        var id = command.AccountId.Trim();
        var name = ResourceAccountRules.DisplayName(command.DisplayName);
        return RunAsync(command, AuditActions.ResourceAccounts.Rename, name.Error,
            reads => reads.One(ResourceAccountCollections.Accounts, id),
            context =>
            {
                if (Find(context, id) is not { } account)
                {
                    return NotFound(command.AccountId);
                }

                if (account.DisplayName == name.Value)
                {
                    return account;
                }

                if (command.ExpectedDisplayName is { } expected && account.DisplayName != expected)
                {
                    return new Error("resource_account.changed_since_planned", account.Upn, account.DisplayName);
                }

                return Put(context, account with { DisplayName = name.Value });
            },
            cancellationToken);
    }
}
