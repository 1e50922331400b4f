using ChatPhone.Core.Emergency;
using ChatPhone.Core.Numbers;

namespace ChatPhone.Core.Integrity;

/// <summary>Invariants of numbers and their holders (reference §11 rules 1–5).</summary>
internal static class NumberRules
{
    public static IEnumerable<Violation> Check(TenantState state)
    {
        foreach (var (id, number) in state.Numbers)
        {
            var subject = $"numbers:{id}";
            if (id != number.Number)
            {
                yield return new Violation("number.keyed_by_e164", subject, $"stored under {id} but is {number.Number}");
            }

            if (number.Assignment is not { } assignment)
            {
                continue;
            }

            switch (assignment.Target)
            {
                case AssignmentTarget.User when number.Type.IsService():
                    yield return new Violation("number.service_never_on_user", subject, $"{number.Type} assigned to user {assignment.TargetId}");
                    break;
                case AssignmentTarget.User when !HasLine(state, assignment.TargetId, number.Number, assignment.Category):
                    yield return new Violation("number.user_lines_agree", subject, $"user {assignment.TargetId} does not list it as {assignment.Category}");
                    break;
                case AssignmentTarget.User when !Licensed(state, assignment.TargetId):
                    yield return new Violation("number.user_licensed", subject, $"user {assignment.TargetId} lacks Phone System and a Calling Plan");
                    break;
                case AssignmentTarget.ConferenceBridge when !number.Type.IsConference():
                    yield return new Violation("number.bridge_takes_conference_numbers", subject, number.Type.ToString());
                    break;
                case AssignmentTarget.ResourceAccount:
                    if (!state.ResourceAccounts.TryGetValue(assignment.TargetId, out var account) || account.Number != number.Number)
                    {
                        yield return new Violation("number.resource_account_agrees", subject, $"resource account {assignment.TargetId} does not hold it");
                    }

                    break;
            }

            if (number.LocationId is { } location && EmergencyCollections.AddressOf(state.Addresses.Values, location) is null)
            {
                yield return new Violation("number.location_exists", subject, $"location {location} is in no address");
            }

            // Microsoft 365 keeps the emergency location of the numbers it assigned and ChatPhone brought in from it.
            if (assignment.Target == AssignmentTarget.User && number.Country == "US" && number.Source != NumberSource.Microsoft365
                && !ValidatedLocation(state, number.LocationId))
            {
                yield return new Violation("number.us_user_needs_validated_address", subject, "no validated emergency address");
            }
        }

        foreach (var (userId, lines) in state.UserLines)
        {
            if (lines.Count(l => l.Category == Numbers.AssignmentCategory.Primary) > 1)
            {
                yield return new Violation("number.one_primary_per_user", $"user-numbers:{userId}", "more than one primary number");
            }

            foreach (var line in lines.Where(l => !state.Numbers.TryGetValue(l.Number, out var n)
                || n.Assignment is not { Target: AssignmentTarget.User } a || a.TargetId != userId))
            {
                yield return new Violation("number.user_lines_agree", $"user-numbers:{userId}", $"lists {line.Number}, which is not assigned to them");
            }
        }

        foreach (var account in state.ResourceAccounts.Values.Where(a => a.Number is not null))
        {
            if (!state.Numbers.TryGetValue(account.Number!, out var number)
                || number.Assignment is not { Target: AssignmentTarget.ResourceAccount } a || a.TargetId != account.Id)
            {
                yield return new Violation("number.resource_account_agrees", $"resource-accounts:{account.Id}", $"holds {account.Number}, which is not assigned to it");
            }

            if (!account.IsLicensed)
            {
                yield return new Violation("resource_account.licensed_before_number", $"resource-accounts:{account.Id}", "has a number but no license");
            }
        }
    }

    /// <summary>
    /// The quota-usage index agrees with the inventory: each kind counts the Acquired numbers whose type counts against it.
    /// A tenant with none of its documents has not built it yet (the next command that needs it does), which is no violation.
    /// </summary>
    public static IEnumerable<Violation> CheckUsage(TenantState state)
    {
        if (state.Usage.Count == 0)
        {
            yield break;
        }

        var counted = NumberUsageIndex.Count(state.Numbers.Values);
        foreach (var (kind, count) in counted)
        {
            var subject = $"{NumberCollections.Usage.Name}:{kind}";
            if (!state.Usage.TryGetValue(kind.ToString(), out var usage))
            {
                yield return new Violation("number.usage_matches_inventory", subject, $"missing; the inventory holds {count}");
            }
            else if (usage.Acquired != count)
            {
                yield return new Violation("number.usage_matches_inventory", subject, $"counts {usage.Acquired}, the inventory holds {count}");
            }
        }
    }

    private static bool HasLine(TenantState state, string userId, string number, Numbers.AssignmentCategory category) =>
        state.UserLines.TryGetValue(userId, out var lines) && lines.Any(l => l.Number == number && l.Category == category);

    private static bool Licensed(TenantState state, string userId) =>
        state.Licenses.TryGetValue(userId, out var licenses) && licenses.HasPhoneSystem && licenses.HasCallingPlan;

    private static bool ValidatedLocation(TenantState state, string? locationId) =>
        locationId is not null && EmergencyCollections.AddressOf(state.Addresses.Values, locationId) is { IsValidated: true };
}
