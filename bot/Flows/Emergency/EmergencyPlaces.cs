using ChatPhone.Bot.Flows.Objects;
using ChatPhone.Core.Common;
using ChatPhone.Core.Emergency;
using ChatPhone.Core.Numbers;

namespace ChatPhone.Bot.Flows.Emergency;

/// <summary>
/// What the emergency address and location flows read together: the tenant's addresses with their locations, the names a
/// person calls them by ("Contoso Lyon", "3rd floor"), and which numbers (and so which people) use each location.
/// </summary>
public sealed class EmergencyPlaces(EmergencyService emergency, NumberQueries numbers)
{
    /// <summary>Every address of the actor's tenant; an error when the actor may not read them.</summary>
    public Task<Result<IReadOnlyList<CivicAddress>>> AddressesAsync(Actor actor, CancellationToken cancellationToken) =>
        emergency.ListAddressesAsync(actor, null, cancellationToken);

    /// <summary>Every number of the tenant by the location it uses (numbers without one are left out).</summary>
    public async Task<Result<ILookup<string, PhoneNumber>>> UsageAsync(Actor actor, CancellationToken cancellationToken)
    {
        var page = await numbers.ListAsync(actor, new NumberFilter(), 0, NumberQueries.MaxTop, cancellationToken);
        return page.IsSuccess
            ? Result<ILookup<string, PhoneNumber>>.Ok(page.Value.Items.Where(n => n.LocationId is not null).ToLookup(n => n.LocationId!, StringComparer.Ordinal))
            : page.Error;
    }

    /// <summary>What the bot calls an address: its description, else its company and city ("Contoso Lyon").</summary>
    public static string AddressName(CivicAddress address) =>
        !string.IsNullOrWhiteSpace(address.Description) ? address.Description.Trim() : $"{address.CompanyName} {address.City}".Trim();

    /// <summary>An address as <see cref="ObjectFlow"/> finds it: by its name, its company and city, or its city alone.</summary>
    public static NamedObject AddressObject(CivicAddress address) =>
        new(address.Id, AddressName(address), new[] { $"{address.CompanyName} {address.City}".Trim(), address.City ?? string.Empty, address.CityAlias ?? string.Empty }
            .Where(a => a.Length > 0).Distinct(StringComparer.OrdinalIgnoreCase).ToArray());

    /// <summary>A location as <see cref="ObjectFlow"/> finds it: "3rd floor (Contoso Paris)", "3rd floor", "Contoso Paris 3rd floor".</summary>
    public static NamedObject LocationObject(CivicAddress address, EmergencyLocation location) =>
        new(location.Id, $"{location.Name} ({AddressName(address)})", [location.Name, $"{AddressName(address)} {location.Name}"]);

    /// <summary>A location on one line for plan cards: "3rd floor — Contoso Paris, 1 Main St, Paris, FR".</summary>
    public static string PlaceText(CivicAddress address, EmergencyLocation location) =>
        $"{location.Name} — {AddressName(address)}, {address.OneLine()}";

    /// <summary>The address and location <paramref name="locationId"/> is, or null.</summary>
    public static (CivicAddress Address, EmergencyLocation Location)? Find(IEnumerable<CivicAddress> addresses, string? locationId) =>
        locationId is not null && EmergencyCollections.AddressOf(addresses, locationId) is { } address
            ? (address, address.Location(locationId)!)
            : null;

    /// <summary>How many numbers and how many people (holders of those numbers) use any of <paramref name="locationIds"/>.</summary>
    public static (int Numbers, int People) Count(ILookup<string, PhoneNumber> usage, IEnumerable<string> locationIds)
    {
        var used = locationIds.SelectMany(id => usage[id]).ToArray();
        var people = used.Where(n => n.Assignment?.Target == AssignmentTarget.User).Select(n => n.Assignment!.TargetId).Distinct(StringComparer.Ordinal).Count();
        return (used.Length, people);
    }

    /// <summary>A short fingerprint of what an address is now, kept with a plan so a change made meanwhile is noticed.</summary>
    public static string Fingerprint(CivicAddress address) =>
        Convert.ToHexString(System.Security.Cryptography.SHA256.HashData(System.Text.Encoding.UTF8.GetBytes(string.Join('|',
            address.OneLine(), address.CompanyName, address.Description, address.Latitude, address.Longitude, address.Status,
            string.Join(',', address.Locations.Select(l => l.Id + "=" + l.Name))))))[..16];
}
