using ChatPhone.Core.Audit;
using ChatPhone.Core.Commands;
using ChatPhone.Core.Common;
using ChatPhone.Core.Directory;
using ChatPhone.Core.Emergency;

namespace ChatPhone.Core.Numbers.Orders;

/// <summary>Acquire, cancel and expire.</summary>
public sealed partial class NumberOrderService
{
    /// <summary>Completes a Reserved order: the chosen numbers join the inventory (Source Acquired); the others are released.</summary>
    public Task<Result<NumberOrder>> AcquireAsync(AcquireNumbers command, CancellationToken cancellationToken = default) =>
        runner.RunAsync(command, AuditActions.Numbers.Acquire, Role.Admin,
            reads => NumberUsageIndex.Declare(reads.One(OrderCollections.Orders, command.OrderId).All(OrderCollections.Reservations)
                .All(EmergencyCollections.Addresses)),
            context => DecideAcquire(command, context),
            OrdersJson.Default.NumberOrder,
            cancellationToken);

    /// <summary>Cancels a Reserved order; its numbers go back to the carrier.</summary>
    public Task<Result<NumberOrder>> CancelAsync(CancelNumberOrder command, CancellationToken cancellationToken = default) =>
        runner.RunAsync(command, AuditActions.Numbers.CancelOrder, Role.Admin,
            reads => reads.One(OrderCollections.Orders, command.OrderId).All(OrderCollections.Reservations),
            context => DecideCancel(command, context),
            OrdersJson.Default.NumberOrder,
            cancellationToken);

    /// <summary>Marks every Reserved order past its expiry as Expired and deletes the reservations that have run out.</summary>
    public Task<Result<ExpiryOutcome>> ExpireAsync(ExpireReservations command, CancellationToken cancellationToken = default) =>
        runner.RunAsync(command, AuditActions.Numbers.ExpireReservations, Role.Admin,
            reads => reads.All(OrderCollections.Orders).All(OrderCollections.Reservations),
            context =>
            {
                var expired = context.All(OrderCollections.Orders).Values
                    .Where(o => o.Status == OrderStatus.Reserved && o.StatusAt(context.Now) == OrderStatus.Expired)
                    .ToArray();
                foreach (var order in expired)
                {
                    context.Put(OrderCollections.Orders, order.Id, order with { Status = OrderStatus.Expired, ClosedAt = context.Now });
                }

                var stale = context.All(OrderCollections.Reservations).Where(r => !r.Value.IsActive(context.Now)).Select(r => r.Key).ToArray();
                foreach (var number in stale)
                {
                    context.Delete(OrderCollections.Reservations, number);
                }

                return Result<ExpiryOutcome>.Ok(new ExpiryOutcome(expired.Length, stale.Length));
            },
            OrdersJson.Default.ExpiryOutcome,
            cancellationToken);

    private static Result<NumberOrder> DecideCancel(CancelNumberOrder command, CommandContext context)
    {
        var found = Reserved(command.OrderId, context);
        if (!found.IsSuccess)
        {
            return found;
        }

        Release(found.Value.Id, context);
        var cancelled = found.Value with { Status = OrderStatus.Cancelled, ClosedAt = context.Now };
        context.Put(OrderCollections.Orders, cancelled.Id, cancelled);
        return cancelled;
    }

    private static Result<NumberOrder> DecideAcquire(AcquireNumbers command, CommandContext context)
    {
        var found = Reserved(command.OrderId, context);
        if (!found.IsSuccess)
        {
            return found;
        }

        var order = found.Value;
        var reservations = context.All(OrderCollections.Reservations);
        if (order.Numbers.Any(n => !reservations.TryGetValue(n.Number, out var r) || r.OrderId != order.Id || !r.IsActive(context.Now)))
        {
            return new Error("number.order_expired", order.Id);
        }

        var kept = new List<OrderedNumber>();
        foreach (var text in command.Numbers ?? [])
        {
            var parsed = E164Number.TryParse(text, order.Country);
            if (!parsed.IsSuccess)
            {
                return parsed.Error;
            }

            if (order.Numbers.FirstOrDefault(n => n.Number == parsed.Value.Value) is not { } ordered)
            {
                return new Error("number.not_in_order", parsed.Value.Value, order.Id);
            }

            if (!kept.Contains(ordered))
            {
                kept.Add(ordered);
            }
        }

        var chosen = kept.Count > 0 ? kept : order.Numbers.ToList();
        var location = LocationFor(order, context);
        if (!location.IsSuccess)
        {
            return location.Error;
        }

        // The order's numbers are known once the order is read: they are read then, never the whole inventory.
        if (order.Numbers.Any(n => !context.Snapshot.WasRead(NumberCollections.Numbers.Name, n.Number)))
        {
            return context.ReadAlso(reads => reads.Many(NumberCollections.Numbers, order.Numbers.Select(n => n.Number)));
        }

        var usage = NumberUsageIndex.Open(context);
        if (!usage.IsSuccess)
        {
            return usage.Error;
        }

        foreach (var number in chosen)
        {
            if (context.Find(NumberCollections.Numbers, number.Number) is not null)
            {
                return new Error("number.already_owned", number.Number);
            }

            var acquired = new PhoneNumber(
                number.Number, order.Country, number.Subdivision, number.City, order.Type, NumberSource.Acquired, context.Now,
                LocationId: location.Value);
            context.Put(NumberCollections.Numbers, number.Number, acquired);
            usage.Value.Record(context, null, acquired);
        }

        Release(order.Id, context);
        var completed = order with { Status = OrderStatus.Completed, ClosedAt = context.Now, Acquired = chosen.Select(n => n.Number).ToArray() };
        context.Put(OrderCollections.Orders, order.Id, completed);
        return completed;
    }

    // The emergency location numbers get at acquisition: the order's address default location; EMEA user numbers need it validated.
    private static Result<string?> LocationFor(NumberOrder order, CommandContext context)
    {
        if (order.CivicAddressId is null)
        {
            return EmergencyRules.LocationAtAcquisition(order.Country, order.Type)
                ? new Error("number.civic_address_required", order.Country)
                : Result<string?>.Ok(null);
        }

        if (!context.All(EmergencyCollections.Addresses).TryGetValue(order.CivicAddressId, out var address))
        {
            return new Error("number.address_not_found", order.CivicAddressId);
        }

        if (EmergencyRules.LocationAtAcquisition(order.Country, order.Type) && !address.IsValidated)
        {
            return new Error("number.address_not_validated", address.Id);
        }

        return address.DefaultLocation.Id;
    }

    // The order if it is Reserved now; a Reserved order past its expiry is reported as expired (lazy expiry).
    private static Result<NumberOrder> Reserved(string orderId, CommandContext context)
    {
        if (context.Find(OrderCollections.Orders, orderId) is not { } order)
        {
            return new Error("number.order_not_found", orderId);
        }

        return order.StatusAt(context.Now) switch
        {
            OrderStatus.Reserved => order,
            OrderStatus.Expired => new Error("number.order_expired", orderId),
            var status => new Error("number.order_not_reserved", orderId, status),
        };
    }

    private static void Release(string orderId, CommandContext context)
    {
        foreach (var (number, reservation) in context.All(OrderCollections.Reservations))
        {
            if (reservation.OrderId == orderId)
            {
                context.Delete(OrderCollections.Reservations, number);
            }
        }
    }
}
