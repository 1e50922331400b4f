using ChatPhone.Core.Audit;
using ChatPhone.Core.Common;
using ChatPhone.Core.Directory;
using ChatPhone.Core.Notifications;
using ChatPhone.Core.Numbers.Microsoft365;

namespace ChatPhone.Core.Numbers.Assignment;

/// <summary>
/// People's numbers, given and taken back: committed in ChatPhone first (the rules, atomically), then, in a tenant
/// connected to Microsoft 365, made there too. What Microsoft 365 refuses is put back in ChatPhone as it was (and the
/// person's "you have a new number" message, not sent yet, is withdrawn), so both keep saying the same; the refusal is
/// the outcome. A replay (same key) commits nothing twice, asks Microsoft 365 again (which finds the number already as
/// asked) and puts back with the same derived key. Emergency locations stay ChatPhone's: Microsoft 365's are its own
/// objects, set by the PowerShell export.
/// </summary>
public sealed partial class NumberAssignmentService
{
    private const string UndoStep = "microsoft365-undo";

    /// <summary>Assigns a user number to a person.</summary>
    public async Task<Result<PhoneNumber>> AssignAsync(AssignNumber command, CancellationToken cancellationToken = default)
    {
        var assigned = await CommitAssignAsync(command, cancellationToken);
        if (!assigned.IsSuccess || !microsoft365.Serves(command.Actor.Tenant))
        {
            return assigned;
        }

        var refused = (await microsoft365.ApplyAsync(command.Actor.Tenant, [Given(assigned.Value)], cancellationToken))[0];
        if (refused is null)
        {
            return assigned;
        }

        await TakeBackAsync(command.Actor, command.Key.For(UndoStep), assigned.Value, NotificationId(command.Key), cancellationToken);
        return refused;
    }

    /// <summary>
    /// Assigns many numbers in one read and one commit. A row is checked exactly as a single assignment; a number or
    /// person named by an earlier row of the same command is refused, so no row sees another row's write. Microsoft 365
    /// gets the assigned rows together; a row it refuses is put back and carries the refusal.
    /// </summary>
    public async Task<Result<BulkNumberOutcome>> AssignInBulkAsync(AssignNumbersInBulk command, CancellationToken cancellationToken = default)
    {
        var outcome = await CommitAssignInBulkAsync(command, cancellationToken);
        if (!outcome.IsSuccess || !microsoft365.Serves(command.Actor.Tenant))
        {
            return outcome;
        }

        var assigned = outcome.Value.Rows.Where(r => r.Assigned is not null).ToList();
        if (assigned.Count == 0)
        {
            return outcome;
        }

        var refusals = await microsoft365.ApplyAsync(command.Actor.Tenant, assigned.Select(r => Given(r.Assigned!)).ToArray(), cancellationToken);
        var refused = new Dictionary<string, Error>(StringComparer.Ordinal);
        for (var i = 0; i < assigned.Count; i++)
        {
            if (refusals[i] is { } error)
            {
                var rowKey = command.Key.For("row:" + assigned[i].Number);
                await TakeBackAsync(command.Actor, rowKey.For(UndoStep), assigned[i].Assigned!, NotificationId(rowKey), cancellationToken);
                refused[assigned[i].Number] = error;
            }
        }

        return refused.Count == 0
            ? outcome
            : new BulkNumberOutcome(outcome.Value.Rows.Select(r => refused.TryGetValue(r.Number, out var error) ? r with { Assigned = null, Error = error } : r).ToArray());
    }

    /// <summary>
    /// Takes a number back from its person, optionally blocking new assignments. The holder's line list is only known
    /// after reading the number, so the holder is looked up first; the commit is conditional on the number being
    /// unchanged, and the lookup is redone if the holder changed meanwhile.
    /// </summary>
    public async Task<Result<PhoneNumber>> UnassignAsync(UnassignNumber command, CancellationToken cancellationToken = default)
    {
        if (!microsoft365.Serves(command.Actor.Tenant) || !NumberInput.Parse(command.Number).IsSuccess)
        {
            return await CommitUnassignAsync(command, cancellationToken);
        }

        var e164 = NumberInput.Parse(command.Number).Value.Value;
        var before = (await runner.ReadAsync(command.Actor.Tenant, reads => reads.One(NumberCollections.Numbers, e164), cancellationToken))
            .Find(NumberCollections.Numbers, e164);
        var unassigned = await CommitUnassignAsync(command, cancellationToken);
        if (!unassigned.IsSuccess || before?.Assignment is not { Target: AssignmentTarget.User })
        {
            return unassigned;
        }

        var refused = (await microsoft365.ApplyAsync(command.Actor.Tenant, [NumberEdit.Unassign(e164)], cancellationToken))[0];
        if (refused is null)
        {
            return unassigned;
        }

        await GiveBackAsync(command.Actor, command.Key.For(UndoStep), before, cancellationToken);
        return refused;
    }

    private static NumberEdit Given(PhoneNumber number) => NumberEdit.Assign(number.Number, number.Assignment!.TargetId, number.Assignment.Category);

    // Puts a number Microsoft 365 would not give back as it was before: free, the person's line gone,
    // and their notification withdrawn if not sent yet. Nothing is done when the number changed hands meanwhile.
    private Task<Result<PhoneNumber>> TakeBackAsync(Actor actor, IdempotencyKey key, PhoneNumber assigned, string notificationId, CancellationToken cancellationToken)
    {
        var holder = assigned.Assignment!.TargetId;
        return runner.RunAsync(new UnassignNumber(actor, key, assigned.Number), AuditActions.Numbers.Unassign, Role.Admin,
            reads => reads.One(NumberCollections.Numbers, assigned.Number).One(NumberCollections.UserLines, holder).One(NotificationCollections.Outbox, notificationId),
            context =>
            {
                if (context.Find(NumberCollections.Numbers, assigned.Number) is not { } current || current.Assignment != assigned.Assignment)
                {
                    return assigned;
                }

                var free = current with { Assignment = null };
                context.Put(NumberCollections.Numbers, assigned.Number, free);
                PutLines(context, holder, (context.Find(NumberCollections.UserLines, holder) ?? []).Where(l => l.Number != assigned.Number).ToList());
                if (context.Find(NotificationCollections.Outbox, notificationId) is { Status: DeliveryStatus.Pending or DeliveryStatus.WaitingForContact })
                {
                    context.Delete(NotificationCollections.Outbox, notificationId);
                }

                return free;
            },
            AssignmentJson.Default.PhoneNumber,
            cancellationToken);
    }

    // Gives a number Microsoft 365 would not take back to the person who held it, as they held it (category, no block).
    // Nothing is done when someone else took the number meanwhile.
    private Task<Result<PhoneNumber>> GiveBackAsync(Actor actor, IdempotencyKey key, PhoneNumber before, CancellationToken cancellationToken)
    {
        var assignment = before.Assignment!;
        return runner.RunAsync(new UnassignNumber(actor, key, before.Number), AuditActions.Numbers.Assign, Role.Admin,
            reads => reads.One(NumberCollections.Numbers, before.Number).One(NumberCollections.UserLines, assignment.TargetId),
            context =>
            {
                if (context.Find(NumberCollections.Numbers, before.Number) is not { Assignment: null } current)
                {
                    return before;
                }

                context.Put(NumberCollections.Numbers, before.Number, current with { Assignment = assignment, BlockedUntil = before.BlockedUntil });
                var lines = (context.Find(NumberCollections.UserLines, assignment.TargetId) ?? []).Where(l => l.Number != before.Number).ToList();
                PutLines(context, assignment.TargetId, [.. lines, new UserLine(before.Number, assignment.Category)]);
                return before;
            },
            AssignmentJson.Default.PhoneNumber,
            cancellationToken);
    }

    private static void PutLines(Commands.CommandContext context, string userId, List<UserLine> lines)
    {
        if (lines.Count == 0)
        {
            context.Delete(NumberCollections.UserLines, userId);
        }
        else
        {
            context.Put(NumberCollections.UserLines, userId, lines);
        }
    }
}
