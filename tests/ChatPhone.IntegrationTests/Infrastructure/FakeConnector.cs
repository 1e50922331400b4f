using System.Collections.Concurrent;
using System.Net;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Logging;

namespace ChatPhone.IntegrationTests.Infrastructure;

/// <summary>
/// A Bot Connector on a loopback port, for turns delivered normally (not <c>expectReplies</c>) and proactive messages:
/// the bot posts its replies and updates here, as it would to Teams, and opens 1:1 chats (<c>POST v3/conversations</c>).
/// Records every call with the time it arrived and answers each activity with a new id, like the real service; it can be
/// told to answer the next calls with an error status (with Retry-After) or to hang, like a struggling Teams.
/// </summary>
public sealed class FakeConnector : IAsyncDisposable
{
    private readonly WebApplication _app;
    private readonly ConcurrentQueue<Fault> _faults = new();
    private int _ids;
    private volatile bool _down;

    private FakeConnector(WebApplication app) => _app = app;

    /// <summary>Every activity call received (posted or put, failed or not), in order.</summary>
    public ConcurrentQueue<ConnectorCall> Calls { get; } = new();

    /// <summary>Every "open a conversation" call received, in order (not in <see cref="Calls"/>).</summary>
    public ConcurrentQueue<ConnectorCall> Conversations { get; } = new();

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
        app.MapPost("/v3/conversations", (Delegate)connector.CreateAsync);
        await app.StartAsync();
        return connector;
    }

    /// <summary>
    /// Points <paramref name="activity"/>'s <c>serviceUrl</c> at this connector, in a personal chat or a channel. Unless
    /// <paramref name="expectReplies"/>, it is delivered normally, so the turn's replies come here rather than in the response.
    /// </summary>
    public Newtonsoft.Json.Linq.JObject Route(Newtonsoft.Json.Linq.JObject activity, bool personal = true, bool expectReplies = false)
    {
        if (!expectReplies)
        {
            activity.Remove("deliveryMode");
        }

        activity["serviceUrl"] = ServiceUrl;
        ((Newtonsoft.Json.Linq.JObject)activity["conversation"]!)["conversationType"] = personal ? "personal" : "channel";
        return activity;
    }

    /// <summary>The activities posted or put for <paramref name="conversation"/>.</summary>
    public IReadOnlyList<ConnectorCall> For(string conversation) =>
        Calls.Where(c => c.Conversation == conversation).ToArray();

    /// <summary>The activities <paramref name="conversation"/> really received (answered 2xx).</summary>
    public IReadOnlyList<ConnectorCall> DeliveredTo(string conversation) =>
        For(conversation).Where(c => c.Status is >= 200 and < 300).ToArray();

    /// <summary>Answers the next <paramref name="count"/> calls (of any kind) with <paramref name="status"/>, and a Retry-After when given.</summary>
    public void FailNext(int count, int status, TimeSpan? retryAfter = null)
    {
        for (var i = 0; i < count; i++)
        {
            _faults.Enqueue(new Fault(status, retryAfter, Hang: false));
        }
    }

    /// <summary>Never answers the next <paramref name="count"/> calls (the caller times out; the request did arrive).</summary>
    public void HangNext(int count = 1)
    {
        for (var i = 0; i < count; i++)
        {
            _faults.Enqueue(new Fault(0, null, Hang: true));
        }
    }

    /// <summary>Answers 502 to everything until <see cref="Recover"/>.</summary>
    public void GoDown() => _down = true;

    /// <summary>Answers normally again (and forgets queued faults).</summary>
    public void Recover()
    {
        _down = false;
        _faults.Clear();
    }

    /// <inheritdoc />
    public async ValueTask DisposeAsync() => await _app.DisposeAsync();

    private async Task<IResult> RecordAsync(HttpContext context, string conversation)
    {
        var at = DateTimeOffset.UtcNow;
        var body = await JsonNode.ParseAsync(context.Request.Body);
        var fault = NextFault();
        var id = context.Request.Method == "PUT"
            ? context.Request.Path.Value!.Split('/').Last()
            : "activity-" + Interlocked.Increment(ref _ids);
        Calls.Enqueue(new ConnectorCall(context.Request.Method, WebUtility.UrlDecode(conversation), id, body!.AsObject())
        {
            At = at, Status = fault?.Status ?? 200,
        });
        return await AnswerAsync(context, fault, () => Results.Json(new { id }));
    }

    // Teams answers an existing 1:1 chat with the same id: derive the id from the member.
    private async Task<IResult> CreateAsync(HttpContext context)
    {
        var at = DateTimeOffset.UtcNow;
        var body = (await JsonNode.ParseAsync(context.Request.Body))!.AsObject();
        var fault = NextFault();
        var member = (string?)body["members"]?[0]?["id"] ?? "nobody";
        var id = "a:personal-" + member;
        Conversations.Enqueue(new ConnectorCall("POST", id, id, body) { At = at, Status = fault?.Status ?? 200 });
        return await AnswerAsync(context, fault, () => Results.Json(new { id }));
    }

    private Fault? NextFault() =>
        _down ? new Fault(502, null, Hang: false) : _faults.TryDequeue(out var fault) ? fault : null;

    private static async Task<IResult> AnswerAsync(HttpContext context, Fault? fault, Func<IResult> ok)
    {
        if (fault is null)
        {
            return ok();
        }

        if (fault.Hang)
        {
            // Until the caller gives up and drops the connection.
            await Task.Delay(Timeout.Infinite, context.RequestAborted).ContinueWith(_ => { }, TaskScheduler.Default);
            return Results.Empty;
        }

        if (fault.RetryAfter is { } retryAfter)
        {
            context.Response.Headers.RetryAfter = ((int)Math.Ceiling(retryAfter.TotalSeconds)).ToString(System.Globalization.CultureInfo.InvariantCulture);
        }

        return Results.Json(new { error = new { code = "Fault", message = $"Injected {fault.Status}" } }, statusCode: fault.Status);
    }

    private sealed record Fault(int Status, TimeSpan? RetryAfter, bool Hang);
}

/// <summary>One call the bot made to the connector.</summary>
/// <param name="Method"><c>POST</c> (a new message) or <c>PUT</c> (an update).</param>
/// <param name="Conversation">The conversation id in the route.</param>
/// <param name="ActivityId">The id given (POST) or updated (PUT).</param>
/// <param name="Activity">The activity sent.</param>
public sealed record ConnectorCall(string Method, string Conversation, string ActivityId, JsonObject Activity)
{
    /// <summary>When the call arrived.</summary>
    public DateTimeOffset At { get; init; }

    /// <summary>The status it was answered with (200 unless a fault was injected; 0 when the connector hung).</summary>
    public int Status { get; init; } = 200;

    /// <summary>The activity's text.</summary>
    public string Text => (string?)Activity["text"] ?? string.Empty;
}
