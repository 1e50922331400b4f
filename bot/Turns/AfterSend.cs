using Microsoft.Bot.Builder;
using Microsoft.Bot.Schema;

namespace ChatPhone.Bot.Turns;

/// <summary>
/// Work that must wait until a turn's replies are really sent (the <see cref="TurnCommitter"/> holds them
/// until the turn's state is stored): learning the id the channel gave a message, or updating an older
/// card once this turn's change is committed. Best effort: a failure is logged, never fails the turn.
/// </summary>
public static class AfterSend
{
    private const string Key = "ChatPhone.AfterSend";

    /// <summary>Runs <paramref name="callback"/> with the id the channel gives <paramref name="activity"/> (skipped when it gives none).</summary>
    public static void WhenSent(ITurnContext context, IActivity activity, Func<string, CancellationToken, Task> callback) =>
        Pending(context).Add(new Callback(activity, callback));

    /// <summary>Runs <paramref name="callback"/> after every reply of the turn was sent.</summary>
    public static void Then(ITurnContext context, Func<CancellationToken, Task> callback) =>
        Pending(context).Add(new Callback(null, (_, cancellationToken) => callback(cancellationToken)));

    /// <summary>Forgets what an abandoned attempt of the turn registered.</summary>
    internal static void Clear(ITurnContext context) => Pending(context).Clear();

    /// <summary>Runs the callbacks, given what was sent and the channel's answers (same order).</summary>
    internal static async Task RunAsync(
        ITurnContext context, IReadOnlyList<Activity> sent, IReadOnlyList<ResourceResponse?> responses, ILogger logger, CancellationToken cancellationToken)
    {
        foreach (var callback in Pending(context).ToArray())
        {
            string? id = null;
            if (callback.Activity is { } activity)
            {
                var index = sent.Select((a, i) => (a, i)).FirstOrDefault(p => ReferenceEquals(p.a, activity), (null!, -1)).Item2;
                id = index >= 0 && index < responses.Count ? responses[index]?.Id : null;
                if (string.IsNullOrEmpty(id))
                {
                    continue;
                }
            }

            try
            {
                await callback.Run(id ?? string.Empty, cancellationToken);
            }
            catch (Exception exception) when (exception is not OperationCanceledException)
            {
                logger.LogWarning(exception, "After-send work of turn {ActivityId} failed", context.Activity.Id);
            }
        }

        Clear(context);
    }

    private static List<Callback> Pending(ITurnContext context)
    {
        if (context.TurnState.Get<List<Callback>>(Key) is { } list)
        {
            return list;
        }

        list = [];
        context.TurnState.Set(Key, list);
        return list;
    }

    private sealed record Callback(IActivity? Activity, Func<string, CancellationToken, Task> Run);
}
