using ChatPhone.Core.Audit;
using ChatPhone.Core.Commands;
using ChatPhone.Core.Common;
using ChatPhone.Core.Directory;
using ChatPhone.Core.Licensing;

namespace ChatPhone.Core.Numbers.Microsoft365;

/// <summary>
/// Brings a connected tenant's numbers from Microsoft 365 into ChatPhone's inventory, so ChatPhone plans with the numbers
/// the tenant really has and each later assignment goes back there (<see cref="IConnectedNumbers"/>). A number ChatPhone
/// lacks is added (exempt from ChatPhone's quotas: Microsoft counted it when it was acquired); one Microsoft 365 gives to a
/// person ChatPhone knows, licensed with Phone System and a Calling Plan, is given to them here too. Nothing is taken from
/// anyone: where ChatPhone and Microsoft 365 disagree on who holds a number, the number is named as a problem and left as
/// it is, and numbers only ChatPhone has stay. Service numbers stay in Microsoft 365.
/// </summary>
/// <remarks>
/// The numbers commit in batches of at most <see cref="BatchSize"/>, each atomic and keyed from the command's key (a
/// retried sync applies nothing twice). A person's numbers are always in one batch, so their line list is decided once.
/// Microsoft 365 keeps the emergency location of what it assigned; ChatPhone's US location rule is its rule for its own
/// assignments, and is not asked of these.
/// </remarks>
public sealed class NumberSyncService(CommandRunner runner, IConnectedNumbers microsoft365)
{
    /// <summary>The most numbers one commit brings in.</summary>
    public const int BatchSize = 500;

    /// <summary>True when the actor's tenant has its numbers in Microsoft 365.</summary>
    public bool HasSource(Actor actor) => microsoft365.Serves(actor.Tenant);

    /// <summary>Reads the tenant's numbers from Microsoft 365 and brings them in; <paramref name="progress"/> hears the numbers done so far.</summary>
    public async Task<Result<NumberSyncOutcome>> SyncAsync(SyncNumbers command, IProgress<int>? progress = null, CancellationToken cancellationToken = default)
    {
        var actor = command.Actor;
        if (!actor.IsAdmin || !microsoft365.Serves(actor.Tenant))
        {
            // The refusal is audited by the runner; a tenant that is not connected is told so.
            return await runner.RunAsync(command, AuditActions.Numbers.Sync, Role.Admin, new Error("number.m365_not_connected"),
                _ => { }, _ => NumberSyncOutcome.Empty, NumbersJson.Default.NumberSyncOutcome, cancellationToken);
        }

        var read = await microsoft365.ReadAsync(actor.Tenant, cancellationToken);
        if (!read.IsSuccess)
        {
            return read.Error;
        }

        var source = read.Value.GroupBy(n => n.Number, StringComparer.Ordinal).Select(g => g.First()).ToArray();
        var services = source.Count(LeftThere);
        var onlyHere = await OnlyInChatPhoneAsync(actor, source, cancellationToken);
        var outcome = NumberSyncOutcome.Empty with { OnlyInChatPhone = onlyHere, Services = services };
        var done = 0;
        var batchIndex = 0;
        foreach (var batch in Batches(source.Where(n => !LeftThere(n))))
        {
            var batchCommand = command with { Key = command.Key.For("batch:" + batchIndex++) };
            var applied = await SyncBatchAsync(batchCommand, batch, cancellationToken);
            if (!applied.IsSuccess)
            {
                return applied.Error;
            }

            outcome = outcome.Plus(applied.Value);
            progress?.Report(done += batch.Count);
        }

        return outcome;
    }

    // Service numbers, and numbers a resource account or the bridge holds, are set up where they are used.
    private static bool LeftThere(SourceNumber number) => number.Use == SourceNumberUse.Service || number.HeldElsewhere;

    // Batches of at most BatchSize numbers (more only when one person holds more), a person's numbers never split.
    private static IEnumerable<IReadOnlyList<SourceNumber>> Batches(IEnumerable<SourceNumber> numbers)
    {
        var batch = new List<SourceNumber>();
        foreach (var person in numbers.GroupBy(n => n.UserId ?? "\0" + n.Number, StringComparer.Ordinal))
        {
            if (batch.Count > 0 && batch.Count + person.Count() > BatchSize)
            {
                yield return batch;
                batch = [];
            }

            batch.AddRange(person);
        }

        if (batch.Count > 0)
        {
            yield return batch;
        }
    }

    private async Task<int> OnlyInChatPhoneAsync(Actor actor, IReadOnlyList<SourceNumber> source, CancellationToken cancellationToken)
    {
        var inMicrosoft365 = source.Select(n => n.Number).ToHashSet(StringComparer.Ordinal);
        var snapshot = await runner.ReadAsync(actor.Tenant, reads => reads.All(NumberCollections.Numbers), cancellationToken);
        return snapshot.All(NumberCollections.Numbers).Keys.Count(n => !inMicrosoft365.Contains(n));
    }

    private Task<Result<NumberSyncOutcome>> SyncBatchAsync(SyncNumbers command, IReadOnlyList<SourceNumber> batch, CancellationToken cancellationToken)
    {
        var numbers = batch.Select(n => n.Number).ToArray();
        var people = batch.Select(n => n.UserId).OfType<string>().Distinct(StringComparer.Ordinal).ToArray();
        return runner.RunAsync(command, AuditActions.Numbers.Sync, Role.Admin,
            reads => reads.Many(NumberCollections.Numbers, numbers).Many(DirectoryCollections.People, people)
                .Many(LicensingCollections.Users, people).Many(NumberCollections.UserLines, people),
            context => Decide(batch, context),
            NumbersJson.Default.NumberSyncOutcome,
            cancellationToken);
    }

    private static Result<NumberSyncOutcome> Decide(IReadOnlyList<SourceNumber> batch, CommandContext context)
    {
        int added = 0, assigned = 0, unchanged = 0;
        var problems = new List<NumberSyncProblem>();
        var lines = new Dictionary<string, List<UserLine>>(StringComparer.Ordinal);
        foreach (var source in batch)
        {
            var current = context.Find(NumberCollections.Numbers, source.Number);
            if (current is not null && Agrees(current, source))
            {
                unchanged++;
                continue;
            }

            if (current is { Assignment: not null } || current?.Type.IsService() == true)
            {
                problems.Add(new NumberSyncProblem(source.Number, source.IsFree
                    ? new Error("number.sync_free_there", source.Number)
                    : new Error("number.sync_held_differently", source.Number)));
                continue;
            }

            var number = current ?? new PhoneNumber(source.Number, source.Country, null, source.City, NumberType.UserSubscriber, NumberSource.Microsoft365, context.Now);
            if (source.UserId is not { } userId)
            {
                context.Put(NumberCollections.Numbers, source.Number, number);
                added++;
                continue;
            }

            var personLines = lines.TryGetValue(userId, out var known) ? known : lines[userId] = context.Find(NumberCollections.UserLines, userId) ?? [];
            if (Refusal(source, userId, personLines, context) is { } refusal)
            {
                problems.Add(new NumberSyncProblem(source.Number, refusal));
                continue;
            }

            context.Put(NumberCollections.Numbers, source.Number, number with
            {
                Assignment = new NumberAssignment(AssignmentTarget.User, userId, source.Category, context.Now),
            });
            personLines.Add(new UserLine(source.Number, source.Category));
            context.Put(NumberCollections.UserLines, userId, [.. personLines]);
            added += current is null ? 1 : 0;
            assigned++;
        }

        return new NumberSyncOutcome(added, assigned, unchanged, 0, 0, problems);
    }

    private static bool Agrees(PhoneNumber current, SourceNumber source) => current.Assignment switch
    {
        null => source.IsFree,
        { Target: AssignmentTarget.User } held => held.TargetId == source.UserId,
        _ => source.HeldElsewhere,
    };

    // Why a number Microsoft 365 gives to a person cannot be given to them in ChatPhone.
    private static Error? Refusal(SourceNumber source, string userId, List<UserLine> lines, CommandContext context)
    {
        if (context.Find(DirectoryCollections.People, userId) is not { } person)
        {
            return new Error("number.sync_person_unknown", source.Number);
        }

        if (context.Find(LicensingCollections.Users, userId) is not { HasPhoneSystem: true, HasCallingPlan: true })
        {
            return new Error("number.sync_unlicensed", source.Number, person.DisplayName);
        }

        return source.Category == AssignmentCategory.Primary && lines.FirstOrDefault(l => l.Category == AssignmentCategory.Primary) is { } primary
            ? new Error("number.sync_primary_taken", source.Number, person.DisplayName, primary.Number)
            : null;
    }
}
