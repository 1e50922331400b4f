using ChatPhone.Bot.Flows.Common;
using ChatPhone.Bot.Recognition;
using ChatPhone.Cards.Numbers;
using ChatPhone.Core.Numbers.Orders;
using ChatPhone.Core.Numbers.Porting;

namespace ChatPhone.Bot.Flows.Numbers;

/// <summary>
/// "show our number requests" and "show the port orders": what was already asked of the carrier (searches and manual
/// requests) or of the losing carriers (transfers), with where each stands. Helpdesk and admins (core checks the role).
/// </summary>
public sealed class NumberOrderListFlow(NumberOrderService orders, PortingService porting, TimeProvider clock) : IIntentFlow
{
    /// <inheritdoc />
    public IReadOnlyCollection<IntentKind> Intents { get; } = [IntentKind.ListNumberRequests, IntentKind.ListPortOrders];

    /// <inheritdoc />
    public async Task RunAsync(FlowTurn turn, Intent intent, CancellationToken cancellationToken)
    {
        if (intent.Kind == IntentKind.ListPortOrders)
        {
            var ports = await porting.ListPortOrdersAsync(turn.Actor, cancellationToken);
            await (ports.IsSuccess
                ? turn.SendCardAsync(PortOrdersCard.Build(ports.Value, turn.Language), cancellationToken)
                : turn.SendTextAsync(ports.Error.Describe(turn.Language), cancellationToken));
            return;
        }

        var list = await orders.ListOrdersAsync(turn.Actor, clock.GetUtcNow(), cancellationToken);
        await (list.IsSuccess
            ? turn.SendCardAsync(NumberOrdersCard.Build(list.Value, turn.Language), cancellationToken)
            : turn.SendTextAsync(list.Error.Describe(turn.Language), cancellationToken));
    }
}
