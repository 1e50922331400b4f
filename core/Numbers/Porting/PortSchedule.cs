using ChatPhone.Core.Common;

namespace ChatPhone.Core.Numbers.Porting;

/// <summary>
/// The simulated carrier: how an order moves with the clock. Processing → Contacting carrier after
/// <see cref="PortingOptions.ContactingCarrierAfterBusinessDays"/>; then, after
/// <see cref="PortingOptions.CarrierAnswerAfterBusinessDays"/>, Transfer approved (FOC = the requested
/// transfer date and time, or the next business day if that is sooner) or Error (rejection trigger);
/// Transfer pending 24 h before the FOC; Completed at the FOC. Each change happens at the time it was
/// due, not when it is noticed, so the outcome depends only on the order and the clock.
/// </summary>
public sealed class PortSchedule(PortingOptions options)
{
    /// <summary>How long before the FOC the order locks.</summary>
    public static readonly TimeSpan PendingWindow = TimeSpan.FromHours(24);

    /// <summary>The order as it stands at <paramref name="now"/>, with every change applied on the way.</summary>
    public PortOrder Advance(PortOrder order, DateTimeOffset now)
    {
        while (Next(order) is { } step && step.At <= now)
        {
            order = step.Apply(order);
        }

        return order;
    }

    /// <summary>The next change due for <paramref name="order"/>, or null when it waits for the admin or is finished.</summary>
    public PortStep? Next(PortOrder order)
    {
        switch (order.Status)
        {
            case PortOrderStatus.Processing:
                var contacting = BusinessCalendar.AddBusinessDays(order.StatusSince, options.ContactingCarrierAfterBusinessDays);
                return new PortStep(contacting, o => o.MoveTo(PortOrderStatus.ContactingCarrier, contacting));
            case PortOrderStatus.ContactingCarrier:
                var answer = BusinessCalendar.AddBusinessDays(order.StatusSince, options.CarrierAnswerAfterBusinessDays);
                if (Rejection(order.Details.AccountNumber) is { } rejection)
                {
                    return new PortStep(answer, o => o.MoveTo(PortOrderStatus.Error, answer) with { Rejection = rejection });
                }

                var foc = Foc(order.Details, answer);
                return new PortStep(answer, o => o.MoveTo(PortOrderStatus.TransferApproved, answer) with { FocDate = foc });
            case PortOrderStatus.TransferApproved when order.FocDate is { } approvedFoc:
                var pending = Max(approvedFoc - PendingWindow, order.StatusSince);
                return new PortStep(pending, o => o.MoveTo(PortOrderStatus.TransferPending, pending));
            case PortOrderStatus.TransferPending when order.FocDate is { } pendingFoc:
                var completed = Max(pendingFoc, order.StatusSince);
                return new PortStep(completed, o => o.MoveTo(PortOrderStatus.Completed, completed));
            default:
                return null;
        }
    }

    /// <summary>The FOC the carrier commits to: the requested transfer time, but no sooner than the next business day after approval.</summary>
    public static DateTimeOffset Foc(PortDetails details, DateTimeOffset approvedAt)
    {
        var requested = BusinessCalendar.At(BusinessCalendar.OnOrAfter(details.TransferDate), details.StartTime);
        var earliest = BusinessCalendar.AddBusinessDays(approvedAt, 1);
        if (requested >= earliest)
        {
            return requested;
        }

        var sameDay = BusinessCalendar.At(BusinessCalendar.DateOf(earliest), details.StartTime);
        return sameDay >= earliest ? sameDay : BusinessCalendar.At(BusinessCalendar.OnOrAfter(BusinessCalendar.DateOf(earliest).AddDays(1)), details.StartTime);
    }

    /// <summary>The carrier's rejection for <paramref name="accountNumber"/>, when it carries the configured trigger.</summary>
    public Error? Rejection(string accountNumber)
    {
        if (string.IsNullOrEmpty(options.RejectionPrefix) || !accountNumber.StartsWith(options.RejectionPrefix, StringComparison.OrdinalIgnoreCase))
        {
            return null;
        }

        var cause = accountNumber[options.RejectionPrefix.Length..].TrimStart('-', '_', ' ').ToUpperInvariant();
        return cause switch
        {
            var c when c.StartsWith("NAME", StringComparison.Ordinal) => new Error("port.rejection.name_mismatch"),
            var c when c.StartsWith("ADDRESS", StringComparison.Ordinal) => new Error("port.rejection.address_mismatch"),
            var c when c.StartsWith("BTN", StringComparison.Ordinal) => new Error("port.rejection.btn_mismatch"),
            var c when c.StartsWith("FEATURES", StringComparison.Ordinal) => new Error("port.rejection.call_features_active"),
            var c when c.StartsWith("PENDING", StringComparison.Ordinal) => new Error("port.rejection.pending_carrier_order"),
            var c when c.StartsWith("FROZEN", StringComparison.Ordinal) => new Error("port.rejection.account_frozen"),
            _ => new Error("port.rejection.account_number_mismatch"),
        };
    }

    private static DateTimeOffset Max(DateTimeOffset a, DateTimeOffset b) => a >= b ? a : b;
}

/// <summary>A change due at <see cref="At"/>.</summary>
public sealed record PortStep(DateTimeOffset At, Func<PortOrder, PortOrder> Apply);
