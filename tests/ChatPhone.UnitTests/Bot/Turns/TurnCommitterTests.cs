using ChatPhone.Bot.State;
using ChatPhone.Bot.Turns;
using ChatPhone.Core.Common;
using ChatPhone.Core.Directory;
using ChatPhone.Core.Tenants;
using Microsoft.Bot.Builder;
using Microsoft.Bot.Builder.Adapters;
using Microsoft.Bot.Schema;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using Moq;

namespace ChatPhone.UnitTests.Bot.Turns;

public sealed class TurnCommitterTests
{
    private static readonly TurnIdentity Identity =
        new(new Actor(TenantId.Parse("t1"), "u1", "Alex", Role.User), "c1", Language.English);

    [Fact]
    public async Task Run_SavesStateBeforeAnyReplyIsSent()
    {
        var events = new List<string>();
        var storage = new Mock<IStorage>();
        storage.Setup(s => s.ReadAsync(It.IsAny<string[]>(), It.IsAny<CancellationToken>())).ReturnsAsync(new Dictionary<string, object>());
        storage.Setup(s => s.WriteAsync(It.IsAny<IDictionary<string, object>>(), It.IsAny<CancellationToken>()))
            .Callback(() => events.Add("saved")).Returns(Task.CompletedTask);
        var (context, sent) = NewTurn(events);

        await Committer(storage.Object).RunAsync(context, Identity, async state =>
        {
            state.PendingFlow = "import";
            await context.SendActivityAsync("hello");
            events.Add("turn done");
        }, CancellationToken.None);

        Assert.Equal(["turn done", "saved", "sent: hello"], events);
        Assert.Single(sent);
    }

    [Fact]
    public async Task Run_OnEtagConflict_RunsTheTurnAgainAndSendsOnlyTheLastAttemptsReplies()
    {
        var writes = 0;
        var storage = new Mock<IStorage>();
        storage.Setup(s => s.ReadAsync(It.IsAny<string[]>(), It.IsAny<CancellationToken>())).ReturnsAsync(new Dictionary<string, object>());
        storage.Setup(s => s.WriteAsync(It.IsAny<IDictionary<string, object>>(), It.IsAny<CancellationToken>()))
            .Returns(() => ++writes == 1 ? throw new EtagConflictException("k") : Task.CompletedTask);
        var (context, sent) = NewTurn([]);
        var attempt = 0;

        await Committer(storage.Object).RunAsync(context, Identity, async state =>
        {
            attempt++;
            state.Slots["attempt"] = attempt.ToString(System.Globalization.CultureInfo.InvariantCulture);
            await context.SendActivityAsync($"attempt {attempt}");
        }, CancellationToken.None);

        Assert.Equal(2, attempt);
        Assert.Equal(["attempt 2"], sent.Select(a => a.Text));
    }

    [Fact]
    public async Task Run_UnchangedState_IsNotWritten()
    {
        var storage = new Mock<IStorage>(MockBehavior.Strict);
        storage.Setup(s => s.ReadAsync(It.IsAny<string[]>(), It.IsAny<CancellationToken>())).ReturnsAsync(new Dictionary<string, object>());
        var (context, sent) = NewTurn([]);

        await Committer(storage.Object).RunAsync(context, Identity, _ => context.SendActivityAsync("hi"), CancellationToken.None);

        storage.Verify(s => s.WriteAsync(It.IsAny<IDictionary<string, object>>(), It.IsAny<CancellationToken>()), Times.Never);
        Assert.Single(sent);
    }

    private static TurnCommitter Committer(IStorage storage) =>
        new(new FlowStateStore(storage, Options.Create(new BotStateOptions()), NullLogger<FlowStateStore>.Instance), NullLogger<TurnCommitter>.Instance);

    private static (TurnContext Context, List<Activity> Sent) NewTurn(List<string> events)
    {
        var adapter = new RecordingAdapter(events);
        return (new TurnContext(adapter, new Activity(ActivityTypes.Message, id: "a1", text: "hi")), adapter.Sent);
    }

    /// <summary>Records what actually leaves the bot (after every send handler ran).</summary>
    private sealed class RecordingAdapter(List<string> events) : TestAdapter
    {
        public List<Activity> Sent { get; } = [];

        public override Task<ResourceResponse[]> SendActivitiesAsync(ITurnContext turnContext, Activity[] activities, CancellationToken cancellationToken)
        {
            Sent.AddRange(activities);
            events.AddRange(activities.Select(a => "sent: " + a.Text));
            return Task.FromResult(activities.Select(_ => new ResourceResponse("r")).ToArray());
        }
    }
}
