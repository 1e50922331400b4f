using ChatPhone.Bot.Flows.Common;
using ChatPhone.Bot.Flows.Objects.Numbers;
using ChatPhone.Bot.Recognition;

namespace ChatPhone.Bot.Flows.Numbers;

/// <summary>
/// "show our number requests" and "show the port orders", "où en est mon transfert ?": what was already asked of the
/// carrier (searches and manual requests) or of the losing carriers (transfers), with where each stands and a Show button
/// each. The same lists as the generic "list the port orders", so both routes agree. Helpdesk and admins (core checks the role).
/// </summary>
public sealed class NumberOrderListFlow(NumberOrderHandler orders, PortOrderHandler ports) : IIntentFlow
{
    /// <inheritdoc />
    public IReadOnlyCollection<IntentKind> Intents { get; } = [IntentKind.ListNumberRequests, IntentKind.ListPortOrders];

    /// <inheritdoc />
    public Task RunAsync(FlowTurn turn, Intent intent, CancellationToken cancellationToken) =>
        intent.Kind == IntentKind.ListPortOrders ? ports.ListAsync(turn, intent, cancellationToken) : orders.ListAsync(turn, intent, cancellationToken);
}
