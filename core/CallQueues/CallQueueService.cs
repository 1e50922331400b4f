using System.Text.Json;
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
        runner.RunAsync(command, "callqueue.create", Role.Admin,
            reads => VoiceAppFacts.Declare(reads, command.Settings.PersonIds()),
            context => Save(null, command.Settings, context),
            CallQueuesJson.Default.CallQueueSaved,
            cancellationToken);

    /// <summary>Replaces a call queue's settings.</summary>
    public Task<Result<CallQueueSaved>> UpdateAsync(UpdateCallQueue command, CancellationToken cancellationToken = default) =>
        runner.RunAsync(command, "callqueue.update", Role.Admin,
            reads => VoiceAppFacts.Declare(reads, command.Settings.PersonIds()),
            context => Save(Id(command.Id), command.Settings, context),
            CallQueuesJson.Default.CallQueueSaved,
            cancellationToken);

    /// <summary>
    /// Adds an agent to a queue as it is when the command runs (a helpdesk one-click fix): the queue is read
    /// again inside the command, so a concurrent edit is never overwritten, and the whole queue is validated.
    /// </summary>
    public async Task<Result<CallQueueSaved>> AddAgentAsync(AddCallQueueAgent command, CancellationToken cancellationToken = default)
    {
        var id = Id(command.Id);
        var user = command.UserId.Trim().ToLowerInvariant();
        var before = await runner.ReadAsync(command.Actor.Tenant, reads => reads.One(CallQueueCollections.Queues, id), cancellationToken);
        var people = (before.Find(CallQueueCollections.Queues, id)?.Settings.PersonIds() ?? []).Append(user).Distinct().ToArray();
        return await runner.RunAsync(command, "callqueue.add_agent", Role.Admin,
            reads => VoiceAppFacts.Declare(reads, people),
            context =>
            {
                if (context.Find(CallQueueCollections.Queues, id) is not { } queue)
                {
                    return new Error("callqueue.not_found", id);
                }

                return queue.Settings.Users.Contains(user, StringComparer.OrdinalIgnoreCase)
                    ? new CallQueueSaved(queue, [])
                    : Save(id, queue.Settings with { Users = [.. queue.Settings.Users, user] }, context);
            },
            CallQueuesJson.Default.CallQueueSaved,
            cancellationToken);
    }

    /// <summary>Deletes a call queue nobody uses.</summary>
    public Task<Result<VoiceAppDeleted>> DeleteAsync(DeleteCallQueue command, CancellationToken cancellationToken = default) =>
        runner.RunAsync(command, "callqueue.delete", Role.Admin,
            reads => reads.All(CallQueueCollections.Queues).All(AutoAttendantCollections.Attendants).All(ResourceAccountCollections.Accounts),
            context => Delete(Id(command.Id), context),
            CallQueuesJson.Default.VoiceAppDeleted,
            cancellationToken);

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
