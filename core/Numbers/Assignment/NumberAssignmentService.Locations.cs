using ChatPhone.Core.Audit;
using ChatPhone.Core.Commands;
using ChatPhone.Core.Common;
using ChatPhone.Core.Directory;
using ChatPhone.Core.Emergency;

namespace ChatPhone.Core.Numbers.Assignment;

/// <summary>Moving one number or several (and so the people who hold them) to another emergency location (reference 5c, 5e LocationUpdate).</summary>
public sealed partial class NumberAssignmentService
{
    /// <summary>Sets the emergency location of a number (LocationUpdate); the location must belong to a validated address.</summary>
    public Task<Result<PhoneNumber>> SetLocationAsync(SetNumberLocation command, CancellationToken cancellationToken = default)
    {
        var parsed = NumberInput.Parse(command.Number);
        return runner.RunAsync(command, AuditActions.Numbers.SetLocation, Role.Admin,
            reads =>
            {
                if (parsed.IsSuccess)
                {
                    reads.One(NumberCollections.Numbers, parsed.Value.Value).All(EmergencyCollections.Addresses);
                }
            },
            context =>
            {
                if (!parsed.IsSuccess)
                {
                    return parsed.Error;
                }

                var number = NumberLookups.Owned(parsed.Value.Value, context);
                if (!number.IsSuccess)
                {
                    return number;
                }

                var location = NumberLookups.ValidatedLocation(command.LocationId.Trim(), context);
                if (!location.IsSuccess)
                {
                    return location.Error;
                }

                var updated = number.Value with { LocationId = location.Value };
                context.Put(NumberCollections.Numbers, updated.Number, updated);
                return updated;
            },
            AssignmentJson.Default.PhoneNumber,
            cancellationToken);
    }

    /// <summary>
    /// Sets the emergency location of several numbers in one commit. Refused, with nothing changed, when a number is not
    /// the tenant's, when one moved since the change was planned, when the location's address is not validated, or when
    /// that address is in another country than a number (emergency calls are routed by the number's country).
    /// </summary>
    public Task<Result<PhoneNumber[]>> SetLocationsAsync(SetNumbersLocation command, CancellationToken cancellationToken = default)
    {
        var parsed = command.Numbers.Select(n => (Change: n, Parsed: NumberInput.Parse(n.Number))).ToArray();
        return runner.RunAsync(command, AuditActions.Numbers.SetLocations, Role.Admin,
            reads =>
            {
                foreach (var (_, number) in parsed.Where(p => p.Parsed.IsSuccess))
                {
                    reads.One(NumberCollections.Numbers, number.Value.Value);
                }

                reads.All(EmergencyCollections.Addresses);
            },
            context =>
            {
                if (parsed.Length == 0)
                {
                    return new Error("number.numbers_required");
                }

                foreach (var (_, number) in parsed)
                {
                    if (!number.IsSuccess)
                    {
                        return number.Error;
                    }
                }

                var locationId = command.LocationId.Trim();
                var location = NumberLookups.ValidatedLocation(locationId, context);
                if (!location.IsSuccess)
                {
                    return location.Error;
                }

                var address = EmergencyCollections.AddressOf(context.All(EmergencyCollections.Addresses).Values, locationId)!;
                var moved = new List<PhoneNumber>();
                foreach (var (change, number) in parsed)
                {
                    var owned = NumberLookups.Owned(number.Value.Value, context);
                    if (!owned.IsSuccess)
                    {
                        return owned.Error;
                    }

                    var current = owned.Value;
                    if (current.LocationId != (string.IsNullOrWhiteSpace(change.ExpectedLocationId) ? null : change.ExpectedLocationId))
                    {
                        return new Error("number.location_changed", current.Number);
                    }

                    if (CountryMismatch(current, address) is { } mismatch)
                    {
                        return mismatch;
                    }

                    var updated = current with { LocationId = locationId };
                    context.Put(NumberCollections.Numbers, updated.Number, updated);
                    moved.Add(updated);
                }

                return moved.ToArray();
            },
            AssignmentJson.Default.PhoneNumberArray,
            cancellationToken);
    }

    // An emergency address serves numbers of its own country only: a French number cannot take a Lyon address's
    // location from the US, nor a US number a Paris one.
    private static Error? CountryMismatch(PhoneNumber number, CivicAddress address) =>
        string.Equals(number.Country, address.Country, StringComparison.OrdinalIgnoreCase)
            ? null
            : new Error("number.location_country_mismatch", number.Number, number.Country, address.OneLine(), address.Country);
}
