using ChatPhone.Cards.Help;

namespace ChatPhone.Bot.Flows;

/// <summary>"help": the card of what this person can do.</summary>
public sealed class HelpFlow
{
    /// <summary>Sends the help card for the actor's role.</summary>
    public Task RunAsync(FlowTurn turn, CancellationToken cancellationToken) =>
        turn.SendCardAsync(HelpCard.Build(turn.Actor, turn.Language), cancellationToken);
}
