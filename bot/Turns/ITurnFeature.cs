using ChatPhone.Bot.Flows;

namespace ChatPhone.Bot.Turns;

/// <summary>
/// Something every turn does beside answering, plugged into <see cref="TurnPipeline"/> (the setup checklist kept current,
/// the proactive messages that waited for this person): the pipeline calls each feature at its two points, in the order
/// they were registered.
/// </summary>
public interface ITurnFeature
{
    /// <summary>
    /// Once the turn was routed, still inside it: what is said or registered here (<see cref="AfterSend"/>) is held,
    /// committed and sent with the turn's own replies, and forgotten with them if the turn runs again.
    /// </summary>
    Task RoutedAsync(FlowTurn turn, CancellationToken cancellationToken) => Task.CompletedTask;

    /// <summary>Once the turn's state is stored and its replies are sent.</summary>
    Task CompletedAsync(FlowTurn turn, CancellationToken cancellationToken) => Task.CompletedTask;
}
