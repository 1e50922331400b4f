using ChatPhone.Core.Audit;
using ChatPhone.Core.Commands;
using ChatPhone.Core.Common;
using ChatPhone.Core.Directory;
using ChatPhone.Core.Emergency;
using ChatPhone.Core.Licensing;
using ChatPhone.Core.Notifications;
using ChatPhone.Core.Numbers.Microsoft365;

namespace ChatPhone.Core.Numbers.Assignment;

/// <summary>
/// Assigns user numbers to people and manages the inventory (reference 5e, §11 rules 1, 2, 4, 5).
/// Every change to an assignment writes the number and the person's line list in one commit, so
/// "what's my number?" always agrees with the inventory.
/// </summary>
public sealed partial class NumberAssignmentService(CommandRunner runner, IConnectedNumbers microsoft365)
{
    /// <summary>The number type named in license errors: every number this system sells or ports is a Calling Plan number.</summary>
    public const string CallingPlanNumberType = "CallingPlan";

    // Assigns a user number to a person in ChatPhone; reads everything once, then commits once.
    private Task<Result<PhoneNumber>> CommitAssignAsync(AssignNumber command, CancellationToken cancellationToken = default)
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

    // Assigns many numbers in ChatPhone in one read and one commit. A row is checked exactly as a single assignment; a
    // number or person named by an earlier row of the same command is refused, so no row sees another row's write.
    private Task<Result<BulkNumberOutcome>> CommitAssignInBulkAsync(AssignNumbersInBulk command, CancellationToken cancellationToken = default)
    {
        var rows = command.Rows.Select(r => (Row: r, Number: NumberInput.Parse(r.Number), UserId: r.UserId.Value)).ToArray();
        var numbers = rows.Where(r => r.Number.IsSuccess).Select(r => r.Number.Value.Value).Distinct().ToArray();
        var people = rows.Select(r => r.UserId).Where(u => u.Length > 0).Distinct().ToArray();
        Error? invalid = rows.Length is 0 or > AssignNumbersInBulk.MaxRows
            ? new Error("number.bulk_size", rows.Length, AssignNumbersInBulk.MaxRows)
            : null;
        return runner.RunAsync(command, AuditActions.Numbers.AssignBulk, Role.Admin, invalid,
            reads => reads.Many(NumberCollections.Numbers, numbers).Many(DirectoryCollections.People, people)
                .Many(LicensingCollections.Users, people).Many(NumberCollections.UserLines, people).All(EmergencyCollections.Addresses),
            context =>
            {
                var seenNumbers = new HashSet<string>(StringComparer.Ordinal);
                var seenPeople = new HashSet<string>(StringComparer.Ordinal);
                return new BulkNumberOutcome(rows.Select(r => AssignRow(command, r.Row, r.Number, r.UserId, context, seenNumbers, seenPeople)).ToArray());
            },
            AssignmentJson.Default.BulkNumberOutcome,
            cancellationToken);
    }

    private static Result<PhoneNumber> DecideAssign(AssignNumber command, string e164, string userId, CommandContext context)
    {
        var number = NumberLookups.Owned(e164, context);
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

    private static BulkNumberRow AssignRow(
        AssignNumbersInBulk command,
        NumberForPerson row,
        Result<E164Number> parsed,
        string userId,
        CommandContext context,
        HashSet<string> seenNumbers,
        HashSet<string> seenPeople)
    {
        if (!parsed.IsSuccess)
        {
            return new BulkNumberRow(row.Number, userId, null, parsed.Error);
        }

        var e164 = parsed.Value.Value;
        if (!seenNumbers.Add(e164) || !seenPeople.Add(userId))
        {
            return new BulkNumberRow(e164, userId, null, new Error("number.bulk_repeated_row", e164, userId));
        }

        // The row's own key: the person's notification is queued once per row, even when the command is replayed.
        var single = new AssignNumber(command.Actor, command.Key.For("row:" + e164), e164, row.UserId, LocationId: row.LocationId);
        var outcome = DecideAssign(single, e164, userId, context);
        return outcome.IsSuccess
            ? new BulkNumberRow(e164, userId, outcome.Value, null)
            : new BulkNumberRow(e164, userId, null, outcome.Error);
    }

    // "Tell your users" (step 5): the person hears about their number from the bot. Queued in the same commit, with
    // an id derived from the command's key, so a retried decision or a replayed request queues it once.
    private static void TellThePerson(AssignNumber command, string e164, string userId, CommandContext context) =>
        Outbox.Add(context, new OutboxMessage(
            NotificationId(command.Key),
            NotificationKind.NumberAssigned,
            RecipientKind.Person,
            userId,
            new Dictionary<string, string>(StringComparer.Ordinal) { ["number"] = e164 },
            context.Now));

    private static string NotificationId(IdempotencyKey key) => key.For("notify.number-assigned").Value;

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

        return NumberLookups.ValidatedLocation(locationId, context);
    }

    // A Calling Plan works in the country of the usage location it was assigned under (reference §0.4), so a primary or
    // private number must be of that country; only an alternate (multiline) number may come from any country (§0.1).
    private static Error? CountryMismatch(PhoneNumber number, AssignmentCategory category, string displayName, string usageLocation) =>
        category != AssignmentCategory.Alternate && !number.Country.Equals(usageLocation, StringComparison.OrdinalIgnoreCase)
            ? new Error("number.country_mismatch", number.Number, number.Country.ToUpperInvariant(), displayName, usageLocation.ToUpperInvariant())
            : null;

    private static Error? Blocked(PhoneNumber number, DateTimeOffset now) =>
        !number.IsBlocked(now) ? null
        : number.BlockedUntil == DateTimeOffset.MaxValue ? new Error("number.blocked_forever", number.Number)
        : new Error("number.blocked", number.Number, number.BlockedUntil!.Value.ToString("yyyy-MM-dd HH:mm 'UTC'", System.Globalization.CultureInfo.InvariantCulture));
}
