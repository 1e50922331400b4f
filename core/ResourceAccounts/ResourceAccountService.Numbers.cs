using ChatPhone.Core.Audit;
using ChatPhone.Core.Commands;
using ChatPhone.Core.Common;
using ChatPhone.Core.Credits;
using ChatPhone.Core.Numbers;

namespace ChatPhone.Core.ResourceAccounts;

public sealed partial class ResourceAccountService
{
    private const int PreReadAttempts = 5;

    /// <summary>
    /// Assigns a service number to a licensed resource account: a number of the inventory, unassigned, not
    /// blocked, of the account's kind (CallQueue* or AutoAttendant*; user and conference numbers never);
    /// toll-free needs a positive Communications Credits balance. Number and account change together.
    /// </summary>
    public Task<Result<ResourceAccount>> AssignNumberAsync(AssignResourceAccountNumber command, CancellationToken cancellationToken = default)
    {
        var id = command.AccountId.Trim();
        var number = E164Number.TryParse(command.Number);
        return RunAsync(command, AuditActions.ResourceAccounts.AssignNumber, number.Error,
            reads => reads.One(ResourceAccountCollections.Accounts, id)
                .One(NumberCollections.Numbers, number.Value.Value)
                .One(CreditsCollections.Accounts, CreditsAccount.Id),
            context => DecideAssign(context, command.AccountId, id, number.Value.Value),
            cancellationToken);
    }

    /// <summary>Takes a resource account's number back into the inventory, unassigned.</summary>
    public async Task<Result<ResourceAccount>> UnassignNumberAsync(UnassignResourceAccountNumber command, CancellationToken cancellationToken = default)
    {
        var id = command.AccountId.Trim();
        for (var attempt = 0; ; attempt++)
        {
            // The number's document id is in the account: read it first, then decide on both conditionally.
            var number = (await PreReadAsync(command.Actor, id, cancellationToken))?.Number;
            var result = await RunAsync(command, AuditActions.ResourceAccounts.UnassignNumber, invalid: null,
                reads =>
                {
                    reads.One(ResourceAccountCollections.Accounts, id);
                    if (number is not null)
                    {
                        reads.One(NumberCollections.Numbers, number);
                    }
                },
                context =>
                {
                    if (Find(context, id) is not { } account)
                    {
                        return NotFound(command.AccountId);
                    }

                    if (account.Number is null)
                    {
                        return new Error("resource_account.no_number", account.Upn);
                    }

                    if (account.Number != number)
                    {
                        return new Error("resource_account.changed_concurrently", account.Upn);
                    }

                    if (context.Find(NumberCollections.Numbers, number) is { } phone && phone.Assignment?.TargetId == account.Id)
                    {
                        context.Put(NumberCollections.Numbers, number, phone with { Assignment = null });
                    }

                    return Put(context, account with { Number = null });
                },
                cancellationToken);
            if (result.Error?.Code != "resource_account.changed_concurrently" || attempt == PreReadAttempts)
            {
                return result;
            }
        }
    }

    private static Result<ResourceAccount> DecideAssign(CommandContext context, string requestedId, string id, string number)
    {
        if (Find(context, id) is not { } account)
        {
            return NotFound(requestedId);
        }

        if (!account.IsLicensed)
        {
            return new Error("resource_account.unlicensed", account.Upn);
        }

        if (account.Number is { } current)
        {
            return new Error("resource_account.already_has_number", account.Upn, current);
        }

        if (context.Find(NumberCollections.Numbers, number) is not { } phone)
        {
            return new Error("resource_account.number_not_found", number);
        }

        if (!account.Kind.Accepts(phone.Type))
        {
            return new Error("resource_account.wrong_number_type", number, phone.Type, account.Kind);
        }

        if (phone.Assignment is { } assignment)
        {
            return new Error("resource_account.number_taken", number, assignment.Target);
        }

        if (phone.IsBlocked(context.Now))
        {
            return new Error("resource_account.number_blocked", number);
        }

        if (phone.Type.IsTollFree() && context.Find(CreditsCollections.Accounts, CreditsAccount.Id)?.HasPositiveBalance(context.Now) != true)
        {
            return new Error("resource_account.credits_required", number);
        }

        context.Put(NumberCollections.Numbers, number, phone with
        {
            Assignment = new NumberAssignment(AssignmentTarget.ResourceAccount, account.Id, AssignmentCategory.Primary, context.Now),
        });
        return Put(context, account with { Number = number });
    }

    private async Task<ResourceAccount?> PreReadAsync(Actor actor, string id, CancellationToken cancellationToken) =>
        (await runner.ReadAsync(actor.Tenant, reads => reads.One(ResourceAccountCollections.Accounts, id), cancellationToken))
            .Find(ResourceAccountCollections.Accounts, id);
}
