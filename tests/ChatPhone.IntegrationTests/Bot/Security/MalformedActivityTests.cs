using System.Net;
using System.Text;
using ChatPhone.IntegrationTests.Infrastructure;
using Newtonsoft.Json;
using Newtonsoft.Json.Linq;
using static ChatPhone.IntegrationTests.Infrastructure.BotFactory;

namespace ChatPhone.IntegrationTests.Bot.Security;

/// <summary>
/// The bugs the fuzzer (<see cref="FuzzingTests"/>) found, one focused case each, through <c>POST /api/messages</c>:
/// any emoji (a surrogate pair) failed the turn, an activity without a usable <c>serviceUrl</c> or conversation id
/// answered 500, a click
/// nested deeper than 64 levels failed the turn, and a "member added" the connector did not know failed the turn.
/// </summary>
[Collection(RedisCollection.Name)]
public sealed class MalformedActivityTests(RedisServerFixture redis) : IAsyncLifetime
{
    private const string WentWrong = "something went wrong";
    private BotFactory _factory = null!;
    private HttpClient _client = null!;

    public async Task InitializeAsync()
    {
        _factory = new BotFactory(redis);
        _client = await _factory.ReadyClientAsync();
    }

    public async Task DisposeAsync() => await _factory.DisposeAsync();

    [Theory]
    [InlineData("what's my number? 👍", "You don’t have a phone number yet")]
    [InlineData("what's my number? \\ud800", "You don’t have a phone number yet")]
    [InlineData("give alex\\udfff Phone System", "Alex")]
    public async Task TextWithEmojiOrLoneSurrogates_IsAnswered_NotWithTheGenericError(string escapedText, string expected)
    {
        // The escape goes into the JSON as written: a lone surrogate cannot be built as a .NET string and encoded.
        var body = Message(Alex, "@@TEXT@@").ToString(Formatting.None).Replace("@@TEXT@@", escapedText, StringComparison.Ordinal);
        if (expected == "Alex")
        {
            body = body.Replace(Alex, Megan, StringComparison.Ordinal);
        }

        var (status, answer) = await PostAsync(body);

        Assert.Equal(HttpStatusCode.OK, status);
        Assert.Contains(expected, answer, StringComparison.Ordinal);
        Assert.DoesNotContain(WentWrong, answer, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("not a url")]
    [InlineData("ftp://127.0.0.1/")]
    [InlineData("/relative/path")]
    public async Task ActivityWithoutAnAbsoluteHttpServiceUrl_IsRefusedWith400(string? serviceUrl)
    {
        var activity = Message(Alex, "help");
        activity["serviceUrl"] = serviceUrl;

        var (status, _) = await PostAsync(activity.ToString(Formatting.None));

        Assert.Equal(HttpStatusCode.BadRequest, status);
    }

    [Theory]
    [InlineData("null")]
    [InlineData("\"\"")]
    [InlineData("{\"tenantId\":\"demo\"}")]
    public async Task ActivityWithoutAConversationId_IsRefusedWith400_EvenDeliveredNormally(string conversation)
    {
        // Delivered normally, the reply was posted to no conversation: the framework threw (500) after the turn ran.
        await using var connector = await FakeConnector.StartAsync();
        var answered = connector.Route(Message(Alex, "help", "conv-control"));
        var activity = connector.Route(Message(Alex, "help"));
        activity["conversation"] = "@@CONVERSATION@@";

        var (status, _) = await PostAsync(activity.ToString(Formatting.None).Replace("\"@@CONVERSATION@@\"", conversation, StringComparison.Ordinal));

        Assert.Equal(HttpStatusCode.OK, (await PostAsync(answered.ToString(Formatting.None))).Status);
        Assert.Equal(HttpStatusCode.BadRequest, status);
    }

    [Fact]
    public async Task ClickNestedDeeperThanAnyCard_IsRefusedAsDamaged_WithoutFailingTheTurn()
    {
        var nested = string.Concat(Enumerable.Repeat("{\"a\":", 100)) + "1" + new string('}', 100);
        var activity = Message(Megan, null);
        activity["value"] = "@@VALUE@@";
        var body = activity.ToString(Formatting.None).Replace("\"@@VALUE@@\"", "{\"verb\":\"plan.confirm\",\"x\":" + nested + "}", StringComparison.Ordinal);

        var (status, answer) = await PostAsync(body);

        Assert.Equal(HttpStatusCode.OK, status);
        Assert.Contains("This button’s data is incomplete or damaged", answer, StringComparison.Ordinal);
    }

    [Fact]
    public async Task MemberAddedThatTheConnectorDoesNotKnow_IsNotLookedUp_AndFailsNothing()
    {
        // Nothing answers at the service URL: looking the member up there (as the framework does) failed the turn.
        var activity = Message(Megan, null);
        activity["type"] = "conversationUpdate";
        activity["membersAdded"] = new JArray(new JObject { ["id"] = "29:nobody-knows-me" }, new JObject { ["id"] = "28:chatphone" });

        var (status, answer) = await PostAsync(activity.ToString(Formatting.None));

        Assert.Equal(HttpStatusCode.OK, status);
        Assert.DoesNotContain(WentWrong, answer, StringComparison.Ordinal);
    }

    private async Task<(HttpStatusCode Status, string Answer)> PostAsync(string body)
    {
        using var response = await _client.PostAsync("/api/messages", new StringContent(body, Encoding.UTF8, "application/json"));
        return (response.StatusCode, await response.Content.ReadAsStringAsync());
    }
}
