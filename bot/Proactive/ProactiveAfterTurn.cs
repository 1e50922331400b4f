using ChatPhone.Bot.Flows;
using ChatPhone.Bot.Turns;
using Microsoft.Bot.Schema;

namespace ChatPhone.Bot.Proactive;

/// <summary>
/// After each turn, wakes the <see cref="ProactiveSender"/>: what waited for this person's next contact can go out now,
/// and a click, which confirms changes, may have queued messages (a new number's "tell your users") to send at once.
/// </summary>
public sealed class ProactiveAfterTurn(ProactiveSender sender) : ITurnFeature
{
    /// <inheritdoc />
    public Task CompletedAsync(FlowTurn turn, CancellationToken cancellationToken)
    {
        sender.SignalContact(turn.Actor.Tenant, turn.Actor.UserId);
        var activity = turn.Context.Activity;
        if (activity.Type == ActivityTypes.Invoke || activity.Value is not null)
        {
            sender.Signal(turn.Actor.Tenant);
        }

        return Task.CompletedTask;
    }
}
