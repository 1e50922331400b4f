using System.Globalization;
using System.Net.ServerSentEvents;
using System.Runtime.CompilerServices;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace ChatPhone.Bot.Playground;

/// <summary>
/// <c>GET /playground/events?conversation=…&amp;user=…</c>: server-sent events of everything the bot sent
/// to the page's conversation and to conversations it created with the page's person (proactive
/// messages). It opens with a <see cref="ReadyEvent"/>; each later event's id is its sequence, so a
/// reconnecting EventSource resumes where it left off.
/// </summary>
internal static class EventStreamEndpoint
{
    public const string Path = "/playground/events";

    /// <summary>The first event of every stream: the page is listening.</summary>
    public const string ReadyEvent = "ready";

    public static void MapPlaygroundEvents(this IEndpointRouteBuilder app) =>
        app.MapGet(Path, (string conversation, string? user, HttpRequest request, ConversationLog log, CancellationToken cancellationToken) =>
        {
            var after = long.TryParse(request.Headers["Last-Event-ID"], NumberStyles.None, CultureInfo.InvariantCulture, out var last) ? last : 0;
            return TypedResults.ServerSentEvents(Stream(log.Subscribe(conversation, user, after), cancellationToken));
        });

    private static async IAsyncEnumerable<SseItem<string>> Stream(
        ConversationLog.Subscription subscription, [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        using (subscription)
        {
            // Sent at once so the response starts (headers flushed) before the bot says anything.
            yield return new SseItem<string>("{}", ReadyEvent);
            foreach (var backlog in subscription.Backlog)
            {
                yield return Item(backlog);
            }

            await foreach (var live in subscription.Reader.ReadAllAsync(cancellationToken))
            {
                yield return Item(live);
            }
        }
    }

    private static SseItem<string> Item(PlaygroundEvent e)
    {
        var data = new JsonObject
        {
            ["conversationId"] = e.ConversationId,
            ["activityId"] = e.ActivityId,
            ["activity"] = e.Activity?.DeepClone(),
        };
        return new SseItem<string>(data.ToJsonString(JsonOptions), e.Kind) { EventId = e.Sequence.ToString(CultureInfo.InvariantCulture) };
    }

    private static readonly JsonSerializerOptions JsonOptions = new() { WriteIndented = false };
}
