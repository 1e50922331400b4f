using ChatPhone.Bot.Flows.Common;
using ChatPhone.Bot.Recognition;
using ChatPhone.Cards.Help;

namespace ChatPhone.Bot.Flows;

/// <summary>"help": the card of what this person can do.</summary>
public sealed class HelpFlow : IIntentFlow
{
    /// <inheritdoc />
    public IReadOnlyCollection<IntentKind> Intents { get; } = [IntentKind.Help];

    /// <summary>Sends the help card for the actor's role.</summary>
    public Task RunAsync(FlowTurn turn, Intent intent, CancellationToken cancellationToken) =>
        turn.SendCardAsync(HelpCard.Build(turn.Actor, turn.Language), cancellationToken);
}
