using ChatPhone.Core.Emergency;
using ChatPhone.Core.Numbers;
using ChatPhone.Core.Numbers.Porting;
using static ChatPhone.Core.Triage.TriageCodes;

namespace ChatPhone.Core.Triage;

public static partial class Diagnoser
{
    // The person's numbers: each line agrees with the inventory, the number they expect, a primary number
    // (or one to give them, or a port bringing one), its activation and its country against the plan's.
    private static void Numbers(TriageFacts facts, DateTimeOffset now, Licensing licensing, Findings found)
    {
        var held = new List<PhoneNumber>();
        foreach (var line in facts.Lines)
        {
            var number = facts.Numbers.GetValueOrDefault(line.Number);
            if (number is null)
            {
                found.Add(NumberNotFound, FixOwner.Admin, null, line.Number);
            }
            else if (!IsHeldBy(number, facts.UserId))
            {
                found.Add(NumberAssignedElsewhere, FixOwner.Admin, null, line.Number);
            }
            else
            {
                held.Add(number);
            }
        }

        var primary = held.FirstOrDefault(n => n.Assignment!.Category == AssignmentCategory.Primary);
        var explained = ExpectedNumber(facts, now, licensing, primary, found);
        // Where no license can be given (no usage location, Phone System not sold), that cause comes first.
        if (primary is null && !explained && licensing.CanLicense)
        {
            MissingNumber(facts, now, licensing, found);
        }

        if (primary is null)
        {
            return;
        }

        if (primary.Assignment!.At + ActivationWindow > now)
        {
            found.Add(NumberActivating, FixOwner.Wait, null, primary.Number, Time(primary.Assignment.At + ActivationWindow));
        }

        if (facts.Pool is { } pool && !pool.Countries.Contains(primary.Country.ToUpperInvariant(), StringComparer.Ordinal))
        {
            found.Add(PlanCountryMismatch, FixOwner.Admin, null, primary.Number, primary.Country.ToUpperInvariant(), pool.Country);
        }
    }

    /// <summary>What stands between the person and the number they said they expect; true when a cause was added.</summary>
    private static bool ExpectedNumber(TriageFacts facts, DateTimeOffset now, Licensing licensing, PhoneNumber? primary, Findings found)
    {
        if (facts.Details.Number is not { } text || E164Number.TryParse(text) is not { IsSuccess: true } parsed
            || facts.Lines.Any(l => l.Number == parsed.Value.Value))
        {
            return false;
        }

        var expected = parsed.Value.Value;
        if (facts.Numbers.GetValueOrDefault(expected) is not { } number)
        {
            var orders = facts.PortOrders.Where(o => IsMoving(o) && o.Numbers.Contains(expected)).ToArray();
            foreach (var order in orders)
            {
                PortCause(order, found);
            }

            if (orders.Length == 0)
            {
                found.Add(NumberNotFound, FixOwner.Admin, null, expected);
            }

            return true;
        }

        if (number.Type.IsService())
        {
            found.Add(NumberNotForUsers, FixOwner.Admin, null, expected);
        }
        else if (number.Assignment is not null)
        {
            found.Add(NumberAssignedElsewhere, FixOwner.Admin, null, expected);
        }
        else if (number.IsBlocked(now))
        {
            var forever = number.BlockedUntil == DateTimeOffset.MaxValue;
            found.Add(forever ? NumberBlockedForever : NumberBlocked, FixOwner.Admin, null, forever ? [expected] : [expected, Time(number.BlockedUntil!.Value)]);
        }
        else if (primary is null)
        {
            var fix = licensing.ReadyForNumber && CanTake(facts, number) ? AssignNumberFix(facts, expected) : null;
            found.Add(NumberMissing, FixOwner.Admin, fix, expected);
        }
        else
        {
            return false;
        }

        return true;
    }

    /// <summary>No primary number: offer a free one, else say which port brings one, else say none is free.</summary>
    private static void MissingNumber(TriageFacts facts, DateTimeOffset now, Licensing licensing, Findings found)
    {
        var country = facts.Person!.UsageLocation.ToUpperInvariant();
        var free = facts.Numbers.Values
            .Where(n => n.Type == NumberType.UserSubscriber && n.Assignment is null && !n.IsBlocked(now) && CanTake(facts, n))
            .OrderBy(n => n.Number, StringComparer.Ordinal)
            .FirstOrDefault();
        if (free is not null)
        {
            found.Add(NumberMissing, FixOwner.Admin, licensing.ReadyForNumber ? AssignNumberFix(facts, free.Number) : null, free.Number);
            return;
        }

        var orders = facts.PortOrders.Where(o => IsMoving(o) && o.Kind is PortNumberKind.Local or PortNumberKind.Mobile
            && o.Numbers.Any(n => E164Number.TryParse(n) is { IsSuccess: true } e && e.Value.Region == country)).ToArray();
        foreach (var order in orders)
        {
            PortCause(order, found);
        }

        if (orders.Length == 0)
        {
            found.Add(NumberMissingNoneFree, FixOwner.Admin, null, country);
        }
    }

    private static void PortCause(PortOrder order, Findings found)
    {
        switch (order.Status)
        {
            case PortOrderStatus.Error:
                found.Add(PortRejected, FixOwner.Admin, null, order.Id);
                break;
            case PortOrderStatus.TransferApproved or PortOrderStatus.TransferPending when order.FocDate is { } foc:
                found.Add(order.Status == PortOrderStatus.TransferPending ? PortTransferPending : PortScheduled, FixOwner.Wait, null, order.Id, Time(foc));
                break;
            case PortOrderStatus.ContactingCarrier:
                found.Add(PortContactingCarrier, FixOwner.Wait, null, order.Id);
                break;
            default:
                found.Add(PortProcessing, FixOwner.Wait, null, order.Id);
                break;
        }
    }

    // Orders still moving, and rejected ones (which wait for the admin): cancelled and completed ones bring nothing.
    private static bool IsMoving(PortOrder order) => order.IsOpen || order.Status == PortOrderStatus.Error;

    /// <summary>Whether assigning <paramref name="number"/> to the person would pass: their country, and for the US a validated location.</summary>
    private static bool CanTake(TriageFacts facts, PhoneNumber number) =>
        number.Country.Equals(facts.Person!.UsageLocation, StringComparison.OrdinalIgnoreCase)
        && (!EmergencyRules.ValidatedLocationAtAssignment(number.Country) || ValidatedAddress(facts, number.LocationId) is not null);

    private static CivicAddress? ValidatedAddress(TriageFacts facts, string? locationId) =>
        locationId is not null && EmergencyCollections.AddressOf(facts.Addresses, locationId) is { IsValidated: true } address ? address : null;

    private static bool IsHeldBy(PhoneNumber number, string userId) =>
        number.Assignment is { Target: AssignmentTarget.User } assignment && assignment.TargetId.Equals(userId, StringComparison.OrdinalIgnoreCase);

    private static Fix AssignNumberFix(TriageFacts facts, string number) =>
        MakeFix(FixKind.AssignNumber, ("userId", facts.UserId), ("number", number));

    // Where an emergency address is required (US at assignment, EMEA at acquisition), each of the person's numbers needs a validated one.
    private static void Emergency(TriageFacts facts, Findings found)
    {
        foreach (var line in facts.Lines)
        {
            if (facts.Numbers.GetValueOrDefault(line.Number) is not { Type: NumberType.UserSubscriber } number || !IsHeldBy(number, facts.UserId)
                || !(EmergencyRules.ValidatedLocationAtAssignment(number.Country) || EmergencyRules.IsEmea(number.Country)))
            {
                continue;
            }

            var address = number.LocationId is null ? null : EmergencyCollections.AddressOf(facts.Addresses, number.LocationId);
            if (address is null)
            {
                found.Add(EmergencyAddressMissing, FixOwner.Admin, null, number.Number);
            }
            else if (!address.IsValidated)
            {
                found.Add(EmergencyAddressUnvalidated, FixOwner.Admin, null, number.Number, address.OneLine());
            }
        }
    }
}
