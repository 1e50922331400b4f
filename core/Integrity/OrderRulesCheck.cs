using ChatPhone.Core.Numbers.Orders;

namespace ChatPhone.Core.Integrity;

/// <summary>Invariants of search orders and reservations (reference step 3a, §11 rule 6).</summary>
internal static class OrderRulesCheck
{
    public static IEnumerable<Violation> Check(TenantState state)
    {
        // A search walks a place's stock from its cursor on: everything before it must be the tenant's.
        foreach (var (key, cursor) in state.StockCursors)
        {
            var subject = $"{OrderCollections.StockCursors.Name}:{key}";
            if (Numbers.Carrier.CarrierCatalog.Places.FirstOrDefault(p => p.Key == key) is not { } place)
            {
                yield return new Violation("number.stock_cursor_held", subject, "no such carrier place");
                continue;
            }

            if (Numbers.Carrier.NumberGenerator.Sequence(place).Take(cursor.Held).FirstOrDefault(n => !state.Numbers.ContainsKey(n)) is { } missing)
            {
                yield return new Violation("number.stock_cursor_held", subject, $"holds {cursor.Held} from the start, but not {missing}");
            }
        }

        foreach (var (number, reservation) in state.Reservations)
        {
            var subject = $"reservations:{number}";
            if (!state.Orders.TryGetValue(reservation.OrderId, out var order))
            {
                yield return new Violation("number.reservation_has_order", subject, $"order {reservation.OrderId} does not exist");
                continue;
            }

            if (order.Status != OrderStatus.Reserved || order.Numbers.All(n => n.Number != number))
            {
                yield return new Violation("number.reservation_matches_order", subject, $"order {order.Id} is {order.Status} or does not list it");
            }

            if (state.Numbers.ContainsKey(number))
            {
                yield return new Violation("number.reserved_not_owned", subject, "reserved and also in the inventory");
            }
        }

        foreach (var order in state.Orders.Values.Where(o => o.Status == OrderStatus.Completed))
        {
            foreach (var missing in (order.Acquired ?? []).Where(n => !state.Numbers.ContainsKey(n)))
            {
                yield return new Violation("number.acquired_in_inventory", $"number-orders:{order.Id}", $"{missing} acquired but not in the inventory");
            }
        }

        var reservedTwice = state.Orders.Values.Where(o => o.Status == OrderStatus.Reserved)
            .SelectMany(o => o.Numbers.Select(n => n.Number)).GroupBy(n => n).Where(g => g.Count() > 1);
        foreach (var duplicate in reservedTwice)
        {
            yield return new Violation("number.reserved_once", $"numbers:{duplicate.Key}", "held by two reserved orders");
        }
    }
}
