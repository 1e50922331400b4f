using System.Text.Json.Serialization;
using ChatPhone.Core.Commands;
using ChatPhone.Core.Common;
using ChatPhone.Core.Directory;
using ChatPhone.Core.Storage;

namespace ChatPhone.Core.Audit.Undo;

/// <summary>
/// Undo from the audit trail: finds a person's last change, plans its inverse from the before/after the trail kept
/// (<see cref="UndoPlanner"/>), and applies it as one atomic, idempotent, audited command that checks again, on the
/// documents as they are at that instant, that nothing changed since. Admins only, and only their own changes.
/// </summary>
public sealed class UndoService(IAuditLog audit, CommandRunner runner, TimeProvider clock)
{
    /// <summary>How far back "undo the last change" looks.</summary>
    public static readonly TimeSpan LookBack = TimeSpan.FromDays(30);

    /// <summary>The actor's most recent change not yet undone (undos themselves are skipped, so undoing again goes further back).</summary>
    public async Task<Result<RecentChange?>> LastChangeAsync(Actor actor, CancellationToken cancellationToken = default)
    {
        if (actor.Role < Role.Admin)
        {
            return CommandRunner.RoleError(Role.Admin);
        }

        // Newest first, so the answer (usually the change just made) costs a page, however long the trail: an undo is
        // always newer than what it undid, so it is seen first; the entries of one change share its time.
        var now = clock.GetUtcNow();
        var undone = new HashSet<string>(StringComparer.Ordinal);
        var sameTime = new List<AuditEntry>();
        await foreach (var entry in audit.NewestFirstAsync(actor.Tenant, now - LookBack, now, cancellationToken))
        {
            if (!string.Equals(entry.ActorId, actor.UserId, StringComparison.OrdinalIgnoreCase))
            {
                continue;
            }

            if (sameTime.Count > 0 && entry.At < sameTime[0].At)
            {
                if (Latest(sameTime, undone) is { } found)
                {
                    return found;
                }

                sameTime.Clear();
            }

            if (entry.Action == AuditActions.Undo.Apply && entry.Target.StartsWith(UndoPolicy.UndoneTargetPrefix, StringComparison.Ordinal))
            {
                undone.Add(entry.Target[UndoPolicy.UndoneTargetPrefix.Length..]);
            }
            else if (entry.Outcome == AuditOutcome.Applied && entry.Action != AuditActions.Undo.Apply && UndoPlanner.Split(entry.Target) is not null)
            {
                sameTime.Add(entry);
            }
        }

        return Latest(sameTime, undone);
    }

    // Among changes made at one time (read newest first), the first in the trail's order none of whose entries was undone.
    private static RecentChange? Latest(List<AuditEntry> sameTime, HashSet<string> undone)
    {
        var change = Enumerable.Reverse(sameTime)
            .GroupBy(e => e.Action)
            .FirstOrDefault(g => !g.Any(e => undone.Contains(e.Id)));
        return change is null ? null : new RecentChange(new ChangeRef(change.First().At, change.First().Id), change.Key);
    }

    /// <summary>What undoing <paramref name="change"/> would write back now, or why it cannot be undone.</summary>
    public async Task<Result<UndoPlan>> PlanAsync(Actor actor, ChangeRef change, CancellationToken cancellationToken = default)
    {
        var found = await FindAsync(actor, change, cancellationToken);
        if (!found.IsSuccess)
        {
            return found.Error;
        }

        var (entries, later) = found.Value;
        var reads = Reads(entries, later);
        var snapshot = await runner.ReadAsync(actor.Tenant, r => Declare(r, reads), cancellationToken);
        return UndoPlanner.Plan(change, entries, later, (collection, id) => DataOf(snapshot, collection, id));
    }

    /// <summary>Takes the change back: the plan is made again on the documents read in the command, so a change since refuses it.</summary>
    public async Task<Result<UndoResult>> ApplyAsync(UndoChange command, CancellationToken cancellationToken = default)
    {
        var found = await FindAsync(command.Actor, command.Change, cancellationToken);
        if (!found.IsSuccess)
        {
            return found.Error;
        }

        var (entries, later) = found.Value;
        var reads = Reads(entries, later);
        return await runner.RunAsync(
            command,
            AuditActions.Undo.Apply,
            Role.Admin,
            r => Declare(r, reads),
            context =>
            {
                var plan = UndoPlanner.Plan(command.Change, entries, later, (collection, id) => DataOf(context.Snapshot, collection, id));
                if (!plan.IsSuccess)
                {
                    return plan.Error;
                }

                foreach (var step in plan.Value.Steps)
                {
                    context.Changes.Restore(StoredCollections.Find(step.Collection)!, step.Id, step.Data);
                }

                context.Changes.Record(Audits.Applied(
                    command.Actor, context.Now, AuditActions.Undo.Apply, UndoPolicy.UndoneTargetPrefix + command.Change.EntryId, before: null, after: null));
                // Named as they are again (the queue called Sales again, not Ventes).
                var names = plan.Value.Steps.Select(s => s.Data is null ? s.Name : UndoPlanner.NameOf(s.Data, s.Id)).Distinct().ToArray();
                return new UndoResult(plan.Value.Action, plan.Value.Steps.Count, names);
            },
            UndoJson.Default.UndoResult,
            cancellationToken);
    }

    // The change's entries (all the documents its command wrote) and everything written since, oldest first.
    private async Task<Result<(IReadOnlyList<AuditEntry> Change, IReadOnlyList<AuditEntry> Later)>> FindAsync(
        Actor actor, ChangeRef change, CancellationToken cancellationToken)
    {
        if (actor.Role < Role.Admin)
        {
            return CommandRunner.RoleError(Role.Admin);
        }

        var now = clock.GetUtcNow();
        if (change.At > now || now - change.At > LookBack)
        {
            return new Error("undo.change_not_found");
        }

        var around = await audit.QueryAsync(actor.Tenant, change.At.AddMilliseconds(-1), change.At.AddMilliseconds(1), actorId: null, target: null, cancellationToken);
        var named = around.FirstOrDefault(e => e.Id == change.EntryId && e.At == change.At);
        if (named is null)
        {
            return new Error("undo.change_not_found");
        }

        if (!string.Equals(named.ActorId, actor.UserId, StringComparison.OrdinalIgnoreCase))
        {
            return new Error("undo.not_yours", named.ActorName);
        }

        if (named.Action == AuditActions.Undo.Apply || named.Outcome != AuditOutcome.Applied)
        {
            return new Error("undo.not_undoable");
        }

        var entries = around.Where(e => e.At == named.At && e.Action == named.Action && e.ActorId == named.ActorId).ToArray();
        var since = await audit.QueryAsync(actor.Tenant, change.At, now, actorId: null, target: null, cancellationToken);
        var later = since.Where(e => e.At > change.At || (e.At == change.At && !entries.Contains(e))).OrderBy(e => e.At).ToArray();
        return (entries, later);
    }

    private static IReadOnlyList<(IStoredCollection Collection, string Id)> Reads(IReadOnlyList<AuditEntry> change, IReadOnlyList<AuditEntry> later) =>
        change.Select(e => UndoPlanner.Split(e.Target))
            .OfType<(string Collection, string Id)>()
            .Concat(UndoPlanner.Dependents(change, later))
            .Select(t => (Collection: StoredCollections.Find(t.Collection), t.Id))
            .Where(t => t.Collection is not null)
            .Select(t => (t.Collection!, t.Id))
            .Distinct()
            .ToArray();

    private static void Declare(ReadSet reads, IReadOnlyList<(IStoredCollection Collection, string Id)> documents)
    {
        foreach (var (collection, id) in documents)
        {
            reads.One(collection, id);
        }
    }

    private static string? DataOf(TenantSnapshot snapshot, string collection, string id) =>
        snapshot.WasRead(collection, id) && snapshot.Raw(collection, id) is { } raw ? DocumentEnvelope.DataOf(raw) : null;
}

/// <summary>Source-generated JSON for undo results (replayed under the idempotency key).</summary>
[JsonSourceGenerationOptions(PropertyNamingPolicy = JsonKnownNamingPolicy.CamelCase)]
[JsonSerializable(typeof(UndoResult))]
internal sealed partial class UndoJson : JsonSerializerContext;
