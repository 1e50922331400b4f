using System.Text.Json;
using ChatPhone.Core.Storage;
using ChatPhone.Core.Audit;
using ChatPhone.Core.Common;

namespace ChatPhone.Core.Directory.Import;

/// <summary>
/// Imports the organisation's people from CSV in two steps: plan (parse, compare, store the plan)
/// and apply (write the changes atomically, once, on an admin's confirmation).
/// </summary>
public sealed class DirectoryImportService(IDirectoryStore store, IAuditLog audit, TimeProvider clock, IDirectorySource source)
{
    private const int MaxAttempts = 5;

    /// <summary>Parses the file, compares it with the directory and stores the plan for confirmation.</summary>
    public async Task<Result<ImportPlan>> PlanAsync(PlanDirectoryImport command, CancellationToken cancellationToken = default)
    {
        if (!command.Actor.IsAdmin)
        {
            return await RefuseAsync(command.Actor, AuditActions.Directory.ImportPlan, cancellationToken);
        }

        var parsed = DirectoryCsvParser.Parse(command.Csv);
        if (!parsed.IsSuccess)
        {
            return parsed.Error;
        }

        return await PlanAsync(command.Actor, parsed.Value, cancellationToken);
    }

    /// <summary>True when the tenant's directory has a source (Microsoft 365) to sync from.</summary>
    public bool HasSource(Actor actor) => source.Serves(actor.Tenant);

    /// <summary>
    /// Reads the directory from the tenant's source and plans bringing ChatPhone's people in line, as a file's import is
    /// planned (the same checks, the same card, the same confirm). People keep the ChatPhone role they have; newcomers
    /// are users. A person without a usage location is a problem named by their sign-in name (a license needs one).
    /// </summary>
    public async Task<Result<ImportPlan>> PlanSyncAsync(PlanDirectorySync command, CancellationToken cancellationToken = default)
    {
        var actor = command.Actor;
        if (!actor.IsAdmin)
        {
            return await RefuseAsync(actor, AuditActions.Directory.SyncPlan, cancellationToken);
        }

        if (!source.Serves(actor.Tenant))
        {
            return new Error("directory.source.not_connected");
        }

        var read = await source.ReadAsync(actor.Tenant, cancellationToken);
        if (!read.IsSuccess)
        {
            return read.Error;
        }

        if (read.Value.Count > DirectoryCsvParser.MaxRows)
        {
            return new Error("directory.sync.too_many", read.Value.Count, DirectoryCsvParser.MaxRows);
        }

        // One read of the people the source names: their ChatPhone roles now, and what the plan compares against.
        var slice = await store.ReadSliceAsync(
            actor.Tenant,
            read.Value.Select(p => p.AadObjectId.ToLowerInvariant()).ToArray(),
            read.Value.Select(p => p.Upn.ToLowerInvariant()).ToArray(),
            cancellationToken);
        var people = read.Value.Select((person, index) => (Line: index + 1, Person: person)).ToArray();
        var placeless = people.Where(p => string.IsNullOrWhiteSpace(p.Person.UsageLocation))
            .Select(p => new RowProblem(p.Line, new Error("directory.sync.no_usage_location", p.Person.Upn)));
        var file = DirectoryCsvParser.Rows(people.Where(p => !string.IsNullOrWhiteSpace(p.Person.UsageLocation)).Select(p => (p.Line, (IReadOnlyList<string>)
            [p.Person.Upn, p.Person.DisplayName, p.Person.AadObjectId, p.Person.UsageLocation!, p.Person.Department ?? string.Empty,
                (slice.People.GetValueOrDefault(p.Person.AadObjectId.ToLowerInvariant())?.Role ?? Role.User).Name()])));
        var diff = ImportDiff.Compute(file.Rows, slice.People, slice.UpnOwners);
        return await SavePlanAsync(actor, file with { Problems = [.. file.Problems, .. placeless] }, diff, cancellationToken);
    }

    // Compares the rows with the directory and stores the plan for confirmation.
    private async Task<Result<ImportPlan>> PlanAsync(Actor actor, ImportFile file, CancellationToken cancellationToken) =>
        await SavePlanAsync(actor, file, await DiffAsync(actor, file.Rows, cancellationToken), cancellationToken);

    private async Task<Result<ImportPlan>> SavePlanAsync(Actor actor, ImportFile file, ImportDiff diff, CancellationToken cancellationToken)
    {
        var problems = file.Problems.Concat(diff.Problems).OrderBy(p => p.Line).ToArray();
        var import = new PendingImport(
            Guid.NewGuid().ToString("N"), actor.UserId, clock.GetUtcNow(), file.Rows, problems, Applied: null);
        await store.SavePendingAsync(actor.Tenant, import, cancellationToken);
        return new ImportPlan(import.Id, diff.New, diff.Updated, diff.Unchanged, problems);
    }

    /// <summary>Applies a stored plan: upserts by object id, once, whoever clicks and however often.</summary>
    public async Task<Result<ImportOutcome>> ApplyAsync(ApplyDirectoryImport command, CancellationToken cancellationToken = default)
    {
        var actor = command.Actor;
        if (!actor.IsAdmin)
        {
            return await RefuseAsync(actor, AuditActions.Directory.ImportApply, cancellationToken);
        }

        for (var attempt = 0; attempt < MaxAttempts; attempt++)
        {
            var context = await store.LoadApplyContextAsync(actor.Tenant, command.ImportId, RequestKey.Of(actor, command.Key), cancellationToken);
            if (context.Replay is not null)
            {
                return context.Replay;
            }

            if (!context.Import.IsSuccess)
            {
                return context.Import.Error;
            }

            var import = context.Import.Value;
            if (import.Applied is { } applied)
            {
                return AlreadyApplied(applied);
            }

            var diff = await DiffAsync(actor, import.Rows, cancellationToken);
            var outcome = new ImportOutcome(diff.New, diff.Updated, diff.Unchanged);
            var now = clock.GetUtcNow();
            var after = import with { Applied = new ImportApplied(actor.UserId, actor.DisplayName, now, outcome) };
            var entry = Audits.Applied(actor, now, AuditActions.Directory.Import, $"import:{import.Id}",
                before: null, after: JsonSerializer.Serialize(outcome, CoreJsonContext.Default.ImportOutcome));

            var commit = new ImportCommit(import, after, diff.Changes, entry, RequestKey.Of(actor, command.Key), outcome);
            if (await store.CommitImportAsync(actor.Tenant, commit, cancellationToken))
            {
                return outcome;
            }
        }

        return new Error("store.busy");
    }

    /// <summary>Discards a plan; an applied one stays, and the answer says who applied it.</summary>
    public async Task<Result<bool>> DiscardAsync(DiscardDirectoryImport command, CancellationToken cancellationToken = default)
    {
        var actor = command.Actor;
        if (!actor.IsAdmin)
        {
            return await RefuseAsync(actor, AuditActions.Directory.ImportDiscard, cancellationToken);
        }

        var found = await store.FindPendingAsync(actor.Tenant, command.ImportId, cancellationToken);
        if (!found.IsSuccess)
        {
            return found.Error;
        }

        if (found.Value.Applied is { } applied)
        {
            return AlreadyApplied(applied);
        }

        return await store.DiscardPendingAsync(actor.Tenant, found.Value, cancellationToken)
            ? true
            : new Error("store.busy");
    }

    private static Error AlreadyApplied(ImportApplied applied) =>
        new("directory.import.already_applied", applied.ByName, applied.At.ToString("u", System.Globalization.CultureInfo.InvariantCulture));

    private async Task<ImportDiff> DiffAsync(Actor actor, IReadOnlyList<ImportRow> rows, CancellationToken cancellationToken)
    {
        var slice = await store.ReadSliceAsync(
            actor.Tenant,
            rows.Select(r => r.Person.AadObjectId).ToArray(),
            rows.Select(r => r.Person.Upn).ToArray(),
            cancellationToken);
        return ImportDiff.Compute(rows, slice.People, slice.UpnOwners);
    }

    private async Task<Error> RefuseAsync(Actor actor, string action, CancellationToken cancellationToken)
    {
        await audit.RecordAsync(actor.Tenant, Audits.Refused(actor, clock.GetUtcNow(), action, "directory"), cancellationToken);
        return new Error("auth.admin_required");
    }
}
