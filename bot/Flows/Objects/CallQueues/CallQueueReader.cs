using ChatPhone.Core.AutoAttendants;
using ChatPhone.Core.CallQueues;
using ChatPhone.Core.Common;
using ChatPhone.Core.Directory;
using ChatPhone.Core.ResourceAccounts;
using ChatPhone.Core.VoiceApps;

namespace ChatPhone.Bot.Flows.Objects.CallQueues;

/// <summary>Reads one call queue of the actor's tenant by id, and what its cards name: linked accounts, people, who uses it.</summary>
internal sealed class CallQueueReader(VoiceAppQueries queries, ResourceAccountService accounts, IDirectoryStore directory)
{
    /// <summary>The queue with id <paramref name="id"/> (never by name: an id comes from a button or a plan).</summary>
    public async Task<Result<CallQueue>> QueueAsync(Actor actor, string id, CancellationToken cancellationToken)
    {
        var all = await queries.ListCallQueuesAsync(actor, cancellationToken);
        return !all.IsSuccess ? all.Error
            : all.Value.FirstOrDefault(q => string.Equals(q.Id, id, StringComparison.OrdinalIgnoreCase)) is { } queue ? queue
            : new Error("callqueue.not_found", id);
    }

    /// <summary>The resource accounts linked to the queue <paramref name="id"/>, by UPN.</summary>
    public async Task<IReadOnlyList<ResourceAccount>> LinkedAsync(Actor actor, string id, CancellationToken cancellationToken)
    {
        var all = await accounts.ListAsync(actor, cancellationToken);
        return all.IsSuccess ? all.Value.Where(a => a.AssociatedWith == id).OrderBy(a => a.Upn, StringComparer.OrdinalIgnoreCase).ToArray() : [];
    }

    /// <summary>The auto attendants that transfer calls straight to the queue <paramref name="id"/>, by name.</summary>
    public async Task<IReadOnlyList<string>> UsedByAsync(Actor actor, string id, CancellationToken cancellationToken)
    {
        var all = await queries.ListAutoAttendantsAsync(actor, cancellationToken);
        return all.IsSuccess
            ? all.Value.Where(a => a.Settings.Targets().Any(t => t.Type == CallableEntityType.ConfigurationEndpoint && string.Equals(t.Id?.Trim(), id, StringComparison.OrdinalIgnoreCase)))
                .Select(a => a.Name).Order(StringComparer.OrdinalIgnoreCase).ToArray()
            : [];
    }

    /// <summary>Display names of the tenant's people and UPNs of its resource accounts, by object id.</summary>
    public async Task<IReadOnlyDictionary<string, string>> NamesAsync(Actor actor, Language language, CancellationToken cancellationToken)
    {
        var names = (await directory.ListAsync(actor.Tenant, cancellationToken))
            .ToDictionary(p => p.AadObjectId, p => p.DisplayName, StringComparer.OrdinalIgnoreCase);
        if (await accounts.ListAsync(actor, cancellationToken) is { IsSuccess: true } all)
        {
            // An account that serves a queue or an attendant is named by what it serves: that is where calls go.
            var apps = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
            if (await queries.ListCallQueuesAsync(actor, cancellationToken) is { IsSuccess: true } queues)
            {
                foreach (var queue in queues.Value)
                {
                    apps[queue.Id] = BotText.Get(language, "Cq2_TargetQueue", queue.Name);
                }
            }

            if (await queries.ListAutoAttendantsAsync(actor, cancellationToken) is { IsSuccess: true } attendants)
            {
                foreach (var attendant in attendants.Value)
                {
                    apps[attendant.Id] = BotText.Get(language, "Cq2_TargetAttendant", attendant.Name);
                }
            }

            foreach (var account in all.Value)
            {
                names.TryAdd(account.Id, account.AssociatedWith is { } app && apps.TryGetValue(app, out var served) ? $"{served} ({account.Upn})" : account.Upn);
            }
        }

        if (await queries.ListAudioFilesAsync(actor, cancellationToken) is { IsSuccess: true } files)
        {
            foreach (var file in files.Value)
            {
                names.TryAdd(file.Id, file.FileName);
            }
        }

        return names;
    }

    /// <summary>Action targets in the words the edit form's target boxes take back: a person's name, "queue Support", "auto attendant Reception".</summary>
    public async Task<IReadOnlyDictionary<string, string>> TargetWordsAsync(Actor actor, Language language, CancellationToken cancellationToken)
    {
        var words = (await directory.ListAsync(actor.Tenant, cancellationToken))
            .ToDictionary(p => p.AadObjectId, p => p.DisplayName, StringComparer.OrdinalIgnoreCase);
        var queues = await queries.ListCallQueuesAsync(actor, cancellationToken);
        var attendants = await queries.ListAutoAttendantsAsync(actor, cancellationToken);
        if (await accounts.ListAsync(actor, cancellationToken) is { IsSuccess: true } all)
        {
            foreach (var account in all.Value.Where(a => a.AssociatedWith is not null))
            {
                if (queues.IsSuccess && queues.Value.FirstOrDefault(q => q.Id == account.AssociatedWith) is { } queue)
                {
                    words.TryAdd(account.Id, BotText.Get(language, "Cq2_FormQueueTarget", queue.Name));
                }
                else if (attendants.IsSuccess && attendants.Value.FirstOrDefault(a => a.Id == account.AssociatedWith) is { } attendant)
                {
                    words.TryAdd(account.Id, BotText.Get(language, "Cq2_FormAttendantTarget", attendant.Name));
                }
            }
        }

        // The music box shows, and takes back, an audio file by its name.
        if (await queries.ListAudioFilesAsync(actor, cancellationToken) is { IsSuccess: true } files)
        {
            foreach (var file in files.Value)
            {
                words.TryAdd(file.Id, file.FileName);
            }
        }

        return words;
    }

    /// <summary>The tenant's people (id, name) by name, for the agent picker.</summary>
    public async Task<IReadOnlyList<(string Id, string Name)>> PeopleAsync(Actor actor, CancellationToken cancellationToken) =>
        (await directory.ListAsync(actor.Tenant, cancellationToken))
            .OrderBy(p => p.DisplayName, StringComparer.CurrentCultureIgnoreCase)
            .Select(p => (p.AadObjectId, p.DisplayName))
            .ToArray();
}
