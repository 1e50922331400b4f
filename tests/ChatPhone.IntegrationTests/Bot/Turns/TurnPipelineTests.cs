using System.Collections.Concurrent;
using ChatPhone.Bot.Flows;
using ChatPhone.Bot.Turns;
using ChatPhone.IntegrationTests.Infrastructure;
using Microsoft.Extensions.DependencyInjection;
using Newtonsoft.Json.Linq;
using static ChatPhone.IntegrationTests.Infrastructure.BotFactory;

namespace ChatPhone.IntegrationTests.Bot.Turns;

/// <summary>
/// The order of a turn as <see cref="TurnPipeline"/> runs it, seen through <c>POST /api/messages</c> by a feature plugged
/// in beside the bot's own: it follows the routing inside the turn (what it says is held and sent with the turn's replies),
/// runs again once those replies are out, sees a click's verb read once, and runs once for an activity delivered twice.
/// </summary>
[Collection(RedisCollection.Name)]
public sealed class TurnPipelineTests(RedisServerFixture redis) : BotConversation(redis)
{
    private readonly RecordingFeature _feature = new();
    private FakeConnector _connector = null!;

    protected override void ConfigureTestServices(IServiceCollection services) => services.AddSingleton<ITurnFeature>(_feature);

    protected override async Task ArrangeAsync() => _feature.Connector = _connector = await FakeConnector.StartAsync();

    protected override Task CleanUpAsync() => _connector.DisposeAsync().AsTask();

    [Theory]
    [InlineData("what's my number?", "en-US")]
    [InlineData("quel est mon numéro ?", "fr-FR")]
    public async Task AFeature_FollowsTheRoutingInsideTheTurn_ThenRunsAgainOnceTheRepliesAreSent(string text, string locale)
    {
        var conversation = "conv-pipeline-" + locale;

        await SendAsync(Client, _connector.Route(On(DirectLine, Message(Megan, text, conversation, locale: locale))));

        var sent = _connector.For(conversation);
        Assert.Equal(["routed", "completed"], _feature.Seen(conversation).Select(s => s.Point));
        var (_, routedSent, click) = _feature.Seen(conversation)[0];
        Assert.Null(click);
        Assert.Equal(0, routedSent);
        Assert.True(sent.Count >= 2, "the turn's answer and the feature's note were both sent");
        Assert.Equal("feature note", sent[^1].Text);
        Assert.Equal(sent.Count, _feature.Seen(conversation)[1].SentBefore);
    }

    [Fact]
    public async Task AClick_ReachesTheFeaturesWithItsVerb_ReadOnce()
    {
        const string Conversation = "conv-pipeline-click";
        var data = new JObject { ["verb"] = "no.such.verb" };

        var replies = await SendAsync(Client, Invoke(Megan, data, Conversation));

        Assert.Equal("no.such.verb", _feature.Seen(Conversation)[0].Click);
        Assert.Contains(replies, r => r.ToString().Contains("feature note", StringComparison.Ordinal));
    }

    [Fact]
    public async Task AnActivityDeliveredTwice_RunsTheFeaturesOnce()
    {
        const string Conversation = "conv-pipeline-twice";
        var activity = _connector.Route(On(DirectLine, Message(Megan, "help", Conversation)));

        await SendAsync(Client, activity);
        await SendAsync(Client, (JObject)activity.DeepClone());

        Assert.Equal(["routed", "completed"], _feature.Seen(Conversation).Select(s => s.Point));
    }

    private sealed class RecordingFeature : ITurnFeature
    {
        private readonly ConcurrentDictionary<string, ConcurrentQueue<(string Point, int SentBefore, string? Click)>> _seen = new();

        public FakeConnector Connector { get; set; } = null!;

        public IReadOnlyList<(string Point, int SentBefore, string? Click)> Seen(string conversation) =>
            _seen.TryGetValue(conversation, out var seen) ? seen.ToArray() : [];

        public async Task RoutedAsync(FlowTurn turn, CancellationToken cancellationToken)
        {
            Record(turn, "routed");
            await turn.Context.SendActivityAsync("feature note", cancellationToken: cancellationToken);
        }

        public Task CompletedAsync(FlowTurn turn, CancellationToken cancellationToken)
        {
            Record(turn, "completed");
            return Task.CompletedTask;
        }

        private void Record(FlowTurn turn, string point) =>
            _seen.GetOrAdd(turn.Identity.ConversationId, _ => new()).Enqueue(
                (point, Connector.For(turn.Identity.ConversationId).Count, turn.Click?.Verb.IsSuccess == true ? turn.Click.Verb.Value : null));
    }
}
