using ChatPhone.Core.Audit;
using ChatPhone.Core.Commands;
using ChatPhone.Core.Common;
using ChatPhone.Core.Directory;

namespace ChatPhone.Core.Numbers.Assignment;

/// <summary>Taking a number back from its person, optionally blocking it for a while (reference 5e).</summary>
public sealed partial class NumberAssignmentService
{
    private const int MaxHolderChanges = 8;
    private static readonly Error HolderChanged = new("number.assignment_changed");

    // Takes a number back from its person in ChatPhone, optionally blocking new assignments. The holder's line list is
    // only known after reading the number, so the holder is looked up first; the commit is conditional on the number
    // being unchanged, and the lookup is redone if the holder changed meanwhile.
    private async Task<Result<PhoneNumber>> CommitUnassignAsync(UnassignNumber command, CancellationToken cancellationToken = default)
    {
        var parsed = NumberInput.Parse(command.Number);
        for (var attempt = 0; attempt < MaxHolderChanges; attempt++)
        {
            string? holder = null;
            if (parsed.IsSuccess && command.Actor.Role >= Role.Admin)
            {
                var e164 = parsed.Value.Value;
                var snapshot = await runner.ReadAsync(command.Actor.Tenant, reads => reads.One(NumberCollections.Numbers, e164), cancellationToken);
                holder = snapshot.Find(NumberCollections.Numbers, e164)?.Assignment?.TargetId;
            }

            var result = await runner.RunAsync(command, AuditActions.Numbers.Unassign, Role.Admin,
                reads =>
                {
                    if (parsed.IsSuccess)
                    {
                        reads.One(NumberCollections.Numbers, parsed.Value.Value);
                        if (holder is not null)
                        {
                            reads.One(NumberCollections.UserLines, holder);
                        }
                    }
                },
                context => parsed.IsSuccess ? DecideUnassign(command, parsed.Value.Value, holder, context) : parsed.Error,
                AssignmentJson.Default.PhoneNumber,
                cancellationToken);
            if (result.Error?.Code != HolderChanged.Code)
            {
                return result;
            }
        }

        return HolderChanged;
    }

    private static Result<PhoneNumber> DecideUnassign(UnassignNumber command, string e164, string? holder, CommandContext context)
    {
        if (command.BlockForever && command.BlockDays is not null)
        {
            return new Error("number.block_conflict");
        }

        if (command.BlockDays is < 1 or > UnassignNumber.MaxBlockDays)
        {
            return new Error("number.block_days_invalid", command.BlockDays.Value, UnassignNumber.MaxBlockDays);
        }

        var number = NumberLookups.Owned(e164, context);
        if (!number.IsSuccess)
        {
            return number;
        }

        var assignment = number.Value.Assignment;
        if (assignment is null)
        {
            return new Error("number.not_assigned", e164);
        }

        if (assignment.Target != AssignmentTarget.User)
        {
            return new Error("number.not_user_assigned", e164, assignment.Target);
        }

        if (assignment.TargetId != holder)
        {
            return HolderChanged;
        }

        var blockedUntil = command.BlockForever ? DateTimeOffset.MaxValue
            : command.BlockDays is { } days ? context.Now.AddDays(days)
            : (DateTimeOffset?)null;
        var unassigned = number.Value with { Assignment = null, BlockedUntil = blockedUntil };
        context.Put(NumberCollections.Numbers, e164, unassigned);
        var lines = (context.Find(NumberCollections.UserLines, holder) ?? []).Where(l => l.Number != e164).ToList();
        if (lines.Count == 0)
        {
            context.Delete(NumberCollections.UserLines, holder);
        }
        else
        {
            context.Put(NumberCollections.UserLines, holder, lines);
        }

        return unassigned;
    }
}
