using Microsoft.Bot.Builder;
using Microsoft.Bot.Schema;

namespace ChatPhone.Bot.Turns;

/// <summary>
/// The typing indicator a turn shows before work known to take more than a second (a CSV import, a bulk licence plan,
/// a number search, an export, applying a plan). It says nothing about state, so the <see cref="TurnCommitter"/> lets it
/// out at once instead of holding it behind the commit with the turn's replies.
/// </summary>
public static class Typing
{
    /// <summary>Shows the typing indicator now, on every channel.</summary>
    public static Task ShowAsync(ITurnContext context, CancellationToken cancellationToken)
    {
        // With expectReplies every reply travels back in the HTTP response, after the turn: an indicator there would
        // only ever arrive together with the answer it announces, so none is sent (and reply lists stay the answers).
        if (string.Equals(context.Activity.DeliveryMode, DeliveryModes.ExpectReplies, StringComparison.OrdinalIgnoreCase))
        {
            return Task.CompletedTask;
        }

        return context.SendActivityAsync(new Activity(ActivityTypes.Typing), cancellationToken);
    }

    /// <summary>True when <paramref name="activities"/> are only typing indicators.</summary>
    internal static bool Only(IEnumerable<Activity> activities) => activities.All(a => a.Type == ActivityTypes.Typing);
}
