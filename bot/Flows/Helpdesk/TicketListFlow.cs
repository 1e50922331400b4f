using ChatPhone.Bot.Flows.Common;
using ChatPhone.Bot.Recognition;
using ChatPhone.Core.Helpdesk;

namespace ChatPhone.Bot.Flows.Helpdesk;

/// <summary>"Show open tickets" (helpdesk, admins): the oldest open tickets as cards, the rest counted.</summary>
public sealed class TicketListFlow(TicketService tickets, TicketFlow cards) : IIntentFlow
{
    /// <summary>How many ticket cards one answer shows.</summary>
    public const int MaxShown = 5;

    /// <inheritdoc />
    public IReadOnlyCollection<IntentKind> Intents { get; } = [IntentKind.ListTickets];

    /// <inheritdoc />
    public async Task RunAsync(FlowTurn turn, Intent intent, CancellationToken cancellationToken)
    {
        var open = await tickets.ListOpenAsync(turn.Actor, cancellationToken);
        if (!open.IsSuccess)
        {
            await turn.SendTextAsync(open.Error.Describe(turn.Language), cancellationToken);
            return;
        }

        await turn.SendTextAsync(BotText.Get(turn.Language, open.Value.Count == 0 ? "Tickets_None" : "Tickets_Open", open.Value.Count, MaxShown), cancellationToken);
        foreach (var ticket in open.Value.Take(MaxShown))
        {
            await turn.SendCardAsync(await cards.CardAsync(turn, ticket, cancellationToken), cancellationToken);
        }
    }
}
