using System.Collections.Concurrent;
using ChatPhone.Bot.Flows;
using ChatPhone.Bot.Turns;
using ChatPhone.IntegrationTests.Infrastructure;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.TestHost;
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
public sealed class TurnPipelineTests(RedisServerFixture redis) : IAsyncLifetime
{
    private readonly RecordingFeature _feature = new();
    private BotFactory _bot = null!;
    private WebApplicationFactory<Program> _factory = null!;
    private FakeConnector _connector = null!;
    private HttpClient _client = null!;

    public async Task InitializeAsync()
    {
        _connector = await FakeConnector.StartAsync();
        _feature.Connector = _connector;
        _bot = new BotFactory(redis);
        _factory = _bot.WithWebHostBuilder(host => host.ConfigureTestServices(services => services.AddSingleton<ITurnFeature>(_feature)));
        _client = await ReadyClientAsync(_factory);
    }

    public async Task DisposeAsync()
    {
        await _factory.DisposeAsync();
        await _bot.DisposeAsync();
        await _connector.DisposeAsync();
    }

    [Theory]
    [InlineData("what's my number?", "en-US")]
    [InlineData("quel est mon numéro ?", "fr-FR")]
    public async Task AFeature_FollowsTheRoutingInsideTheTurn_ThenRunsAgainOnceTheRepliesAreSent(string text, string locale)
    {
        var conversation = "conv-pipeline-" + locale;

        await SendAsync(_client, _connector.Route(On(DirectLine, Message(Megan, text, conversation, locale: locale))));

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

        var replies = await SendAsync(_client, Invoke(Megan, data, Conversation));

        Assert.Equal("no.such.verb", _feature.Seen(Conversation)[0].Click);
        Assert.Contains(replies, r => r.ToString().Contains("feature note", StringComparison.Ordinal));
    }

    [Fact]
    public async Task AnActivityDeliveredTwice_RunsTheFeaturesOnce()
    {
        const string Conversation = "conv-pipeline-twice";
        var activity = _connector.Route(On(DirectLine, Message(Megan, "help", Conversation)));

        await SendAsync(_client, activity);
        await SendAsync(_client, (JObject)activity.DeepClone());

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
