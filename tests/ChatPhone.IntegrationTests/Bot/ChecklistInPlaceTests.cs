using ChatPhone.IntegrationTests.Infrastructure;
using Newtonsoft.Json.Linq;
using static ChatPhone.IntegrationTests.Infrastructure.BotFactory;

namespace ChatPhone.IntegrationTests.Bot;

/// <summary>
/// The checklist card is updated in place after a change: the bot remembers the id the connector gave the
/// checklist message and, once a confirmed change is committed, PUTs a rebuilt card on that id.
/// Turns are delivered normally here; replies and updates go to a connector on loopback.
/// </summary>
[Collection(RedisCollection.Name)]
public sealed class ChecklistInPlaceTests(RedisServerFixture redis) : IAsyncLifetime
{
    private BotFactory _factory = null!;
    private HttpClient _client = null!;
    private FakeConnector _connector = null!;

    public async Task InitializeAsync()
    {
        _connector = await FakeConnector.StartAsync();
        _factory = new BotFactory(redis);
        _client = await _factory.ReadyClientAsync();
    }

    public async Task DisposeAsync()
    {
        await _factory.DisposeAsync();
        await _connector.DisposeAsync();
    }

    [Fact]
    public async Task AfterAConfirmedChange_TheChecklistMessageIsUpdatedInPlace_WithTheNewState()
    {
        const string Conversation = "conv-checklist-in-place";
        await SendAsync(_client, Delivered(Message(Megan, "start setup", Conversation)));
        var checklist = _connector.For(Conversation).Single(c => c.Method == "POST" && c.Activity.ToJsonString().Contains("setup.checklist.refresh"));
        Assert.DoesNotContain("\"step\":\"ServiceNumbers\"", checklist.Activity.ToJsonString(), StringComparison.Ordinal);

        await SendAsync(_client, Delivered(Message(Megan, "buy 10 Phone System licenses", Conversation)));
        var plan = _connector.For(Conversation).Last(c => c.Activity.ToJsonString().Contains("plan.confirm"));
        var confirm = (JObject)JObject.Parse(plan.Activity.ToJsonString()).SelectTokens("$..data").OfType<JObject>().First(d => (string?)d["verb"] == "plan.confirm");
        await SendAsync(_client, Delivered(Invoke(Megan, confirm, Conversation)));

        var update = Assert.Single(_connector.For(Conversation), c => c.Method == "PUT");
        Assert.Equal(checklist.ActivityId, update.ActivityId);
        // Buying Phone System unblocks step 4: the updated checklist has its Start button.
        Assert.Contains("\"step\":\"ServiceNumbers\"", update.Activity.ToJsonString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task OnDirectLine_AfterAConfirmedChange_TheNewChecklistArrivesAsANewMessage_OnlyWhenItChanged()
    {
        const string Conversation = "conv-checklist-directline";
        await SendAsync(_client, Delivered(On(DirectLine, Message(Megan, "start setup", Conversation))));
        Assert.DoesNotContain("\"step\":\"ServiceNumbers\"", Posted(Conversation), StringComparison.Ordinal);

        await SendAsync(_client, Delivered(On(DirectLine, Message(Megan, "buy 10 Phone System licenses", Conversation))));
        var plan = _connector.For(Conversation).Last(c => c.Activity.ToJsonString().Contains("plan.confirm"));
        var confirm = (JObject)JObject.Parse(plan.Activity.ToJsonString()).SelectTokens("$..data").OfType<JObject>().First(d => (string?)d["verb"] == "plan.confirm");
        await SendAsync(_client, Delivered(Submit(Megan, confirm, Conversation)));
        var afterChange = _connector.For(Conversation).Count;
        await SendAsync(_client, Delivered(Submit(Megan, confirm, Conversation)));

        Assert.DoesNotContain(_connector.For(Conversation), c => c.Method == "PUT");
        // Buying Phone System unblocks step 4: its Start button is on a new checklist message, posted once.
        var renewed = Assert.Single(_connector.For(Conversation), c => c.Method == "POST" && c.Activity.ToJsonString().Contains("\"step\":\"ServiceNumbers\""));
        Assert.Contains("setup.step.start", renewed.Activity.ToJsonString(), StringComparison.Ordinal);
        Assert.DoesNotContain("Action.Execute", Posted(Conversation), StringComparison.Ordinal);
        // The second click changed nothing: no third checklist.
        Assert.DoesNotContain(_connector.For(Conversation).Skip(afterChange), c => c.Activity.ToJsonString().Contains("setup.step.start"));
    }

    [Fact]
    public async Task WithoutAChecklistInTheConversation_NothingIsUpdated()
    {
        const string Conversation = "conv-no-checklist";
        await SendAsync(_client, Delivered(Message(Megan, "buy 10 Phone System licenses", Conversation)));
        var plan = _connector.For(Conversation).Last(c => c.Activity.ToJsonString().Contains("plan.confirm"));
        var confirm = (JObject)JObject.Parse(plan.Activity.ToJsonString()).SelectTokens("$..data").OfType<JObject>().First(d => (string?)d["verb"] == "plan.confirm");

        await SendAsync(_client, Delivered(Invoke(Megan, confirm, Conversation)));

        Assert.DoesNotContain(_connector.For(Conversation), c => c.Method == "PUT");
        Assert.Contains(_connector.For(Conversation), c => c.Activity.ToJsonString().Contains("bought in all"));
    }

    private string Posted(string conversation) =>
        string.Join("\n", _connector.For(conversation).Where(c => c.Method == "POST").Select(c => c.Activity.ToJsonString()));

    // Normal delivery: the bot answers through the connector instead of in the HTTP response.
    private JObject Delivered(JObject activity) => _connector.Route(activity);
}
