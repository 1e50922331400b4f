using ChatPhone.Core.Audit;
using ChatPhone.Core.AutoAttendants;
using ChatPhone.Core.CallQueues;
using ChatPhone.Core.Commands;
using ChatPhone.Core.Common;
using ChatPhone.Core.Directory;
using ChatPhone.Core.ResourceAccounts;

namespace ChatPhone.Core.VoiceApps;

/// <summary>
/// Links resource accounts to auto attendants and call queues (reference step 9, §11 rule 11). Only the
/// account's <see cref="ResourceAccount.AssociatedWith"/> and <see cref="ResourceAccount.CallPriority"/> are
/// written; creating, licensing and numbering accounts belong to the ResourceAccounts area.
/// </summary>
public sealed class ResourceAccountAssociationService(CommandRunner runner)
{
    /// <summary>Links an account; linking it again to the same target only updates the priority.</summary>
    public Task<Result<ResourceAccount>> AssociateAsync(AssociateResourceAccount command, CancellationToken cancellationToken = default)
    {
        var accountId = Id(command.ResourceAccountId);
        var targetId = Id(command.TargetId);
        return runner.RunAsync(command, AuditActions.VoiceApps.Associate, Role.Admin,
            reads => reads.One(ResourceAccountCollections.Accounts, accountId).All(AutoAttendantCollections.Attendants).All(CallQueueCollections.Queues),
            context => Associate(command, accountId, targetId, context),
            VoiceAppsJson.Default.ResourceAccount,
            cancellationToken);
    }

    /// <summary>Unlinks an account.</summary>
    public Task<Result<ResourceAccount>> DisassociateAsync(DisassociateResourceAccount command, CancellationToken cancellationToken = default)
    {
        var accountId = Id(command.ResourceAccountId);
        return runner.RunAsync(command, AuditActions.VoiceApps.Disassociate, Role.Admin,
            reads => reads.One(ResourceAccountCollections.Accounts, accountId),
            context =>
            {
                if (context.Find(ResourceAccountCollections.Accounts, accountId) is not { } account)
                {
                    return new Error("voiceapp.resource_account_not_found", command.ResourceAccountId);
                }

                if (account.AssociatedWith is null)
                {
                    return new Error("voiceapp.resource_account_not_associated", account.Upn);
                }

                var next = account with { AssociatedWith = null, CallPriority = VoiceAppLimits.DefaultCallPriority };
                context.Put(ResourceAccountCollections.Accounts, accountId, next);
                return next;
            },
            VoiceAppsJson.Default.ResourceAccount,
            cancellationToken);
    }

    private static Result<ResourceAccount> Associate(AssociateResourceAccount command, string accountId, string targetId, CommandContext context)
    {
        if (context.Find(ResourceAccountCollections.Accounts, accountId) is not { } account)
        {
            return new Error("voiceapp.resource_account_not_found", command.ResourceAccountId);
        }

        var attendants = context.All(AutoAttendantCollections.Attendants);
        var queues = context.All(CallQueueCollections.Queues);
        (ResourceAccountKind Kind, string Name)? target = attendants.TryGetValue(targetId, out var attendant)
            ? (ResourceAccountKind.AutoAttendant, attendant.Name)
            : queues.TryGetValue(targetId, out var queue) ? (ResourceAccountKind.CallQueue, queue.Name) : null;
        if (target is not { } found)
        {
            return new Error("voiceapp.app_not_found", command.TargetId);
        }

        if (command.CallPriority is < VoiceAppLimits.MinCallPriority or > VoiceAppLimits.MaxCallPriority)
        {
            return new Error("voiceapp.out_of_range", "CallPriority", command.CallPriority, VoiceAppLimits.MinCallPriority, VoiceAppLimits.MaxCallPriority);
        }

        if (!account.IsLicensed)
        {
            return new Error("voiceapp.resource_account_unlicensed", account.Upn);
        }

        if (account.Kind != found.Kind)
        {
            return new Error("voiceapp.resource_account_wrong_kind", account.Upn, account.Kind, found.Name, found.Kind);
        }

        if (account.AssociatedWith is { } other && other != targetId)
        {
            var otherName = attendants.GetValueOrDefault(other)?.Name ?? queues.GetValueOrDefault(other)?.Name ?? other;
            return new Error("voiceapp.resource_account_already_associated", account.Upn, otherName);
        }

        if (account.AssociatedWith == targetId && account.CallPriority == command.CallPriority)
        {
            return account;
        }

        var next = account with { AssociatedWith = targetId, CallPriority = command.CallPriority };
        context.Put(ResourceAccountCollections.Accounts, accountId, next);
        return next;
    }

    private static string Id(string id) => id.Trim().ToLowerInvariant();
}
