using System.Collections.Concurrent;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Logging;

namespace ChatPhone.BrowserTests.Infrastructure;

/// <summary>
/// A Direct Line 3.0 channel on a loopback port, as much of it as Web Chat's DirectLineJS client uses when polling:
/// start a conversation, post an activity (echoed, then delivered to the bot's <c>/api/messages</c> with this server as
/// its <c>serviceUrl</c>), get the activities after a watermark, refresh the token. The bot answers through
/// <see cref="DirectLineConnector"/> on the same server. Also serves the test page and Web Chat's bundle, so the page
/// needs nothing else. Anything unexpected (an unknown route, a wrong token, a refused delivery) is kept in <see cref="Problems"/>.
/// </summary>
public sealed class DirectLineServer : IAsyncDisposable
{
    /// <summary>The <c>channelId</c> of every activity, as the real Direct Line channel writes it.</summary>
    public const string ChannelId = "directline";

    /// <summary>The bot's account in the conversation.</summary>
    public static readonly JsonObject Bot = new() { ["id"] = "chatphone-bot", ["name"] = "ChatPhone", ["role"] = "bot" };

    private readonly WebApplication _app;
    private readonly HttpClient _bot;
    private readonly ConcurrentDictionary<string, DirectLineConversation> _conversations = new();
    private int _updatesRefused;

    private DirectLineServer(WebApplication app, Uri bot)
    {
        _app = app;
        _bot = new HttpClient { BaseAddress = bot, Timeout = TimeSpan.FromSeconds(60) };
    }

    /// <summary>The one token this channel issues and expects (<c>Authorization: Bearer …</c>).</summary>
    public string Token { get; } = "test-token-" + Guid.NewGuid().ToString("N");

    /// <summary>This server's base address, also the connector's <c>serviceUrl</c> the bot replies to.</summary>
    public Uri Address => new(_app.Urls.First() + "/");

    /// <summary>What went wrong on the channel's side; a passing journey leaves it empty.</summary>
    public ConcurrentQueue<string> Problems { get; } = new();

    /// <summary>How many in-place updates the bot asked for (each refused, as Direct Line refuses them).</summary>
    public int UpdatesRefused => _updatesRefused;

    /// <summary>Starts the channel on a free loopback port, delivering to the bot at <paramref name="bot"/>.</summary>
    public static async Task<DirectLineServer> StartAsync(Uri bot, string webChatScript)
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.WebHost.UseUrls("http://127.0.0.1:0");
        builder.Logging.ClearProviders();
        var app = builder.Build();
        var server = new DirectLineServer(app, bot);
        app.MapGet("/", () => Results.File(WebChatPackage.PagePath, "text/html; charset=utf-8"));
        app.MapGet("/webchat.js", () => Results.File(webChatScript, "text/javascript; charset=utf-8"));
        var channel = app.MapGroup("/v3/directline");
        channel.MapPost("/conversations", server.StartConversation);
        channel.MapPost("/tokens/refresh", server.RefreshToken);
        channel.MapGet("/conversations/{conversationId}/activities", server.Activities);
        channel.MapPost("/conversations/{conversationId}/activities", server.PostAsync);
        DirectLineConnector.Map(app, server);
        app.MapFallback((HttpContext context) =>
        {
            server.Problems.Enqueue($"Unexpected request: {context.Request.Method} {context.Request.Path}{context.Request.QueryString}");
            return Results.NotFound();
        });
        await app.StartAsync();
        return server;
    }

    /// <summary>The page address that renders Web Chat for <paramref name="userId"/> in <paramref name="locale"/>.</summary>
    public Uri PageFor(string userId, string userName, string locale) =>
        new(Address, $"?token={Uri.EscapeDataString(Token)}&user={Uri.EscapeDataString(userId)}&name={Uri.EscapeDataString(userName)}&locale={Uri.EscapeDataString(locale)}");

    /// <summary>Every conversation's activities so far, for failure messages.</summary>
    public string Transcript() =>
        string.Join('\n', _conversations.Values.SelectMany(c => c.Transcript()));

    internal DirectLineConversation? Find(string conversationId) =>
        _conversations.TryGetValue(conversationId, out var conversation) ? conversation : null;

    internal void RecordUpdateRefused() => Interlocked.Increment(ref _updatesRefused);

    /// <inheritdoc />
    public async ValueTask DisposeAsync()
    {
        _bot.Dispose();
        await _app.DisposeAsync();
    }

    private IResult StartConversation(HttpContext context)
    {
        if (Refused(context) is { } refusal)
        {
            return refusal;
        }

        var conversation = new DirectLineConversation(Guid.NewGuid().ToString("N"));
        _conversations[conversation.Id] = conversation;
        return Results.Json(new { conversationId = conversation.Id, token = Token, expires_in = 1800, streamUrl = (string?)null }, statusCode: 201);
    }

    private IResult RefreshToken(HttpContext context) =>
        Refused(context) ?? Results.Json(new { token = Token, expires_in = 1800 });

    private IResult Activities(HttpContext context, string conversationId, string? watermark) =>
        Refused(context) ?? (Find(conversationId) is { } conversation
            ? Results.Content(conversation.Since(watermark).ToJsonString(), "application/json")
            : NotFound(conversationId));

    // As Direct Line does: the activity joins the conversation first (the page sees its echo), then goes to the bot;
    // the client learns its id once the bot has taken it, and an error when the bot refused it.
    private async Task<IResult> PostAsync(HttpContext context, string conversationId)
    {
        if (Refused(context) is { } refusal)
        {
            return refusal;
        }

        if (Find(conversationId) is not { } conversation)
        {
            return NotFound(conversationId);
        }

        var activity = (await JsonNode.ParseAsync(context.Request.Body))!.AsObject();
        activity["serviceUrl"] = Address.ToString();
        activity["recipient"] = Bot.DeepClone();
        var id = conversation.Append(activity);
        var delivery = await _bot.PostAsJsonAsync("api/messages", activity);
        if (!delivery.IsSuccessStatusCode)
        {
            var body = await delivery.Content.ReadAsStringAsync();
            Problems.Enqueue($"The bot answered {(int)delivery.StatusCode} to activity {id}: {body}");
            return Results.Json(new { error = new { code = "BotError", message = $"The bot answered {(int)delivery.StatusCode}." } }, statusCode: 502);
        }

        return Results.Json(new { id });
    }

    private IResult? Refused(HttpContext context)
    {
        if (context.Request.Headers.Authorization.ToString() == "Bearer " + Token)
        {
            return null;
        }

        Problems.Enqueue($"Wrong or missing token on {context.Request.Method} {context.Request.Path}");
        return Results.Json(new { error = new { code = "TokenInvalid", message = "Wrong token." } }, statusCode: 403);
    }

    private IResult NotFound(string conversationId)
    {
        Problems.Enqueue($"Unknown conversation {conversationId}");
        return Results.Json(new { error = new { code = "BadArgument", message = "Conversation not found." } }, statusCode: 404);
    }
}
