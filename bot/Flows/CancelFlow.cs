using ChatPhone.Bot.Flows.Common;
using ChatPhone.Bot.Recognition;

namespace ChatPhone.Bot.Flows;

/// <summary>"cancel" / "annuler": leaves whatever flow is waiting for this person.</summary>
public sealed class CancelFlow : IIntentFlow
{
    /// <inheritdoc />
    public IReadOnlyCollection<IntentKind> Intents { get; } = [IntentKind.Cancel];

    /// <summary>Clears the pending flow and says so.</summary>
    public Task RunAsync(FlowTurn turn, Intent intent, CancellationToken cancellationToken)
    {
        var hadFlow = turn.State.PendingFlow is not null;
        turn.State.ClearFlow();
        return turn.SendTextAsync(BotText.Get(turn.Language, hadFlow ? "Cancel_Done" : "Cancel_Nothing"), cancellationToken);
    }
}
