using System.Net;
using System.Text;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;
using Newtonsoft.Json.Linq;

namespace ChatPhone.IntegrationTests.Infrastructure;

/// <summary>
/// The real bot host (Program) in memory, on the test RESP server with its own key prefix, demo
/// tenant seeded. Turns go through <c>POST /api/messages</c> with <c>deliveryMode: expectReplies</c>.
/// <paramref name="settings"/> override configuration keys (e.g. the proactive sender's delays).
/// </summary>
public sealed class BotFactory(IRespServer redis, params (string Key, string Value)[] settings) : WebApplicationFactory<Program>
{
    public const string Megan = "00000000-0000-4000-8000-000000000001";
    public const string Camille = "00000000-0000-4000-8000-000000000002";
    public const string Priya = "00000000-0000-4000-8000-000000000003";
    public const string Alex = "00000000-0000-4000-8000-000000000004";
    public const string Sam = "00000000-0000-4000-8000-000000000005";

    private readonly string _prefix = CoreServices.UniquePrefix();

    /// <summary>Services a test puts in place of the host's (a test double behind a port, a feature of its own), if any.</summary>
    public Action<IServiceCollection>? TestServices { get; init; }

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseEnvironment("Development");
        builder.UseSetting("Redis:ConnectionString", redis.ConnectionString);
        builder.UseSetting("Redis:KeyPrefix", _prefix);
        builder.UseSetting("ChatPhone:SeedDemo", "true");
        builder.UseSetting("ChatPhone:DefaultTenantId", "demo");
        foreach (var (key, value) in settings)
        {
            builder.UseSetting(key, value);
        }

        if (TestServices is { } services)
        {
            builder.ConfigureTestServices(services);
        }
    }

    /// <summary>Waits until <c>/healthz</c> says ready (demo seeded).</summary>
    public Task<HttpClient> ReadyClientAsync() => ReadyClientAsync(this);

    /// <summary>A client of <paramref name="factory"/> (this bot, or one derived from it), once <c>/healthz</c> says ready.</summary>
    public static async Task<HttpClient> ReadyClientAsync(WebApplicationFactory<Program> factory)
    {
        var client = factory.CreateClient();
        for (var i = 0; i < 150; i++)
        {
            if ((await client.GetAsync("/healthz")).StatusCode == HttpStatusCode.OK)
            {
                return client;
            }

            await Task.Delay(200);
        }

        throw new TimeoutException("The bot did not become healthy within 30 s.");
    }

    /// <summary>A message activity from <paramref name="userId"/>.</summary>
    public static JObject Message(string userId, string? text, string conversation = "conv-1", string? tenant = null, string locale = "en-US") =>
        new()
        {
            ["type"] = "message",
            ["id"] = Guid.NewGuid().ToString("N"),
            ["channelId"] = "msteams",
            ["serviceUrl"] = "http://127.0.0.1:9/",
            ["deliveryMode"] = "expectReplies",
            ["locale"] = locale,
            ["from"] = new JObject { ["id"] = "29:" + userId, ["aadObjectId"] = userId, ["name"] = "Someone" },
            ["recipient"] = new JObject { ["id"] = "28:chatphone" },
            ["conversation"] = tenant is null
                ? new JObject { ["id"] = conversation }
                : new JObject { ["id"] = conversation, ["tenantId"] = tenant },
            ["text"] = text,
        };

    /// <summary>The channel Web Chat speaks through (Direct Line): buttons there must be plain <c>Action.Submit</c>.</summary>
    public const string DirectLine = "directline";

    /// <summary><paramref name="activity"/>, sent through <paramref name="channelId"/> instead of Teams.</summary>
    public static JObject On(string channelId, JObject activity)
    {
        activity["channelId"] = channelId;
        return activity;
    }

    /// <summary>A card click as Web Chat sends it (<c>Action.Submit</c>): a message without text whose value is the button's data.</summary>
    public static JObject Submit(string user, JObject data, string conversation = "conv-1", string locale = "en-US", string channelId = DirectLine)
    {
        var submit = On(channelId, Message(user, null, conversation, locale: locale));
        submit.Remove("text");
        submit["value"] = data;
        return submit;
    }

    /// <summary>A card click as Teams sends it: an <c>adaptiveCard/action</c> invoke carrying the action's data (plus inputs).</summary>
    public static JObject Invoke(string user, JObject data, string conversation = "conv-1", string locale = "en-US")
    {
        var invoke = Message(user, null, conversation, locale: locale);
        invoke["type"] = "invoke";
        invoke["name"] = "adaptiveCard/action";
        invoke.Remove("text");
        invoke["value"] = new JObject
        {
            ["action"] = new JObject { ["type"] = "Action.Execute", ["verb"] = data["verb"], ["data"] = data },
            ["trigger"] = "manual",
        };
        return invoke;
    }

    /// <summary>Posts an activity and returns the replies of the turn.</summary>
    public static async Task<IReadOnlyList<JObject>> SendAsync(HttpClient client, JObject activity)
    {
        var response = await client.PostAsync("/api/messages", new StringContent(activity.ToString(), Encoding.UTF8, "application/json"));
        var body = await response.Content.ReadAsStringAsync();
        Assert.True(response.IsSuccessStatusCode, $"HTTP {(int)response.StatusCode}: {body}");
        if (string.IsNullOrEmpty(body))
        {
            return [];
        }

        var json = JObject.Parse(body);
        var activities = json["activities"] ?? json["body"]?["activities"];
        var replies = activities?.Children<JObject>().ToArray() ?? [];
        AssertRunnableOn((string?)activity["channelId"], replies);
        return replies;
    }

    /// <summary>
    /// Outside Teams, every card of <paramref name="replies"/> has only buttons the client runs: no <c>Action.Execute</c>
    /// (Web Chat's renderer would pick it over the Submit fallback and drop the click) and no <c>refresh</c>.
    /// </summary>
    public static void AssertRunnableOn(string? channelId, IEnumerable<JObject> replies)
    {
        if (string.Equals(channelId, "msteams", StringComparison.OrdinalIgnoreCase))
        {
            return;
        }

        foreach (var card in replies.SelectMany(r => r["attachments"]?.Children<JObject>() ?? []).Select(a => a["content"]).OfType<JObject>())
        {
            Assert.DoesNotContain(card.SelectTokens("$..type"), t => (string?)t == "Action.Execute");
            Assert.Null(card["refresh"]);
        }
    }

    /// <summary>The content of the first card among <paramref name="replies"/>.</summary>
    public static JObject CardOf(IReadOnlyList<JObject> replies) =>
        (JObject?)replies.SelectMany(r => r["attachments"]?.Children<JObject>() ?? []).FirstOrDefault()?["content"]
        ?? throw new Xunit.Sdk.XunitException($"No card in what the bot answered:\n{Shown(replies)}");

    /// <summary>The data of the first button with <paramref name="verb"/> on the cards sent, else on the card an invoke response carries.</summary>
    public static JObject ActionData(IReadOnlyList<JObject> replies, string verb) =>
        replies.SelectMany(r => r["attachments"]?.Children<JObject>() ?? []).SelectMany(a => a.SelectTokens("$..data"))
            .Concat(replies.Where(r => (string?)r["type"] == "invokeResponse").SelectMany(r => r["value"]?.SelectTokens("$..data") ?? []))
            .OfType<JObject>()
            .FirstOrDefault(d => (string?)d["verb"] == verb)
        ?? throw new Xunit.Sdk.XunitException($"No button with verb {verb} in what the bot answered:\n{Shown(replies)}");

    /// <summary>
    /// What a step form's button named by <paramref name="intent"/> sends, as Teams sends it: the button's data with
    /// the current value of every input of its card merged in, then <paramref name="values"/> (input id → value) on top.
    /// </summary>
    public static JObject FormData(IReadOnlyList<JObject> replies, string intent, params (string Id, string Value)[] values)
    {
        var cards = replies.SelectMany(r => r["attachments"]?.Children<JObject>() ?? []).Select(a => (JObject)a["content"]!)
            .Concat(replies.Where(r => (string?)r["type"] == "invokeResponse").Select(r => r["value"]?["body"]?["value"]).OfType<JObject>());
        var card = cards.First(c => c.SelectTokens("$..data").OfType<JObject>().Any(d => (string?)d["verb"] == "form.submit" && (string?)d["intent"] == intent));
        var data = WithInputs(card, card.SelectTokens("$..data").OfType<JObject>().First(d => (string?)d["verb"] == "form.submit" && (string?)d["intent"] == intent));
        foreach (var (id, value) in values)
        {
            data[id] = value;
        }

        return data;
    }

    /// <summary>A copy of a button's <paramref name="data"/> with the current value of every input of its <paramref name="card"/> merged in, as Teams sends a click.</summary>
    public static JObject WithInputs(JObject card, JObject data)
    {
        var merged = (JObject)data.DeepClone();
        foreach (var input in card.SelectTokens("$..[?(@.id)]").OfType<JObject>().Where(e => ((string?)e["type"])?.StartsWith("Input.", StringComparison.Ordinal) == true))
        {
            merged[(string)input["id"]!] = input["value"]?.ToString() ?? string.Empty;
        }

        return merged;
    }

    /// <summary>The data of the first object button (Show, Edit, Remove…) for <paramref name="intent"/> on the first card.</summary>
    public static JObject ObjectButton(IReadOnlyList<JObject> replies, string intent) =>
        CardOf(replies).SelectTokens("$..data").OfType<JObject>().First(d => (string?)d["verb"] == "object.act" && (string?)d["intent"] == intent);

    /// <summary>The data of a plan card's Confirm button.</summary>
    public static JObject ConfirmData(IReadOnlyList<JObject> plan) => ActionData(plan, "plan.confirm");

    /// <summary>Everything a reply shows: its text, its card JSON, and the card an invoke response carries.</summary>
    public static string Shown(IEnumerable<JObject> replies) =>
        string.Join("\n", replies.Select(r => r["text"]?.ToString() + r["attachments"]?.ToString(Newtonsoft.Json.Formatting.None)
            + ((string?)r["type"] == "invokeResponse" ? r["value"]?.ToString(Newtonsoft.Json.Formatting.None) : null)));
}
