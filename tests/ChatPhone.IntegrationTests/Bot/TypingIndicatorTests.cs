using ChatPhone.IntegrationTests.Infrastructure;
using static ChatPhone.IntegrationTests.Infrastructure.BotFactory;

namespace ChatPhone.IntegrationTests.Bot;

/// <summary>
/// A turn known to be slow (a number search, a bulk plan, applying a plan) shows the typing indicator first, on every
/// channel, ahead of replies that wait for the commit; a quick one does not. Turns are delivered normally: replies go
/// to a connector on loopback, in the order the bot sent them.
/// </summary>
[Collection(RedisCollection.Name)]
public sealed class TypingIndicatorTests(RedisServerFixture redis) : BotConversation(redis)
{
    private FakeConnector _connector = null!;

    protected override async Task ArrangeAsync() => _connector = await FakeConnector.StartAsync();

    protected override Task CleanUpAsync() => _connector.DisposeAsync().AsTask();

    [Theory]
    [InlineData("msteams", "find 2 numbers in Seattle", "en-US")]
    [InlineData(DirectLine, "find 2 numbers in Seattle", "en-US")]
    [InlineData(DirectLine, "trouve 2 numéros à Seattle", "fr-FR")]
    public async Task ASlowRequest_ShowsTypingBeforeItsAnswer(string channel, string text, string locale)
    {
        var conversation = $"conv-typing-{channel}-{locale}";

        await SendAsync(Client, _connector.Route(On(channel, Message(Megan, text, conversation, locale: locale))));

        var calls = _connector.For(conversation);
        Assert.Equal("typing", (string?)calls[0].Activity["type"]);
        Assert.Single(calls, c => (string?)c.Activity["type"] == "typing");
        Assert.Contains(calls.Skip(1), c => (string?)c.Activity["type"] == "message");
    }

    [Fact]
    public async Task ConfirmingAPlan_ShowsTypingBeforeTheResult()
    {
        const string Conversation = "conv-typing-confirm";
        await SendAsync(Client, _connector.Route(On(DirectLine, Message(Megan, "buy 10 Phone System licenses", Conversation))));
        var plan = _connector.For(Conversation).Last(c => c.Activity.ToJsonString().Contains("plan.confirm"));
        var confirm = (Newtonsoft.Json.Linq.JObject)Newtonsoft.Json.Linq.JObject.Parse(plan.Activity.ToJsonString())
            .SelectTokens("$..data").OfType<Newtonsoft.Json.Linq.JObject>().First(d => (string?)d["verb"] == "plan.confirm");
        var before = _connector.For(Conversation).Count;

        await SendAsync(Client, _connector.Route(Submit(Megan, confirm, Conversation)));

        var calls = _connector.For(Conversation).Skip(before).ToArray();
        Assert.Equal("typing", (string?)calls[0].Activity["type"]);
        Assert.Contains(calls, c => c.Text.Contains("bought in all", StringComparison.Ordinal));
    }

    [Fact]
    public async Task AQuickRequest_ShowsNoTyping_AndExpectRepliesNeverCarriesIt()
    {
        await SendAsync(Client, _connector.Route(On(DirectLine, Message(Megan, "help", "conv-typing-help"))));
        var expectReplies = await SendAsync(Client, On(DirectLine, Message(Megan, "find 2 numbers in Seattle", "conv-typing-er")));

        Assert.DoesNotContain(_connector.For("conv-typing-help"), c => (string?)c.Activity["type"] == "typing");
        Assert.NotEmpty(_connector.For("conv-typing-help"));
        Assert.DoesNotContain(expectReplies, r => (string?)r["type"] == "typing");
        Assert.NotEmpty(expectReplies);
    }
}
