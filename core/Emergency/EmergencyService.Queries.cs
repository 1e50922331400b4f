using ChatPhone.Core.Commands;
using ChatPhone.Core.Common;
using ChatPhone.Core.Directory;
using ChatPhone.Core.Emergency.Validation;

namespace ChatPhone.Core.Emergency;

/// <summary>Reading addresses and locations (helpdesk and admins).</summary>
public sealed partial class EmergencyService
{
    /// <summary>Every address, optionally only those with <paramref name="status"/>, by company then city.</summary>
    public async Task<Result<IReadOnlyList<CivicAddress>>> ListAddressesAsync(Actor actor, ValidationStatus? status = null, CancellationToken cancellationToken = default)
    {
        if (actor.Role < Role.Helpdesk)
        {
            return CommandRunner.RoleError(Role.Helpdesk);
        }

        var all = await AllAsync(actor, cancellationToken);
        return Result<IReadOnlyList<CivicAddress>>.Ok(all.Where(a => status is null || a.Status == status).ToArray());
    }

    /// <summary>One address by id.</summary>
    public async Task<Result<CivicAddress>> GetAddressAsync(Actor actor, string addressId, CancellationToken cancellationToken = default)
    {
        if (actor.Role < Role.Helpdesk)
        {
            return CommandRunner.RoleError(Role.Helpdesk);
        }

        var snapshot = await runner.ReadAsync(actor.Tenant, reads => reads.One(EmergencyCollections.Addresses, addressId), cancellationToken);
        return snapshot.Find(EmergencyCollections.Addresses, addressId) is { } address
            ? address
            : new Error("emergency.address_not_found", addressId);
    }

    /// <summary>Addresses whose city (or city alias) contains <paramref name="cityText"/>, accents and case ignored.</summary>
    public async Task<Result<IReadOnlyList<CivicAddress>>> FindByCityAsync(Actor actor, string cityText, CancellationToken cancellationToken = default)
    {
        if (actor.Role < Role.Helpdesk)
        {
            return CommandRunner.RoleError(Role.Helpdesk);
        }

        var key = KnownPlaces.Key(cityText ?? string.Empty);
        if (key.Length == 0)
        {
            return new Error("emergency.city_text_required");
        }

        var all = await AllAsync(actor, cancellationToken);
        return Result<IReadOnlyList<CivicAddress>>.Ok(all
            .Where(a => new[] { a.City, a.CityAlias }.Any(c => c is not null && KnownPlaces.Key(c).Contains(key, StringComparison.Ordinal)))
            .ToArray());
    }

    /// <summary>The address and location of <paramref name="locationId"/>.</summary>
    public async Task<Result<LocationPlace>> WhereIsAsync(Actor actor, string locationId, CancellationToken cancellationToken = default)
    {
        if (actor.Role < Role.Helpdesk)
        {
            return CommandRunner.RoleError(Role.Helpdesk);
        }

        var all = await AllAsync(actor, cancellationToken);
        return EmergencyCollections.AddressOf(all, locationId) is { } address
            ? new LocationPlace(address, address.Location(locationId)!)
            : new Error("emergency.location_not_found", locationId);
    }

    private async Task<IReadOnlyList<CivicAddress>> AllAsync(Actor actor, CancellationToken cancellationToken)
    {
        var snapshot = await runner.ReadAsync(actor.Tenant, reads => reads.All(EmergencyCollections.Addresses), cancellationToken);
        return snapshot.All(EmergencyCollections.Addresses).Values
            .OrderBy(a => a.CompanyName, StringComparer.OrdinalIgnoreCase)
            .ThenBy(a => a.City, StringComparer.OrdinalIgnoreCase)
            .ThenBy(a => a.Id, StringComparer.Ordinal)
            .ToArray();
    }
}
