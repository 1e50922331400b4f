using ChatPhone.Core.AudioFiles;
using ChatPhone.Core.AutoAttendants;
using ChatPhone.Core.CallQueues;
using ChatPhone.Core.Commands;
using ChatPhone.Core.Common;
using ChatPhone.Core.Directory;
using ChatPhone.Core.ResourceAccounts;

namespace ChatPhone.Core.VoiceApps;

/// <summary>Reads auto attendants and call queues, their readiness, and dry-run validation (helpdesk and up).</summary>
public sealed class VoiceAppQueries(CommandRunner runner)
{
    /// <summary>Every call queue, by name.</summary>
    public async Task<Result<IReadOnlyList<CallQueue>>> ListCallQueuesAsync(Actor actor, CancellationToken cancellationToken = default)
    {
        var snapshot = await runner.ReadAsync(actor, Role.Helpdesk, reads => reads.All(CallQueueCollections.Queues), cancellationToken);
        return !snapshot.IsSuccess ? snapshot.Error : snapshot.Value.All(CallQueueCollections.Queues).Values.OrderBy(q => q.Name, StringComparer.OrdinalIgnoreCase).ToArray();
    }

    /// <summary>A call queue by id or name (ignoring case).</summary>
    public async Task<Result<CallQueue>> GetCallQueueAsync(Actor actor, string idOrName, CancellationToken cancellationToken = default)
    {
        var all = await ListCallQueuesAsync(actor, cancellationToken);
        return !all.IsSuccess ? all.Error
            : all.Value.FirstOrDefault(q => Matches(q.Id, q.Name, idOrName)) is { } queue ? queue : new Error("callqueue.not_found", idOrName);
    }

    /// <summary>Every imported audio file, by name: what greetings and music on hold may name.</summary>
    public async Task<Result<IReadOnlyList<AudioFile>>> ListAudioFilesAsync(Actor actor, CancellationToken cancellationToken = default)
    {
        var snapshot = await runner.ReadAsync(actor, Role.Helpdesk, reads => reads.All(AudioFileCollections.Files), cancellationToken);
        return !snapshot.IsSuccess ? snapshot.Error : snapshot.Value.All(AudioFileCollections.Files).Values.OrderBy(f => f.FileName, StringComparer.OrdinalIgnoreCase).ToArray();
    }

    /// <summary>Every auto attendant, by name.</summary>
    public async Task<Result<IReadOnlyList<AutoAttendant>>> ListAutoAttendantsAsync(Actor actor, CancellationToken cancellationToken = default)
    {
        var snapshot = await runner.ReadAsync(actor, Role.Helpdesk, reads => reads.All(AutoAttendantCollections.Attendants), cancellationToken);
        return !snapshot.IsSuccess ? snapshot.Error : snapshot.Value.All(AutoAttendantCollections.Attendants).Values.OrderBy(a => a.Name, StringComparer.OrdinalIgnoreCase).ToArray();
    }

    /// <summary>An auto attendant by id or name (ignoring case).</summary>
    public async Task<Result<AutoAttendant>> GetAutoAttendantAsync(Actor actor, string idOrName, CancellationToken cancellationToken = default)
    {
        var all = await ListAutoAttendantsAsync(actor, cancellationToken);
        return !all.IsSuccess ? all.Error
            : all.Value.FirstOrDefault(a => Matches(a.Id, a.Name, idOrName)) is { } attendant ? attendant : new Error("autoattendant.not_found", idOrName);
    }

    /// <summary>The readiness of every auto attendant and call queue, attendants first, by name.</summary>
    public async Task<Result<IReadOnlyList<VoiceAppReadiness>>> ReadinessAsync(Actor actor, CancellationToken cancellationToken = default)
    {
        if (actor.Role < Role.Helpdesk)
        {
            return CommandRunner.RoleError(Role.Helpdesk);
        }

        var snapshot = await runner.ReadAsync(actor.Tenant,
            reads => reads.All(AutoAttendantCollections.Attendants).All(CallQueueCollections.Queues).All(ResourceAccountCollections.Accounts),
            cancellationToken);
        var accounts = snapshot.All(ResourceAccountCollections.Accounts).Values.ToArray();
        return snapshot.All(AutoAttendantCollections.Attendants).Values.OrderBy(a => a.Name, StringComparer.OrdinalIgnoreCase)
            .Select(a => VoiceAppReadiness.Of(a.Id, a.Name, ResourceAccountKind.AutoAttendant, accounts))
            .Concat(snapshot.All(CallQueueCollections.Queues).Values.OrderBy(q => q.Name, StringComparer.OrdinalIgnoreCase)
                .Select(q => VoiceAppReadiness.Of(q.Id, q.Name, ResourceAccountKind.CallQueue, accounts)))
            .ToArray();
    }

    /// <summary>The readiness of one auto attendant or call queue, by id or name.</summary>
    public async Task<Result<VoiceAppReadiness>> ReadinessAsync(Actor actor, string idOrName, CancellationToken cancellationToken = default)
    {
        var all = await ReadinessAsync(actor, cancellationToken);
        return !all.IsSuccess ? all.Error
            : all.Value.FirstOrDefault(r => Matches(r.Id, r.Name, idOrName)) is { } readiness ? readiness : new Error("voiceapp.app_not_found", idOrName);
    }

    /// <summary>Every problem and note of call queue settings, without saving (admins; <paramref name="id"/> when updating).</summary>
    public async Task<Result<Validated<CallQueueSettings>>> CheckCallQueueAsync(Actor actor, CallQueueSettings settings, string? id = null, CancellationToken cancellationToken = default)
    {
        if (actor.Role < Role.Admin)
        {
            return CommandRunner.RoleError(Role.Admin);
        }

        var people = settings.PersonIds().ToArray();
        var snapshot = await runner.ReadAsync(actor.Tenant, reads => VoiceAppFacts.Declare(reads, people), cancellationToken);
        return CallQueueValidator.Validate(settings, VoiceAppFacts.From(snapshot, people), id?.Trim().ToLowerInvariant());
    }

    /// <summary>Every problem and note of auto attendant settings, without saving (admins; <paramref name="id"/> when updating).</summary>
    public async Task<Result<Validated<AutoAttendantSettings>>> CheckAutoAttendantAsync(Actor actor, AutoAttendantSettings settings, string? id = null, CancellationToken cancellationToken = default)
    {
        if (actor.Role < Role.Admin)
        {
            return CommandRunner.RoleError(Role.Admin);
        }

        var people = settings.PersonIds().ToArray();
        var snapshot = await runner.ReadAsync(actor.Tenant, reads => VoiceAppFacts.Declare(reads, people), cancellationToken);
        return AutoAttendantValidator.Validate(settings, VoiceAppFacts.From(snapshot, people), id?.Trim().ToLowerInvariant());
    }

    private static bool Matches(string id, string name, string idOrName) =>
        id == idOrName.Trim().ToLowerInvariant() || string.Equals(name, idOrName.Trim(), StringComparison.OrdinalIgnoreCase);
}
