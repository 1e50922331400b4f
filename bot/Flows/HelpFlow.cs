using ChatPhone.Bot.Flows.Common;
using ChatPhone.Bot.Recognition;
using ChatPhone.Cards.Help;
using ChatPhone.Core.Directory.Import;

namespace ChatPhone.Bot.Flows;

/// <summary>"help": the card of what this person can do.</summary>
public sealed class HelpFlow(IDirectorySource microsoft365) : IIntentFlow
{
    /// <inheritdoc />
    public IReadOnlyCollection<IntentKind> Intents { get; } = [IntentKind.Help];

    /// <summary>Sends the help card for the actor's role.</summary>
    public Task RunAsync(FlowTurn turn, Intent intent, CancellationToken cancellationToken) =>
        turn.SendCardAsync(HelpCard.Build(turn.Actor, turn.Language, microsoft365.Serves(turn.Actor.Tenant)), cancellationToken);
}
