using ChatPhone.Core.Commands;
using ChatPhone.Core.Common;
using ChatPhone.Core.Conferencing;
using ChatPhone.Core.Directory;
using ChatPhone.Core.Emergency;
using ChatPhone.Core.Licensing;
using ChatPhone.Core.Numbers;

namespace ChatPhone.Core.SelfService;

/// <summary>
/// Self-service for every person: their own phone as core knows it. Two reads: the person's documents and the
/// tenant's addresses and bridge, then the numbers on their lines. Nobody else's data is ever read.
/// </summary>
public sealed class MyPhoneQuery(CommandRunner runner)
{
    /// <summary>The actor's phone, or <c>directory.not_a_member</c> when they are not in the directory.</summary>
    public async Task<Result<MyPhone>> RunAsync(Actor actor, CancellationToken cancellationToken = default)
    {
        var id = actor.UserId.ToLowerInvariant();
        var first = await runner.ReadAsync(actor, Role.User, reads => reads
            .One(DirectoryCollections.People, id)
            .One(NumberCollections.UserLines, id)
            .One(LicensingCollections.Users, id)
            .One(ConferencingCollections.Organizers, id)
            .One(ConferencingCollections.Bridge, ConferenceBridge.DocumentId)
            .All(EmergencyCollections.Addresses), cancellationToken);
        if (!first.IsSuccess)
        {
            return new Error("directory.not_a_member");
        }

        var snapshot = first.Value;
        if (snapshot.Find(DirectoryCollections.People, id) is not { } person)
        {
            return new Error("directory.not_a_member");
        }

        var lines = snapshot.Find(NumberCollections.UserLines, id) ?? [];
        var numbers = lines.Count == 0
            ? snapshot
            : await runner.ReadAsync(actor.Tenant, reads => reads.Many(NumberCollections.Numbers, lines.Select(l => l.Number)), cancellationToken);
        var places = snapshot.All(EmergencyCollections.Addresses).Values
            .SelectMany(a => a.Locations.Select(l => (Location: l, Address: a)))
            .ToDictionary(p => p.Location.Id, StringComparer.Ordinal);

        var mine = lines
            .OrderBy(l => l.Category)
            .Select(l =>
            {
                var number = numbers.Find(NumberCollections.Numbers, l.Number);
                var place = number?.LocationId is { } location && places.TryGetValue(location, out var found) ? found : default;
                return new MyLine(l.Number, l.Category, number?.Country ?? string.Empty,
                    place.Address is { Status: ValidationStatus.Validated } address ? address.OneLine() : null,
                    place.Location?.Name);
            })
            .ToArray();
        var organizer = snapshot.Find(ConferencingCollections.Organizers, id);
        var bridge = snapshot.Find(ConferencingCollections.Bridge, ConferenceBridge.DocumentId);
        var dialIn = new MyDialIn(
            organizer is not null,
            organizer?.TollNumber,
            organizer is { AllowTollFreeDialIn: true } ? organizer.TollFreeNumber : null,
            bridge?.Numbers.Select(n => n.Number).ToArray() ?? []);
        var licenses = snapshot.Find(LicensingCollections.Users, id)?.Skus ?? [];
        return new MyPhone(person.DisplayName, person.UsageLocation, mine, licenses, dialIn);
    }
}
