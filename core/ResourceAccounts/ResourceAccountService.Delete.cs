using ChatPhone.Core.Audit;
using ChatPhone.Core.Common;

namespace ChatPhone.Core.ResourceAccounts;

public sealed partial class ResourceAccountService
{
    /// <summary>
    /// Deletes a resource account and releases its license unit. Refused while it has a number (the
    /// reference warns it can get stuck in pending) or serves an auto attendant or call queue.
    /// </summary>
    public async Task<Result<ResourceAccount>> DeleteAsync(DeleteResourceAccount command, CancellationToken cancellationToken = default)
    {
        var id = command.AccountId.Trim();

        // The UPN claim's id is in the account; a UPN never changes, so reading it ahead is safe.
        var upn = (await PreReadAsync(command.Actor, id, cancellationToken))?.Upn;
        return await RunAsync(command, AuditActions.ResourceAccounts.Delete, invalid: null,
            reads =>
            {
                ReadSubscriptions(reads.One(ResourceAccountCollections.Accounts, id));
                if (upn is not null)
                {
                    reads.One(ResourceAccountCollections.Upns, upn);
                }
            },
            context =>
            {
                if (Find(context, id) is not { } account || account.Upn != upn)
                {
                    return NotFound(command.AccountId);
                }

                if (account.Number is { } number)
                {
                    return new Error("resource_account.delete_has_number", account.Upn, number);
                }

                if (account.AssociatedWith is { } target)
                {
                    return new Error("resource_account.delete_associated", account.Upn, target);
                }

                Release(context, account.License);
                if (context.Find(ResourceAccountCollections.Upns, account.Upn)?.AccountId == account.Id)
                {
                    context.Delete(ResourceAccountCollections.Upns, account.Upn);
                }

                context.Delete(ResourceAccountCollections.Accounts, account.Id);
                return account;
            },
            cancellationToken);
    }
}
