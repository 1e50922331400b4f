using System.Text.Json.Nodes;

namespace ChatPhone.Bot.Playground;

/// <summary>
/// One thing the bot did through the playground's connector, as the page receives it: an activity
/// sent or replied, an activity updated in place, or an activity deleted.
/// </summary>
/// <param name="Sequence">Position in the log (the SSE event id; a reconnecting page resumes after it).</param>
/// <param name="Kind">One of <see cref="PlaygroundEventKinds"/>.</param>
/// <param name="ConversationId">The conversation the bot wrote to.</param>
/// <param name="ActivityId">The id the connector gave (or the bot named, for updates and deletes).</param>
/// <param name="Activity">The activity as the bot sent it, with its id set; null for a delete.</param>
public sealed record PlaygroundEvent(long Sequence, string Kind, string ConversationId, string ActivityId, JsonObject? Activity);

/// <summary>The kinds of <see cref="PlaygroundEvent"/> (also the SSE event names).</summary>
public static class PlaygroundEventKinds
{
    /// <summary>A new activity (send, reply, or the first activity of a created conversation).</summary>
    public const string Activity = "activity";

    /// <summary>An activity replaced in place (PUT).</summary>
    public const string Update = "update";

    /// <summary>An activity removed (DELETE).</summary>
    public const string Delete = "delete";
}
