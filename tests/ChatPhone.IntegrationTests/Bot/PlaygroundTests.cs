using System.Net;
using System.Text;
using ChatPhone.IntegrationTests.Infrastructure;
using Microsoft.AspNetCore.Hosting;
using Newtonsoft.Json.Linq;
using static ChatPhone.IntegrationTests.Infrastructure.BotFactory;

namespace ChatPhone.IntegrationTests.Bot;

/// <summary>
/// The playground's local connector, on the real host listening on a loopback port: the bot's replies
/// to an activity whose serviceUrl is the playground go over HTTP to that connector and come out on the
/// page's event stream; updates, deletes and created conversations too.
/// </summary>
[Collection(RedisCollection.Name)]
public sealed class PlaygroundTests(RedisServerFixture redis) : IAsyncLifetime
{
    private KestrelBotFactory _factory = null!;
    private HttpClient _client = null!;

    public async Task InitializeAsync()
    {
        _factory = new KestrelBotFactory(redis);
        await _factory.StartAsync();
        _client = _factory.CreateClient();
    }

    public async Task DisposeAsync()
    {
        _client.Dispose();
        await _factory.DisposeAsync();
    }

    [Fact]
    public async Task Message_WithThePlaygroundServiceUrl_IsAnsweredThroughTheConnector_OnTheEventStream()
    {
        await using var stream = await EventStreamReader.OpenAsync(_client, "pg-help");
        var message = PlaygroundMessage(Alex, "help", "pg-help");

        var response = await PostAsync("/api/messages", message);
        var reply = await stream.NextAsync();

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("activity", reply.Kind);
        Assert.Equal("pg-help", (string?)reply.Data["conversationId"]);
        Assert.Equal((string?)message["id"], (string?)reply.Data["activity"]!["replyToId"]);
        Assert.Equal((string?)reply.Data["activityId"], (string?)reply.Data["activity"]!["id"]);
        Assert.Contains("What I can do for you", reply.Data.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task CardClick_AsAnInvoke_AnswersWithTheInvokeResponse_AndTheTextArrivesOnTheStream()
    {
        await using var stream = await EventStreamReader.OpenAsync(_client, "pg-setup");
        await PostAsync("/api/messages", PlaygroundMessage(Megan, "start setup", "pg-setup"));
        var checklist = await stream.NextAsync();
        var card = (JObject)checklist.Data["activity"]!["attachments"]![0]!["content"]!;
        var refresh = (JObject)card["refresh"]!["action"]!["data"]!;
        var click = Invoke(Megan, refresh, "pg-setup");
        click.Remove("deliveryMode");
        click["serviceUrl"] = ServiceUrl;
        click["replyToId"] = checklist.Data["activityId"];

        var response = await PostAsync("/api/messages", click);
        var body = JObject.Parse(await response.Content.ReadAsStringAsync());

        Assert.Equal(200, (int?)body["statusCode"]);
        Assert.Equal("application/vnd.microsoft.card.adaptive", (string?)body["type"]);
        Assert.Contains("Teams Phone setup", body["value"]!.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Update_PutOnTheConnector_IsStreamedAsAnUpdateOfThatActivity()
    {
        await using var stream = await EventStreamReader.OpenAsync(_client, "pg-update");
        var activity = new JObject { ["type"] = "message", ["text"] = "step 3 done" };

        var response = await SendAsync(HttpMethod.Put, "/playground/connector/v3/conversations/pg-update/activities/card-1", activity);
        var update = await stream.NextAsync();

        Assert.Equal("card-1", (string?)JObject.Parse(await response.Content.ReadAsStringAsync())["id"]);
        Assert.Equal("update", update.Kind);
        Assert.Equal("card-1", (string?)update.Data["activityId"]);
        Assert.Equal("step 3 done", (string?)update.Data["activity"]!["text"]);
    }

    [Fact]
    public async Task SendAndDelete_OnTheConnector_GiveANewIdThenStreamTheDelete()
    {
        await using var stream = await EventStreamReader.OpenAsync(_client, "pg-delete");

        var sent = await SendAsync(HttpMethod.Post, "/playground/connector/v3/conversations/pg-delete/activities", new JObject { ["type"] = "message", ["text"] = "hi" });
        var id = (string?)JObject.Parse(await sent.Content.ReadAsStringAsync())["id"];
        await SendAsync(HttpMethod.Delete, $"/playground/connector/v3/conversations/pg-delete/activities/{id}", content: null);

        Assert.False(string.IsNullOrEmpty(id));
        Assert.Equal(id, (string?)(await stream.NextAsync()).Data["activityId"]);
        var deleted = await stream.NextAsync();
        Assert.Equal(("delete", id), (deleted.Kind, (string?)deleted.Data["activityId"]));
    }

    [Fact]
    public async Task CreatedConversation_ReachesThePageOfItsMember_AndNoOtherPage()
    {
        await using var alexPage = await EventStreamReader.OpenAsync(_client, "pg-alex", Alex);
        await using var samPage = await EventStreamReader.OpenAsync(_client, "pg-sam", Sam);
        var parameters = new JObject
        {
            ["isGroup"] = false,
            ["bot"] = new JObject { ["id"] = "28:chatphone" },
            ["members"] = new JArray(new JObject { ["id"] = "29:" + Alex }),
            ["activity"] = new JObject { ["type"] = "message", ["text"] = "Your number is ready" },
        };

        var created = JObject.Parse(await (await SendAsync(HttpMethod.Post, "/playground/connector/v3/conversations", parameters)).Content.ReadAsStringAsync());
        await SendAsync(HttpMethod.Post, "/playground/connector/v3/conversations/pg-sam/activities", new JObject { ["type"] = "message", ["text"] = "for Sam" });
        var toAlex = await alexPage.NextAsync();
        var toSam = await samPage.NextAsync();

        Assert.Equal((string?)created["id"], (string?)toAlex.Data["conversationId"]);
        Assert.Equal((string?)created["activityId"], (string?)toAlex.Data["activityId"]);
        Assert.Equal("Your number is ready", (string?)toAlex.Data["activity"]!["text"]);
        Assert.Equal("for Sam", (string?)toSam.Data["activity"]!["text"]);
    }

    [Fact]
    public async Task Page_IsServedWithTheRenderer_AndPeopleComeFromTheDirectory()
    {
        var page = await _client.GetStringAsync("/");
        var renderer = await _client.GetAsync("/playground/lib/adaptivecards.min.js");
        var people = JObject.Parse(await _client.GetStringAsync("/playground/people"));
        var french = JObject.Parse(await _client.GetStringAsync("/playground/strings?lang=fr-FR"));

        Assert.Contains("/playground/playground.js", page, StringComparison.Ordinal);
        Assert.True(renderer.IsSuccessStatusCode, "The Adaptive Cards renderer is not served: the bot's build runs `npm ci` in bot/Playground/client (needs Node.js and npm).");
        Assert.Equal("demo", (string?)people["tenantId"]);
        Assert.Contains(people["people"]!, p => (string?)p["upn"] == "megan.bowen@contoso.com" && (string?)p["role"] == "admin" && (string?)p["aadObjectId"] == Megan);
        Assert.Equal("Parler en tant que", (string?)french["Person"]);
    }

    [Fact]
    public async Task Playground_InProductionWithAnAppId_IsNotServed()
    {
        // In memory (TestServer): no port to take.
        await using var inMemory = new BotFactory(redis);
        await using var production = inMemory.WithWebHostBuilder(b =>
        {
            b.UseEnvironment("Production");
            b.UseSetting("MicrosoftAppId", "11111111-2222-3333-4444-555555555555");
        });
        using var client = production.CreateClient();

        Assert.Equal(HttpStatusCode.NotFound, (await client.GetAsync("/")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await client.PutAsync("/playground/connector/v3/conversations/c/activities/a", Json(new JObject()))).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await client.GetAsync("/playground/people")).StatusCode);
    }

    private string ServiceUrl => new Uri(_factory.Address, "/playground/connector/").ToString();

    private JObject PlaygroundMessage(string user, string text, string conversation)
    {
        var message = Message(user, text, conversation);
        message.Remove("deliveryMode");
        message["serviceUrl"] = ServiceUrl;
        return message;
    }

    private Task<HttpResponseMessage> PostAsync(string path, JObject body) => SendAsync(HttpMethod.Post, path, body);

    private async Task<HttpResponseMessage> SendAsync(HttpMethod method, string path, JObject? content)
    {
        var response = await _client.SendAsync(new HttpRequestMessage(method, path) { Content = content is null ? null : Json(content) });
        Assert.True(response.IsSuccessStatusCode, $"{method} {path}: HTTP {(int)response.StatusCode} {await response.Content.ReadAsStringAsync()}");
        return response;
    }

    private static StringContent Json(JObject body) => new(body.ToString(), Encoding.UTF8, "application/json");
}
