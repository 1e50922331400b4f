using ChatPhone.Core.Audit;
using ChatPhone.Core.Commands;
using ChatPhone.Core.Common;
using ChatPhone.Core.Directory;
using ChatPhone.Core.Emergency;
using ChatPhone.Core.Licensing;

namespace ChatPhone.Core.Numbers.Assignment;

public sealed partial class NumberAssignmentService
{
    /// <summary>
    /// Assigns many numbers in one read and one commit. A row is checked exactly as a single assignment; a number or
    /// person named by an earlier row of the same command is refused, so no row sees another row's write.
    /// </summary>
    public Task<Result<BulkNumberOutcome>> AssignInBulkAsync(AssignNumbersInBulk command, CancellationToken cancellationToken = default)
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
}
