using ChatPhone.Core.Audit;
using ChatPhone.Core.Commands;
using ChatPhone.Core.Common;
using ChatPhone.Core.Conferencing;
using ChatPhone.Core.Directory;
using ChatPhone.Core.Numbers;

namespace ChatPhone.Core.Licensing;

public sealed partial class LicensingService
{
    // Assigns licenses to one person in ChatPhone.
    private Task<Result<LicenseChange>> CommitAssignAsync(AssignLicenses command, CancellationToken cancellationToken)
    {
        var id = command.UserId.Value;
        return runner.RunAsync(command, AuditActions.Licensing.Assign, Role.Admin,
            reads => reads.One(DirectoryCollections.People, id).One(LicensingCollections.Users, id).All(LicensingCollections.Subscriptions),
            context =>
            {
                var before = Subscriptions(context);
                var after = new Dictionary<Sku, Subscription>(before);
                var change = AssignOne(context, id, command.Skus, after);
                if (change.IsSuccess)
                {
                    PutSubscriptions(context, before, after);
                }

                return change;
            },
            LicensingJson.Default.LicenseChange,
            cancellationToken);
    }

    // Removes licenses from one person in ChatPhone.
    private Task<Result<LicenseChange>> CommitRemoveAsync(RemoveLicenses command, CancellationToken cancellationToken)
    {
        var id = command.UserId.Value;
        return runner.RunAsync(command, AuditActions.Licensing.Remove, Role.Admin,
            reads => reads.One(DirectoryCollections.People, id).One(LicensingCollections.Users, id)
                .One(NumberCollections.UserLines, id).One(ConferencingCollections.Organizers, id).All(LicensingCollections.Subscriptions),
            context =>
            {
                if (context.Find(DirectoryCollections.People, id) is not { } person)
                {
                    return new Error("directory.person_not_found", command.UserId);
                }

                var current = context.Find(LicensingCollections.Users, id) ?? new UserLicenses(id, person.UsageLocation, []);
                var before = Subscriptions(context);
                var after = new Dictionary<Sku, Subscription>(before);
                var holdsNumber = context.Find(NumberCollections.UserLines, id) is { Count: > 0 };
                var isOrganizer = context.Find(ConferencingCollections.Organizers, id) is not null;
                var next = LicenseRules.Remove(person, current, command.Skus, holdsNumber, after, isOrganizer);
                if (!next.IsSuccess)
                {
                    return next.Error;
                }

                context.Put(LicensingCollections.Users, id, next.Value);
                PutSubscriptions(context, before, after);
                return new LicenseChange(id, person.DisplayName, current.Skus.Except(next.Value.Skus).ToArray(), next.Value.Skus);
            },
            LicensingJson.Default.LicenseChange,
            cancellationToken);
    }

    // Assigns the same licenses to many people in ChatPhone in one atomic unit; each person succeeds or fails on
    // their own (one bad row never stops the rest), like the guide's script with SilentlyContinue.
    private Task<Result<BulkLicenseOutcome>> CommitAssignInBulkAsync(AssignLicensesInBulk command, CancellationToken cancellationToken)
    {
        var ids = command.UserIds.Select(u => u.Trim().ToLowerInvariant()).Where(u => u.Length > 0).Distinct().ToArray();
        return runner.RunAsync(command, AuditActions.Licensing.AssignBulk, Role.Admin,
            reads => reads.Many(DirectoryCollections.People, ids).Many(LicensingCollections.Users, ids).All(LicensingCollections.Subscriptions),
            context =>
            {
                if (ids.Length is 0 or > AssignLicensesInBulk.MaxUsers)
                {
                    return new Error("license.bulk_size", ids.Length, AssignLicensesInBulk.MaxUsers);
                }

                var before = Subscriptions(context);
                var running = new Dictionary<Sku, Subscription>(before);
                var rows = ids.Select(id =>
                {
                    var outcome = AssignOne(context, id, command.Skus, running);
                    return outcome.IsSuccess ? new BulkLicenseRow(id, outcome.Value, null) : new BulkLicenseRow(id, null, outcome.Error);
                }).ToArray();
                PutSubscriptions(context, before, running);
                return new BulkLicenseOutcome(rows);
            },
            LicensingJson.Default.BulkLicenseOutcome,
            cancellationToken);
    }

    private Result<LicenseChange> AssignOne(
        CommandContext context, string userId, IReadOnlyList<Sku> skus, Dictionary<Sku, Subscription> subscriptions)
    {
        var id = userId.ToLowerInvariant();
        if (skus.Count == 0)
        {
            return new Error("license.none_requested");
        }

        if (context.Find(DirectoryCollections.People, id) is not { } person)
        {
            return new Error("directory.person_not_found", userId);
        }

        var current = context.Find(LicensingCollections.Users, id);
        var next = LicenseRules.Assign(person, current, skus, subscriptions, CallingPlansSoldIn);
        if (!next.IsSuccess)
        {
            return next.Error;
        }

        var added = next.Value.Skus.Except(current?.Skus ?? []).ToArray();
        if (added.Length > 0)
        {
            context.Put(LicensingCollections.Users, id, next.Value);
        }

        return new LicenseChange(id, person.DisplayName, added, next.Value.Skus);
    }
}
