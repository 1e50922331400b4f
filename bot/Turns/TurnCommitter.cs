using ChatPhone.Bot.State;
using Microsoft.Bot.Builder;
using Microsoft.Bot.Schema;

namespace ChatPhone.Bot.Turns;

/// <summary>
/// Runs a turn so that it commits before it speaks: load the flow state, run the turn with every
/// outgoing activity held back, save the state with its ETag, and only then send. On an ETag conflict
/// (someone else's turn saved first) the turn runs again from fresh state, so nothing said reflects
/// a state that was not stored. Commands inside the turn are idempotent, so a re-run applies nothing twice.
/// </summary>
public sealed class TurnCommitter(FlowStateStore flows, ILogger<TurnCommitter> logger)
{
    private const int MaxAttempts = 3;

    /// <summary>
    /// Runs <paramref name="turn"/> with the (conversation, user) flow state in <see cref="FlowState"/>; the first attempt
    /// uses <paramref name="prefetched"/> when it is that state (a re-run after a conflict always reads afresh).
    /// </summary>
    public async Task RunAsync(
        ITurnContext turnContext, TurnIdentity identity, Func<FlowState, Task> turn, CancellationToken cancellationToken,
        PrefetchedFlowState? prefetched = null)
    {
        var held = new List<Activity>();
        var holding = true;
        turnContext.OnSendActivities(async (context, activities, next) =>
        {
            // A typing indicator tells nothing about state: it goes out now, while the turn works.
            if (!holding || Typing.Only(activities))
            {
                return await next();
            }

            held.AddRange(activities);
            return activities.Select(_ => new ResourceResponse(Guid.NewGuid().ToString("N"))).ToArray();
        });

        try
        {
            for (var attempt = 1; ; attempt++)
            {
                held.Clear();
                AfterSend.Clear(turnContext);
                var state = await flows.LoadAsync(identity, attempt == 1 ? prefetched : null, cancellationToken);
                await turn(state);
                try
                {
                    await flows.SaveAsync(identity, state, cancellationToken);
                    break;
                }
                catch (EtagConflictException) when (attempt < MaxAttempts)
                {
                    logger.LogInformation("Flow state changed during turn {ActivityId}; running it again (attempt {Attempt})",
                        turnContext.Activity.Id, attempt + 1);
                }
            }
        }
        finally
        {
            holding = false;
        }

        var responses = held.Count > 0 ? await turnContext.SendActivitiesAsync(held.ToArray(), cancellationToken) : [];
        await AfterSend.RunAsync(turnContext, held, responses, logger, cancellationToken);
    }
}
