namespace ChatPhone.Bot.Flows;

/// <summary>"cancel" / "annuler": leaves whatever flow is waiting for this person.</summary>
public sealed class CancelFlow
{
    /// <summary>Clears the pending flow and says so.</summary>
    public Task RunAsync(FlowTurn turn, CancellationToken cancellationToken)
    {
        var hadFlow = turn.State.PendingFlow is not null;
        turn.State.ClearFlow();
        return turn.SendTextAsync(BotText.Get(turn.Language, hadFlow ? "Cancel_Done" : "Cancel_Nothing"), cancellationToken);
    }
}
