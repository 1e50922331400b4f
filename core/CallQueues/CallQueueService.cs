using System.Globalization;
using System.Text.Json;
using ChatPhone.Core.Audit;
using ChatPhone.Core.AutoAttendants;
using ChatPhone.Core.Commands;
using ChatPhone.Core.Common;
using ChatPhone.Core.Directory;
using ChatPhone.Core.ResourceAccounts;
using ChatPhone.Core.VoiceApps;

namespace ChatPhone.Core.CallQueues;

/// <summary>
/// Creates, updates and deletes call queues. Every save runs <see cref="CallQueueValidator"/> over the
/// tenant as read; when it finds problems the command fails with the first one (use
/// <see cref="VoiceAppQueries.CheckCallQueueAsync"/> to list them all).
/// </summary>
public sealed class CallQueueService(CommandRunner runner)
{
    /// <summary>Creates a call queue.</summary>
    public Task<Result<CallQueueSaved>> CreateAsync(CreateCallQueue command, CancellationToken cancellationToken = default) =>
        runner.RunAsync(command, AuditActions.CallQueues.Create, Role.Admin,
            reads => VoiceAppFacts.Declare(reads, command.Settings.PersonIds()),
            context => Save(null, command.Settings, context),
            CallQueuesJson.Default.CallQueueSaved,
            cancellationToken);

    /// <summary>Replaces a call queue's settings.</summary>
    public Task<Result<CallQueueSaved>> UpdateAsync(UpdateCallQueue command, CancellationToken cancellationToken = default) =>
        runner.RunAsync(command, AuditActions.CallQueues.Update, Role.Admin,
            reads => VoiceAppFacts.Declare(reads, command.Settings.PersonIds()),
            context => ChangedSince(Id(command.Id), command.Seen, context) ?? Save(Id(command.Id), command.Settings, context),
            CallQueuesJson.Default.CallQueueSaved,
            cancellationToken);

    /// <summary>
    /// Adds an agent to a queue as it is when the command runs (a helpdesk one-click fix): the queue is read
    /// again inside the command, so a concurrent edit is never overwritten, and the whole queue is validated.
    /// The people the queue names are read first to declare them; when another edit added someone meanwhile, the
    /// command starts again with the new list (nothing was written), after a short random pause so that many
    /// admins adding at once take turns; every round that loses to another edit means that edit was applied.
    /// </summary>
    public async Task<Result<CallQueueSaved>> AddAgentAsync(AddCallQueueAgent command, CancellationToken cancellationToken = default)
    {
        const int MaxRounds = 100;
        var id = Id(command.Id);
        var user = command.UserId.Value;
        for (var round = 1; ; round++)
        {
            var before = await runner.ReadAsync(command.Actor.Tenant, reads => reads.One(CallQueueCollections.Queues, id), cancellationToken);
            var people = (before.Find(CallQueueCollections.Queues, id)?.Settings.PersonIds() ?? []).Append(user).ToHashSet(StringComparer.OrdinalIgnoreCase);
            var added = await runner.RunAsync(command, AuditActions.CallQueues.AddAgent, Role.Admin,
                reads => VoiceAppFacts.Declare(reads, [.. people]),
                context => AddAgent(id, user, people, context),
                CallQueuesJson.Default.CallQueueSaved,
                cancellationToken);
            if (added.Error?.Code != AgentsChanged || round == MaxRounds)
            {
                return added;
            }

            await Task.Delay(Random.Shared.Next(1, 2 + Math.Min(round * 2, 20)), cancellationToken);
        }
    }

    private const string AgentsChanged = "callqueue.agents_changed";

    private static Result<CallQueueSaved> AddAgent(string id, string user, HashSet<string> declared, CommandContext context)
    {
        if (context.Find(CallQueueCollections.Queues, id) is not { } queue)
        {
            return new Error("callqueue.not_found", id);
        }

        if (queue.Settings.Users.Contains(user, StringComparer.OrdinalIgnoreCase))
        {
            return new CallQueueSaved(queue, []);
        }

        return queue.Settings.PersonIds().All(declared.Contains)
            ? Save(id, queue.Settings with { Users = [.. queue.Settings.Users, user] }, context)
            : new Error(AgentsChanged, queue.Name);
    }

    /// <summary>Deletes a call queue nobody uses.</summary>
    public Task<Result<VoiceAppDeleted>> DeleteAsync(DeleteCallQueue command, CancellationToken cancellationToken = default) =>
        runner.RunAsync(command, AuditActions.CallQueues.Delete, Role.Admin,
            reads => reads.All(CallQueueCollections.Queues).All(AutoAttendantCollections.Attendants).All(ResourceAccountCollections.Accounts),
            context => Delete(Id(command.Id), context),
            CallQueuesJson.Default.VoiceAppDeleted,
            cancellationToken);

    /// <summary>The refusal when the queue changed after the editor read it at <paramref name="seen"/>; null when it did not.</summary>
    private static Error? ChangedSince(string id, DateTimeOffset? seen, CommandContext context) =>
        seen is { } read && context.Find(CallQueueCollections.Queues, id) is { } queue && queue.UpdatedAt != read
            ? new Error("callqueue.changed_meanwhile", queue.Name, queue.UpdatedAt.ToUniversalTime().ToString("HH:mm:ss", CultureInfo.InvariantCulture))
            : null;

    private static Result<CallQueueSaved> Save(string? id, CallQueueSettings settings, CommandContext context)
    {
        var facts = VoiceAppFacts.From(context.Snapshot, settings.PersonIds());
        CallQueue? existing = null;
        if (id is not null && !facts.CallQueues.TryGetValue(id, out existing))
        {
            return new Error("callqueue.not_found", id);
        }

        var validated = CallQueueValidator.Validate(settings, facts, id);
        if (!validated.IsValid)
        {
            return validated.Problems[0];
        }

        if (existing is not null && Same(existing.Settings, validated.Value))
        {
            return new CallQueueSaved(existing, [.. validated.Notes, new Error("voiceapp.unchanged", existing.Name)]);
        }

        var queue = existing is null
            ? new CallQueue(Guid.NewGuid().ToString("D"), validated.Value, context.Now, context.Now)
            : existing with { Settings = validated.Value, UpdatedAt = context.Now };
        context.Put(CallQueueCollections.Queues, queue.Id, queue);
        return new CallQueueSaved(queue, validated.Notes);
    }

    private static Result<VoiceAppDeleted> Delete(string id, CommandContext context)
    {
        if (context.Find(CallQueueCollections.Queues, id) is not { } queue)
        {
            return new Error("callqueue.not_found", id);
        }

        var accounts = context.All(ResourceAccountCollections.Accounts).Values.Where(a => a.AssociatedWith == id).Select(a => a.Upn).Order().ToArray();
        if (accounts.Length > 0)
        {
            return new Error("callqueue.has_resource_accounts", queue.Name, string.Join(", ", accounts));
        }

        var users = context.All(AutoAttendantCollections.Attendants).Values
            .Where(a => a.Settings.Targets().Any(t => t.Type == CallableEntityType.ConfigurationEndpoint && Id(t.Id) == id))
            .Select(a => a.Name).Order().ToArray();
        if (users.Length > 0)
        {
            return new Error("callqueue.in_use", queue.Name, string.Join(", ", users));
        }

        context.Delete(CallQueueCollections.Queues, id);
        return new VoiceAppDeleted(id, queue.Name);
    }

    private static bool Same(CallQueueSettings a, CallQueueSettings b) =>
        JsonSerializer.Serialize(a, CallQueuesJson.Default.CallQueueSettings) == JsonSerializer.Serialize(b, CallQueuesJson.Default.CallQueueSettings);

    private static string Id(string id) => id.Trim().ToLowerInvariant();
}
