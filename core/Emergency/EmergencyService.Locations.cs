using ChatPhone.Core.Audit;
using ChatPhone.Core.Commands;
using ChatPhone.Core.Common;
using ChatPhone.Core.Directory;
using ChatPhone.Core.Numbers;

namespace ChatPhone.Core.Emergency;

/// <summary>Locations inside an address (reference step 5c).</summary>
public sealed partial class EmergencyService
{
    /// <summary>Longest accepted location name.</summary>
    public const int MaxLocationNameLength = 100;

    /// <summary>Adds a location to an address (locations are not validated themselves).</summary>
    public Task<Result<LocationPlace>> AddLocationAsync(AddLocation command, CancellationToken cancellationToken = default) =>
        runner.RunAsync(command, AuditActions.Emergency.LocationAdd, Role.Admin,
            reads => reads.One(EmergencyCollections.Addresses, command.AddressId),
            context =>
            {
                if (context.Find(EmergencyCollections.Addresses, command.AddressId) is not { } address)
                {
                    return new Error("emergency.address_not_found", command.AddressId);
                }

                var name = string.Join(' ', (command.Name ?? string.Empty).Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));
                if (name.Length == 0)
                {
                    return new Error("emergency.location_name_required");
                }

                if (name.Length > MaxLocationNameLength || command.Elin?.Trim().Length > MaxFieldLength)
                {
                    return new Error("emergency.location_name_too_long", MaxLocationNameLength);
                }

                if (address.Locations.Any(l => l.Name.Equals(name, StringComparison.OrdinalIgnoreCase)))
                {
                    return new Error("emergency.location_name_duplicate", name, address.OneLine());
                }

                var elin = string.IsNullOrWhiteSpace(command.Elin) ? null : command.Elin.Trim();
                var location = new EmergencyLocation(StableIds.From(command.Key, "location"), name, elin, IsDefault: false);
                var next = address with { Locations = [.. address.Locations, location] };
                context.Put(EmergencyCollections.Addresses, next.Id, next);
                return new LocationPlace(next, location);
            },
            EmergencyJson.Default.LocationPlace,
            cancellationToken);

    /// <summary>Removes a location: never the default one (delete the address instead), never one a number uses.</summary>
    public Task<Result<CivicAddress>> RemoveLocationAsync(RemoveLocation command, CancellationToken cancellationToken = default) =>
        runner.RunAsync(command, AuditActions.Emergency.LocationRemove, Role.Admin,
            reads => reads.One(EmergencyCollections.Addresses, command.AddressId).All(NumberCollections.Numbers),
            context =>
            {
                if (context.Find(EmergencyCollections.Addresses, command.AddressId) is not { } address)
                {
                    return new Error("emergency.address_not_found", command.AddressId);
                }

                if (address.Location(command.LocationId) is not { } location)
                {
                    return new Error("emergency.location_not_found", command.LocationId);
                }

                if (location.IsDefault)
                {
                    return new Error("emergency.location_is_default", address.OneLine());
                }

                var numbers = context.All(NumberCollections.Numbers).Values.Count(n => n.LocationId == location.Id);
                if (numbers > 0)
                {
                    return new Error("emergency.location_in_use", location.Name, numbers);
                }

                var next = address with { Locations = address.Locations.Where(l => l.Id != location.Id).ToArray() };
                context.Put(EmergencyCollections.Addresses, next.Id, next);
                return next;
            },
            EmergencyJson.Default.CivicAddress,
            cancellationToken);

    /// <summary>Renames a location (the default one too); the new name must be unique in its address.</summary>
    public Task<Result<LocationPlace>> RenameLocationAsync(RenameLocation command, CancellationToken cancellationToken = default) =>
        runner.RunAsync(command, AuditActions.Emergency.LocationRename, Role.Admin,
            reads => reads.One(EmergencyCollections.Addresses, command.AddressId),
            context =>
            {
                if (context.Find(EmergencyCollections.Addresses, command.AddressId) is not { } address)
                {
                    return new Error("emergency.address_not_found", command.AddressId);
                }

                if (address.Location(command.LocationId) is not { } location)
                {
                    return new Error("emergency.location_not_found", command.LocationId);
                }

                if (command.ExpectedName is { } expected && !location.Name.Equals(expected, StringComparison.Ordinal))
                {
                    return new Error("emergency.location_changed", expected, location.Name);
                }

                var name = string.Join(' ', (command.Name ?? string.Empty).Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));
                if (name.Length == 0)
                {
                    return new Error("emergency.location_name_required");
                }

                if (name.Length > MaxLocationNameLength)
                {
                    return new Error("emergency.location_name_too_long", MaxLocationNameLength);
                }

                if (address.Locations.Any(l => l.Id != location.Id && l.Name.Equals(name, StringComparison.OrdinalIgnoreCase)))
                {
                    return new Error("emergency.location_name_duplicate", name, address.OneLine());
                }

                var renamed = location with { Name = name };
                var next = address with { Locations = address.Locations.Select(l => l.Id == location.Id ? renamed : l).ToArray() };
                context.Put(EmergencyCollections.Addresses, next.Id, next);
                return new LocationPlace(next, renamed);
            },
            EmergencyJson.Default.LocationPlace,
            cancellationToken);
}
