using ChatPhone.Core.Commands;
using ChatPhone.Core.Common;
using ChatPhone.Core.Emergency;

namespace ChatPhone.Core.Numbers.Assignment;

/// <summary>
/// The lookups that assigning, unassigning and moving a number share: the tenant's own number, and an emergency
/// location that belongs to a validated address. Each reads only what the command declared.
/// </summary>
internal static class NumberLookups
{
    /// <summary>The tenant's number <paramref name="e164"/>, or <c>number.not_found</c>.</summary>
    public static Result<PhoneNumber> Owned(string e164, CommandContext context) =>
        context.Find(NumberCollections.Numbers, e164) is { } number
            ? number
            : new Error("number.not_found", e164, context.Actor.Tenant.Value);

    /// <summary><paramref name="locationId"/> when it exists and its address is validated; otherwise why not.</summary>
    public static Result<string?> ValidatedLocation(string locationId, CommandContext context)
    {
        var address = EmergencyCollections.AddressOf(context.All(EmergencyCollections.Addresses).Values, locationId);
        if (address is null)
        {
            return new Error("number.location_not_found", locationId);
        }

        return address.IsValidated ? locationId : new Error("number.address_not_validated", address.Id);
    }
}
