using ChatPhone.Core.Audit;
using ChatPhone.Core.Commands;
using ChatPhone.Core.Common;
using ChatPhone.Core.Directory;
using ChatPhone.Core.Emergency;
using ChatPhone.Core.Licensing;
using ChatPhone.Core.Notifications;

namespace ChatPhone.Core.Numbers.Assignment;

/// <summary>
/// Assigns user numbers to people and manages the inventory (reference 5e, §11 rules 1, 2, 4, 5).
/// Every change to an assignment writes the number and the person's line list in one commit, so
/// "what's my number?" always agrees with the inventory.
/// </summary>
public sealed partial class NumberAssignmentService(CommandRunner runner)
{
    /// <summary>The number type named in license errors: every number this system sells or ports is a Calling Plan number.</summary>
    public const string CallingPlanNumberType = "CallingPlan";

    /// <summary>Assigns a user number to a person; reads everything once, then commits once.</summary>
    public Task<Result<PhoneNumber>> AssignAsync(AssignNumber command, CancellationToken cancellationToken = default)
    {
        var parsed = NumberInput.Parse(command.Number);
        var userId = command.UserId.Value;
        return runner.RunAsync(command, AuditActions.Numbers.Assign, Role.Admin,
            reads =>
            {
                if (parsed.IsSuccess)
                {
                    reads.One(NumberCollections.Numbers, parsed.Value.Value).One(DirectoryCollections.People, userId)
                        .One(LicensingCollections.Users, userId).One(NumberCollections.UserLines, userId)
                        .All(EmergencyCollections.Addresses);
                }
            },
            context => parsed.IsSuccess ? DecideAssign(command, parsed.Value.Value, userId, context) : parsed.Error,
            AssignmentJson.Default.PhoneNumber,
            cancellationToken);
    }

    private static Result<PhoneNumber> DecideAssign(AssignNumber command, string e164, string userId, CommandContext context)
    {
        var number = Owned(e164, context);
        if (!number.IsSuccess)
        {
            return number;
        }

        var current = number.Value;
        if (current.Type.IsService())
        {
            return new Error("number.service_number_to_user", e164, current.Type);
        }

        if (current.Assignment is not null)
        {
            return new Error("number.already_assigned", e164);
        }

        if (Blocked(current, context.Now) is { } blocked)
        {
            return blocked;
        }

        if (context.Find(DirectoryCollections.People, userId) is not { } person)
        {
            return new Error("directory.person_not_found", command.UserId);
        }

        var licenses = context.Find(LicensingCollections.Users, userId);
        if (licenses is not { HasPhoneSystem: true, HasCallingPlan: true } || !IsoCountries.IsValid(licenses.UsageLocation))
        {
            return new Error("license.missing", person.DisplayName, CallingPlanNumberType);
        }

        if (CountryMismatch(current, command.Category, person.DisplayName, licenses.UsageLocation) is { } mismatch)
        {
            return mismatch;
        }

        var lines = context.Find(NumberCollections.UserLines, userId) ?? [];
        if (command.Category == AssignmentCategory.Primary && lines.FirstOrDefault(l => l.Category == AssignmentCategory.Primary) is { } primary)
        {
            return new Error("number.primary_exists", person.DisplayName, primary.Number);
        }

        var location = Location(current, command.LocationId, context);
        if (!location.IsSuccess)
        {
            return location.Error;
        }

        var assigned = current with
        {
            Assignment = new NumberAssignment(AssignmentTarget.User, userId, command.Category, context.Now),
            LocationId = location.Value,
        };
        context.Put(NumberCollections.Numbers, e164, assigned);
        context.Put(NumberCollections.UserLines, userId, [.. lines.Where(l => l.Number != e164), new UserLine(e164, command.Category)]);
        TellThePerson(command, e164, userId, context);
        return assigned;
    }

    // "Tell your users" (step 5): the person hears about their number from the bot. Queued in the same commit, with
    // an id derived from the command's key, so a retried decision or a replayed request queues it once.
    private static void TellThePerson(AssignNumber command, string e164, string userId, CommandContext context) =>
        Outbox.Add(context, new OutboxMessage(
            command.Key.For("notify.number-assigned").Value,
            NotificationKind.NumberAssigned,
            RecipientKind.Person,
            userId,
            new Dictionary<string, string>(StringComparer.Ordinal) { ["number"] = e164 },
            context.Now));

    // The location the assignment uses: the command's, else the number's. US numbers need one of a validated
    // address; any location named explicitly must exist and be validated.
    private static Result<string?> Location(PhoneNumber number, string? requested, CommandContext context)
    {
        var locationId = string.IsNullOrWhiteSpace(requested) ? number.LocationId : requested.Trim();
        var mustValidate = EmergencyRules.ValidatedLocationAtAssignment(number.Country) || !string.IsNullOrWhiteSpace(requested);
        if (!mustValidate)
        {
            return locationId;
        }

        if (locationId is null)
        {
            return new Error("number.emergency_location_required", number.Number);
        }

        return ValidatedLocation(locationId, context);
    }

    private static Result<string?> ValidatedLocation(string locationId, CommandContext context)
    {
        var address = EmergencyCollections.AddressOf(context.All(EmergencyCollections.Addresses).Values, locationId);
        if (address is null)
        {
            return new Error("number.location_not_found", locationId);
        }

        return address.IsValidated ? locationId : new Error("number.address_not_validated", address.Id);
    }

    // A Calling Plan works in the country of the usage location it was assigned under (reference §0.4), so a primary or
    // private number must be of that country; only an alternate (multiline) number may come from any country (§0.1).
    private static Error? CountryMismatch(PhoneNumber number, AssignmentCategory category, string displayName, string usageLocation) =>
        category != AssignmentCategory.Alternate && !number.Country.Equals(usageLocation, StringComparison.OrdinalIgnoreCase)
            ? new Error("number.country_mismatch", number.Number, number.Country.ToUpperInvariant(), displayName, usageLocation.ToUpperInvariant())
            : null;

    private static Result<PhoneNumber> Owned(string e164, CommandContext context) =>
        context.Find(NumberCollections.Numbers, e164) is { } number
            ? number
            : new Error("number.not_found", e164, context.Actor.Tenant.Value);

    private static Error? Blocked(PhoneNumber number, DateTimeOffset now) =>
        !number.IsBlocked(now) ? null
        : number.BlockedUntil == DateTimeOffset.MaxValue ? new Error("number.blocked_forever", number.Number)
        : new Error("number.blocked", number.Number, number.BlockedUntil!.Value.ToString("yyyy-MM-dd HH:mm 'UTC'", System.Globalization.CultureInfo.InvariantCulture));
}
