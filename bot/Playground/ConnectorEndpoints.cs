using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Mvc;

namespace ChatPhone.Bot.Playground;

/// <summary>
/// The Bot Connector REST routes the bot calls back on, served by the host itself under
/// <see cref="BasePath"/> (the <c>serviceUrl</c> the playground page puts on its activities), like the
/// Bot Framework Emulator does. Each call is logged and streamed to the page; each answers the
/// connector's <c>{ "id": … }</c>. No token is checked: the playground runs only without an app id, on loopback.
/// </summary>
internal static class ConnectorEndpoints
{
    /// <summary>The connector's base path on this host (the page's <c>serviceUrl</c> is this path, absolute).</summary>
    public const string BasePath = "/playground/connector";

    // Teams' own ceiling is about 100 KB per message; a card far above that is a bug worth a 413.
    private const long MaxBodyBytes = 512 * 1024;

    public static void MapPlaygroundConnector(this IEndpointRouteBuilder app)
    {
        var conversations = app.MapGroup(BasePath + "/v3/conversations")
            .WithMetadata(new RequestSizeLimitAttribute(MaxBodyBytes));
        conversations.MapPost("/", CreateConversation);
        conversations.MapPost("/{conversationId}/activities", (string conversationId, JsonObject activity, ConversationLog log) =>
            Send(log, conversationId, replyToId: null, activity));
        conversations.MapPost("/{conversationId}/activities/{activityId}", (string conversationId, string activityId, JsonObject activity, ConversationLog log) =>
            Send(log, conversationId, activityId, activity));
        conversations.MapPut("/{conversationId}/activities/{activityId}", Update);
        conversations.MapDelete("/{conversationId}/activities/{activityId}", Delete);
    }

    private static IResult Send(ConversationLog log, string conversationId, string? replyToId, JsonObject activity)
    {
        var id = NewActivityId();
        activity["id"] = id;
        if (replyToId is not null && activity["replyToId"] is null)
        {
            activity["replyToId"] = replyToId;
        }

        activity["timestamp"] ??= DateTimeOffset.UtcNow.ToString("O");
        log.Append(PlaygroundEventKinds.Activity, conversationId, id, activity);
        return Results.Ok(new { id });
    }

    private static IResult Update(string conversationId, string activityId, JsonObject activity, ConversationLog log)
    {
        activity["id"] = activityId;
        log.Append(PlaygroundEventKinds.Update, conversationId, activityId, activity);
        return Results.Ok(new { id = activityId });
    }

    private static IResult Delete(string conversationId, string activityId, ConversationLog log)
    {
        log.Append(PlaygroundEventKinds.Delete, conversationId, activityId, activity: null);
        return Results.Ok();
    }

    // POST v3/conversations with ConversationParameters: members (ids, AAD object ids) and an optional first activity.
    private static IResult CreateConversation(JsonObject parameters, ConversationLog log)
    {
        var members = (parameters["members"] as JsonArray ?? [])
            .OfType<JsonObject>()
            .SelectMany(m => new[] { Text(m["id"]), Text(m["aadObjectId"]) })
            .OfType<string>();
        var conversationId = log.Create(members);
        string? activityId = null;
        if (parameters["activity"] is JsonObject first)
        {
            first["conversation"] = new JsonObject { ["id"] = conversationId };
            activityId = NewActivityId();
            first["id"] = activityId;
            first["timestamp"] ??= DateTimeOffset.UtcNow.ToString("O");
            log.Append(PlaygroundEventKinds.Activity, conversationId, activityId, first);
        }

        return Results.Ok(new { id = conversationId, activityId });
    }

    private static string? Text(JsonNode? node) =>
        node is JsonValue value && value.TryGetValue<string>(out var text) && !string.IsNullOrWhiteSpace(text) ? text : null;

    private static string NewActivityId() => Guid.NewGuid().ToString("N");
}
