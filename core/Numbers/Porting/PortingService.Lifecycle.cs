using System.Globalization;
using ChatPhone.Core.Audit;
using ChatPhone.Core.Commands;
using ChatPhone.Core.Common;
using ChatPhone.Core.Directory;
using ChatPhone.Core.Emergency;

namespace ChatPhone.Core.Numbers.Porting;

/// <summary>What the admin may do to an order as its status allows, and the clock moving orders on.</summary>
public sealed partial class PortingService
{
    /// <summary>Cancels an order whose status allows it.</summary>
    public Task<Result<PortOrder>> CancelPortOrderAsync(CancelPortOrder command, CancellationToken cancellationToken = default) =>
        runner.RunAsync(command, AuditActions.Porting.Cancel, Role.Admin,
            reads => reads.One(PortingCollections.Orders, command.OrderId),
            context =>
            {
                if (context.Find(PortingCollections.Orders, command.OrderId) is not { } order)
                {
                    return new Error("port.order_not_found", command.OrderId);
                }

                if (!order.Permissions.Cancel)
                {
                    return new Error("port.cancel_not_allowed", order.Id, order.Status);
                }

                var next = order.MoveTo(PortOrderStatus.Cancelled, context.Now);
                context.Put(PortingCollections.Orders, next.Id, next);
                return next;
            },
            PortingJson.Default.PortOrder,
            cancellationToken);

    /// <summary>Deletes an order if its status allows it; the reference's table allows it in none, so this says what to do instead.</summary>
    public Task<Result<PortOrderDeleted>> DeletePortOrderAsync(DeletePortOrder command, CancellationToken cancellationToken = default) =>
        runner.RunAsync(command, AuditActions.Porting.Delete, Role.Admin,
            reads => reads.One(PortingCollections.Orders, command.OrderId),
            context =>
            {
                if (context.Find(PortingCollections.Orders, command.OrderId) is not { } order)
                {
                    return new Error("port.order_not_found", command.OrderId);
                }

                if (!order.Permissions.Delete)
                {
                    return order.Status == PortOrderStatus.Error
                        ? new Error("port.delete_error_order", order.Id)
                        : new Error("port.delete_not_allowed", order.Id, order.Status);
                }

                context.Delete(PortingCollections.Orders, order.Id);
                return new PortOrderDeleted(order.Id);
            },
            PortingJson.Default.PortOrderDeleted,
            cancellationToken);

    /// <summary>Moves the FOC date of an approved order (same start time); the new FOC must be a business day more than 24 h away.</summary>
    public Task<Result<PortOrder>> SetFocDateAsync(SetFocDate command, CancellationToken cancellationToken = default) =>
        runner.RunAsync(command, AuditActions.Porting.Foc, Role.Admin,
            reads => reads.One(PortingCollections.Orders, command.OrderId),
            context =>
            {
                if (context.Find(PortingCollections.Orders, command.OrderId) is not { } order)
                {
                    return new Error("port.order_not_found", command.OrderId);
                }

                if (order.Permissions.Edit != PortEdit.FocDateOnly)
                {
                    return new Error("port.foc_not_allowed", order.Id, order.Status);
                }

                var date = command.FocDate.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
                if (!BusinessCalendar.IsBusinessDay(command.FocDate))
                {
                    return new Error("port.foc_not_business_day", date);
                }

                var foc = BusinessCalendar.At(command.FocDate, order.Details.StartTime);
                if (foc - context.Now <= PortSchedule.PendingWindow)
                {
                    return new Error("port.foc_too_soon", date);
                }

                var next = order with { FocDate = foc };
                context.Put(PortingCollections.Orders, next.Id, next);
                return next;
            },
            PortingJson.Default.PortOrder,
            cancellationToken);

    /// <summary>Applies every due status change; completed orders add their numbers to the inventory in the same commit.</summary>
    public Task<Result<AdvanceSummary>> AdvancePortOrdersAsync(AdvancePortOrders command, CancellationToken cancellationToken = default) =>
        runner.RunAsync(command, AuditActions.Porting.Advance, Role.Admin,
            reads => NumberUsageIndex.Declare(reads.All(PortingCollections.Orders).All(NumberCollections.Numbers).All(EmergencyCollections.Addresses)),
            context => Advance(context),
            PortingJson.Default.AdvanceSummary,
            cancellationToken);

    private Result<AdvanceSummary> Advance(CommandContext context)
    {
        var transitions = new List<PortTransition>();
        var added = new List<string>();
        var skipped = new List<string>();
        var inventory = context.All(NumberCollections.Numbers);
        var addresses = context.All(EmergencyCollections.Addresses);
        NumberUsageIndex? usage = null; // opened when a number joins; the inventory is read in full, so it never asks to read more
        foreach (var order in context.All(PortingCollections.Orders).Values.OrderBy(o => o.SubmittedAt).ThenBy(o => o.Id, StringComparer.Ordinal))
        {
            var next = _schedule.Advance(order, context.Now);
            if (next == order)
            {
                continue;
            }

            var from = order.Status;
            foreach (var change in next.History.Skip(order.History.Count))
            {
                transitions.Add(new PortTransition(order.Id, from, change.Status, change.At));
                from = change.Status;
            }

            context.Put(PortingCollections.Orders, next.Id, next);
            if (next.Status == PortOrderStatus.Completed)
            {
                var location = next.CivicAddressId is { } civic && addresses.TryGetValue(civic, out var address) ? address.DefaultLocation.Id : null;
                foreach (var number in next.Numbers)
                {
                    if (inventory.ContainsKey(number) || added.Contains(number))
                    {
                        skipped.Add(number);
                        continue;
                    }

                    var ported = Ported(next, number, location);
                    context.Put(NumberCollections.Numbers, number, ported);
                    usage ??= NumberUsageIndex.Open(context).Value;
                    usage.Record(context, null, ported);
                    added.Add(number);
                }
            }
        }

        return new AdvanceSummary(transitions, added, skipped);
    }

    private static PhoneNumber Ported(PortOrder order, string number, string? location)
    {
        var e164 = E164Number.TryParse(number).Value;
        var emea = EmergencyRegions.IsEmea(e164.Region);
        var subdivision = e164.Region is "US" or "CA" ? order.Details.State.ToUpperInvariant() : null;
        return new PhoneNumber(number, e164.Region, subdivision, order.Details.City, NumberType.UserSubscriber, NumberSource.Ported,
            order.FocDate ?? order.StatusSince, LocationId: emea ? location : null);
    }
}
