using ChatPhone.Core.AudioFiles;
using ChatPhone.Core.AutoAttendants;
using ChatPhone.Core.CallQueues;
using ChatPhone.Core.Commands;
using ChatPhone.Core.Common;
using ChatPhone.Core.Directory;
using ChatPhone.Core.Licensing;
using ChatPhone.Core.Numbers;
using ChatPhone.Core.ResourceAccounts;
using ChatPhone.Core.Storage;

namespace ChatPhone.Core.CallPaths;

/// <summary>
/// Answers "what happens when someone calls…?" from the tenant's configuration as it is: the map of every way a call
/// to a number or a voice app can go, and one call walked on it (helpdesk and admins; it changes nothing).
/// </summary>
public sealed class CallSimulator(CommandRunner runner)
{
    /// <summary>A call to <paramref name="entry"/> — a number (E.164) or an auto attendant's or call queue's name or id — at <paramref name="time"/>, pressing <paramref name="keys"/>.</summary>
    public async Task<Result<SimulatedCall>> SimulateAsync(Actor actor, string entry, CallTime time, IReadOnlyList<string> keys, CancellationToken cancellationToken = default)
    {
        var map = await MapAsync(actor, entry, cancellationToken);
        return !map.IsSuccess ? map.Error : CallWalk.Run(map.Value.Map, map.Value.World, time, keys);
    }

    /// <summary>The whole map of calls to <paramref name="entry"/>, with the part of the tenant it was drawn from.</summary>
    public async Task<Result<(CallMap Map, CallWorld World)>> MapAsync(Actor actor, string entry, CancellationToken cancellationToken = default)
    {
        var e164 = entry.TrimStart().StartsWith('+') && E164Number.TryParse(entry) is { IsSuccess: true } parsed ? parsed.Value.Value : null;
        var world = await ReadAsync(actor, e164 is null ? [] : [e164], cancellationToken);
        if (!world.IsSuccess)
        {
            return world.Error;
        }

        if (e164 is not null)
        {
            return (CallMapBuilder.ForNumber(world.Value, e164), world.Value);
        }

        var name = entry.Trim();
        var app = world.Value.Attendants.Values.Select(a => (a.Id, a.Name)).Concat(world.Value.Queues.Values.Select(q => (q.Id, q.Name)))
            .FirstOrDefault(a => a.Id == name.ToLowerInvariant() || string.Equals(a.Name, name, StringComparison.OrdinalIgnoreCase));
        if (app.Id is null)
        {
            return new Error("callpath.entry_unknown", name);
        }

        // Callers reach a voice app through its number: the call starts there when it has one, so the way in is checked too.
        var number = world.Value.Accounts.Values.Where(a => a.AssociatedWith == app.Id && a.Number is not null).Select(a => a.Number!).Order(StringComparer.Ordinal).FirstOrDefault();
        return number is null ? (CallMapBuilder.ForApp(world.Value, app.Id), world.Value) : await MapAsync(actor, number, cancellationToken);
    }

    /// <summary>The maps of every number that reaches an auto attendant or call queue, and of each voice app without one.</summary>
    public async Task<Result<IReadOnlyList<CallMap>>> AllMapsAsync(Actor actor, CancellationToken cancellationToken = default)
    {
        var first = await ReadAsync(actor, [], cancellationToken);
        if (!first.IsSuccess)
        {
            return first.Error;
        }

        var numbers = first.Value.Accounts.Values.Where(a => a.Number is not null && a.AssociatedWith is not null).Select(a => a.Number!).Order(StringComparer.Ordinal).ToArray();
        var world = numbers.Length == 0 ? first.Value : (await ReadAsync(actor, numbers, cancellationToken)).Value;
        var reached = world.Accounts.Values.Where(a => a.Number is not null).Select(a => a.AssociatedWith).ToHashSet();
        var apps = world.Attendants.Values.OrderBy(a => a.Name, StringComparer.OrdinalIgnoreCase).Select(a => a.Id)
            .Concat(world.Queues.Values.OrderBy(q => q.Name, StringComparer.OrdinalIgnoreCase).Select(q => q.Id))
            .Where(id => !reached.Contains(id));
        return numbers.Select(n => CallMapBuilder.ForNumber(world, n)).Concat(apps.Select(id => CallMapBuilder.ForApp(world, id))).ToArray();
    }

    private async Task<Result<CallWorld>> ReadAsync(Actor actor, IReadOnlyList<string> numbers, CancellationToken cancellationToken)
    {
        var apps = await runner.ReadAsync(actor, Role.Helpdesk, reads => reads
            .All(ResourceAccountCollections.Accounts).All(CallQueueCollections.Queues).All(AutoAttendantCollections.Attendants)
            .All(AudioFileCollections.Files).Many(NumberCollections.Numbers, numbers), cancellationToken);
        if (!apps.IsSuccess)
        {
            return apps.Error;
        }

        var queues = apps.Value.All(CallQueueCollections.Queues);
        var attendants = apps.Value.All(AutoAttendantCollections.Attendants);
        var people = CallWorld.PersonIds(queues.Values, attendants.Values).ToArray();
        var directory = await runner.ReadAsync(actor.Tenant, reads => reads.Many(DirectoryCollections.People, people).Many(LicensingCollections.Users, people), cancellationToken);
        return new CallWorld(
            apps.Value.All(ResourceAccountCollections.Accounts),
            queues,
            attendants,
            people.Select(id => directory.Find(DirectoryCollections.People, id)).OfType<Person>().ToDictionary(p => p.AadObjectId.ToLowerInvariant()),
            people.Select(id => directory.Find(LicensingCollections.Users, id)).OfType<UserLicenses>().ToDictionary(l => l.UserId.ToLowerInvariant()),
            numbers.Select(n => apps.Value.Find(NumberCollections.Numbers, n)).OfType<PhoneNumber>().ToDictionary(n => n.Number),
            apps.Value.All(AudioFileCollections.Files));
    }
}
