using ChatPhone.Core.Common;
using ChatPhone.Core.Directory;

namespace ChatPhone.Core.Licensing;

/// <summary>
/// People's licenses, assigned and removed: committed in ChatPhone first (the rules, the quotas, atomically), then, in a
/// tenant connected to Microsoft 365, made there too. What Microsoft 365 refuses is undone in ChatPhone, so both keep
/// saying the same, and the refusal is the person's outcome. A replay (same key) commits nothing twice, asks Microsoft 365
/// again (adding a license someone holds changes nothing there) and undoes with the same derived key.
/// </summary>
public sealed partial class LicensingService
{
    private const string UndoStep = "microsoft365-undo";

    /// <summary>Assigns licenses to one person.</summary>
    public async Task<Result<LicenseChange>> AssignAsync(AssignLicenses command, CancellationToken cancellationToken = default) =>
        await MirrorAsync(command.Actor, await CommitAssignAsync(command, cancellationToken), Added,
            change => CommitRemoveAsync(new RemoveLicenses(command.Actor, command.Key.For(UndoStep), command.UserId, change.Changed), cancellationToken),
            cancellationToken);

    /// <summary>Removes licenses from one person.</summary>
    public async Task<Result<LicenseChange>> RemoveAsync(RemoveLicenses command, CancellationToken cancellationToken = default) =>
        await MirrorAsync(command.Actor, await CommitRemoveAsync(command, cancellationToken), Removed,
            change => CommitAssignAsync(new AssignLicenses(command.Actor, command.Key.For(UndoStep), command.UserId, change.Changed), cancellationToken),
            cancellationToken);

    /// <summary>
    /// Assigns the same licenses to many people in one atomic unit; each person succeeds or fails on their own (one bad
    /// row never stops the rest), like the guide's script with SilentlyContinue. Microsoft 365 gets them in batches.
    /// </summary>
    public async Task<Result<BulkLicenseOutcome>> AssignInBulkAsync(AssignLicensesInBulk command, CancellationToken cancellationToken = default)
    {
        var outcome = await CommitAssignInBulkAsync(command, cancellationToken);
        if (!outcome.IsSuccess)
        {
            return outcome;
        }

        var changed = outcome.Value.Rows.Where(r => r.Change is { } change && Mirrored(command.Actor, change)).ToList();
        if (changed.Count == 0)
        {
            return outcome;
        }

        var refusals = await microsoft365.ApplyAsync(command.Actor.Tenant, changed.Select(r => Added(r.Change!)).ToArray(), cancellationToken);
        var refused = new Dictionary<string, Error>(StringComparer.Ordinal);
        for (var i = 0; i < changed.Count; i++)
        {
            if (refusals[i] is { } error)
            {
                var change = changed[i].Change!;
                await CommitRemoveAsync(new RemoveLicenses(command.Actor, command.Key.For(UndoStep + ":" + change.UserId), UserId.Parse(change.UserId), change.Changed), cancellationToken);
                refused[changed[i].UserId] = error;
            }
        }

        return refused.Count == 0
            ? outcome
            : new BulkLicenseOutcome(outcome.Value.Rows.Select(r => refused.TryGetValue(r.UserId, out var error) ? r with { Change = null, Error = error } : r).ToArray());
    }

    // One person's committed change made in Microsoft 365 too, or undone in ChatPhone (its refusal is the result).
    private async Task<Result<LicenseChange>> MirrorAsync(
        Actor actor, Result<LicenseChange> change, Func<LicenseChange, LicenseEdit> edit, Func<LicenseChange, Task> undo, CancellationToken cancellationToken)
    {
        if (!change.IsSuccess || !Mirrored(actor, change.Value))
        {
            return change;
        }

        var refused = (await microsoft365.ApplyAsync(actor.Tenant, [edit(change.Value)], cancellationToken))[0];
        if (refused is null)
        {
            return change;
        }

        await undo(change.Value);
        return refused;
    }

    private bool Mirrored(Actor actor, LicenseChange change) => change.Changed.Count > 0 && microsoft365.Serves(actor.Tenant);

    private static LicenseEdit Added(LicenseChange change) => new(change.UserId, change.DisplayName, change.Changed, []);

    private static LicenseEdit Removed(LicenseChange change) => new(change.UserId, change.DisplayName, [], change.Changed);
}
