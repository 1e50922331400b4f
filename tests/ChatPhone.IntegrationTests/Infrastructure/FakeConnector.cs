using System.Collections.Concurrent;
using System.Net;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Logging;

namespace ChatPhone.IntegrationTests.Infrastructure;

/// <summary>
/// A Bot Connector on a loopback port, for turns delivered normally (not <c>expectReplies</c>): the bot
/// posts its replies and updates here, as it would to Teams. Records every call and answers each activity
/// with a new id, like the real service.
/// </summary>
public sealed class FakeConnector : IAsyncDisposable
{
    private readonly WebApplication _app;
    private int _ids;

    private FakeConnector(WebApplication app) => _app = app;

    /// <summary>Every call received, in order.</summary>
    public ConcurrentQueue<ConnectorCall> Calls { get; } = new();

    /// <summary>The base address to put in an activity's <c>serviceUrl</c>.</summary>
    public string ServiceUrl => _app.Urls.First() + "/";

    /// <summary>Starts a connector on a free loopback port.</summary>
    public static async Task<FakeConnector> StartAsync()
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.WebHost.UseUrls("http://127.0.0.1:0");
        builder.Logging.ClearProviders();
        var app = builder.Build();
        var connector = new FakeConnector(app);
        app.MapMethods("/v3/conversations/{conversation}/activities/{**rest}", ["POST", "PUT"], connector.RecordAsync);
        app.MapPost("/v3/conversations/{conversation}/activities", connector.RecordAsync);
        await app.StartAsync();
        return connector;
    }

    /// <summary>The activities posted or put for <paramref name="conversation"/>.</summary>
    public IReadOnlyList<ConnectorCall> For(string conversation) =>
        Calls.Where(c => c.Conversation == conversation).ToArray();

    /// <inheritdoc />
    public async ValueTask DisposeAsync() => await _app.DisposeAsync();

    private async Task<IResult> RecordAsync(HttpContext context, string conversation)
    {
        var body = await JsonNode.ParseAsync(context.Request.Body);
        var id = context.Request.Method == "PUT"
            ? context.Request.Path.Value!.Split('/').Last()
            : "activity-" + Interlocked.Increment(ref _ids);
        Calls.Enqueue(new ConnectorCall(context.Request.Method, WebUtility.UrlDecode(conversation), id, body!.AsObject()));
        return Results.Json(new { id });
    }
}

/// <summary>One call the bot made to the connector.</summary>
/// <param name="Method"><c>POST</c> (a new message) or <c>PUT</c> (an update).</param>
/// <param name="Conversation">The conversation id in the route.</param>
/// <param name="ActivityId">The id given (POST) or updated (PUT).</param>
/// <param name="Activity">The activity sent.</param>
public sealed record ConnectorCall(string Method, string Conversation, string ActivityId, JsonObject Activity);
