using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace ChatPhone.BrowserTests.Infrastructure;

/// <summary>
/// The Bot Connector side of <see cref="DirectLineServer"/>: the routes the bot calls on its <c>serviceUrl</c> to answer
/// (<c>POST v3/conversations/{id}/activities[/{replyToId}]</c>), each reply joining the conversation the page polls.
/// An update (<c>PUT …/activities/{id}</c>) is refused as the real Direct Line channel refuses it: 405 with
/// <c>BadArgument</c> "This channel does not support this operation", so a bot that edits messages must fall back.
/// </summary>
internal static class DirectLineConnector
{
    public static void Map(IEndpointRouteBuilder app, DirectLineServer server)
    {
        var conversations = app.MapGroup("/v3/conversations/{conversationId}/activities");
        conversations.MapPost("/", (string conversationId, JsonObject activity) => Reply(server, conversationId, null, activity));
        conversations.MapPost("/{activityId}", (string conversationId, string activityId, JsonObject activity) =>
            Reply(server, conversationId, activityId, activity));
        conversations.MapPut("/{activityId}", () =>
        {
            server.RecordUpdateRefused();
            return Results.Json(new { error = new { code = "BadArgument", message = "This channel does not support this operation" } }, statusCode: 405);
        });
    }

    private static IResult Reply(DirectLineServer server, string conversationId, string? replyToId, JsonObject activity)
    {
        if (server.Find(Uri.UnescapeDataString(conversationId)) is not { } conversation)
        {
            server.Problems.Enqueue($"The bot answered in unknown conversation {conversationId}");
            return Results.Json(new { error = new { code = "BadArgument", message = "Conversation not found." } }, statusCode: 404);
        }

        if (replyToId is not null && activity["replyToId"] is null)
        {
            activity["replyToId"] = replyToId;
        }

        return Results.Json(new { id = conversation.Append(activity) });
    }
}
