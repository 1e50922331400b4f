using ChatPhone.Core.Common;

namespace ChatPhone.Core.Numbers.Porting;

/// <summary>What submitting a port did.</summary>
/// <param name="Outcome">Order created, service request created, or nothing (numbers not portable).</param>
/// <param name="Order">The wizard order, when created.</param>
/// <param name="ServiceRequest">The manual request, when the wizard could not be used.</param>
/// <param name="Why">Why a service request was created instead of an order.</param>
/// <param name="Problems">Per-number problems found by the portability check (nothing is created when there are any).</param>
public sealed record PortSubmission(
    PortSubmissionOutcome Outcome,
    PortOrder? Order,
    PortServiceRequest? ServiceRequest,
    Error? Why,
    IReadOnlyList<NumberProblem> Problems);

/// <summary>The three ends of a port submission.</summary>
public enum PortSubmissionOutcome
{
    /// <summary>A wizard port order was created.</summary>
    OrderCreated,

    /// <summary>A manual service request was created instead.</summary>
    ServiceRequestCreated,

    /// <summary>Some numbers can't be ported; nothing was created.</summary>
    NotPortable,
}

/// <summary>Why one number can't be ported.</summary>
public sealed record NumberProblem(string Number, Error Reason);

/// <summary>The portability check alone: per-number problems and the channel the numbers would take.</summary>
/// <param name="Problems">Per-number problems.</param>
/// <param name="Wizard">True when the wizard can be used; false when a service request is needed.</param>
/// <param name="Why">Why not the wizard, when not.</param>
public sealed record PortabilityReport(IReadOnlyList<NumberProblem> Problems, bool Wizard, Error? Why);

/// <summary>One status change applied by <see cref="AdvancePortOrders"/>.</summary>
public sealed record PortTransition(string OrderId, PortOrderStatus From, PortOrderStatus To, DateTimeOffset At);

/// <summary>What advancing the port orders did.</summary>
/// <param name="Transitions">Every status change, in order.</param>
/// <param name="NumbersAdded">Numbers that joined the inventory (completed orders).</param>
/// <param name="NumbersSkipped">Numbers of completed orders already in the inventory (left as they were).</param>
public sealed record AdvanceSummary(IReadOnlyList<PortTransition> Transitions, IReadOnlyList<string> NumbersAdded, IReadOnlyList<string> NumbersSkipped);

/// <summary>An order that was deleted (never happens with the reference's table, kept for completeness of the command).</summary>
public sealed record PortOrderDeleted(string OrderId);
