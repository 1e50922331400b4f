using System.Text.Json.Nodes;
using ChatPhone.Bot.Playground;

namespace ChatPhone.UnitTests.Bot.Playground;

public sealed class ConversationLogTests
{
    [Fact]
    public void Append_PastTheRingSize_KeepsOnlyTheNewestEventsOfThatConversation()
    {
        var log = new ConversationLog();
        for (var i = 1; i <= ConversationLog.EventsPerConversation + 50; i++)
        {
            log.Append(PlaygroundEventKinds.Activity, "c", $"a{i}", new JsonObject());
        }

        using var page = log.Subscribe("c", userId: null, afterSequence: 0);

        Assert.Equal(ConversationLog.EventsPerConversation, page.Backlog.Count);
        Assert.Equal("a51", page.Backlog[0].ActivityId);
        Assert.Equal($"a{ConversationLog.EventsPerConversation + 50}", page.Backlog[^1].ActivityId);
    }

    [Fact]
    public void Append_ToMoreConversationsThanKept_ForgetsTheLeastRecentlyUsed()
    {
        var log = new ConversationLog();
        log.Append(PlaygroundEventKinds.Activity, "first", "a", null);
        log.Append(PlaygroundEventKinds.Activity, "second", "b", null);
        for (var i = 0; i < ConversationLog.MaxConversations - 2; i++)
        {
            log.Append(PlaygroundEventKinds.Activity, $"other-{i}", "x", null);
        }

        log.Append(PlaygroundEventKinds.Activity, "first", "a2", null);
        log.Append(PlaygroundEventKinds.Activity, "one-too-many", "y", null);

        Assert.Equal(ConversationLog.MaxConversations, log.ConversationCount);
        using var first = log.Subscribe("first", null, 0);
        using var second = log.Subscribe("second", null, 0);
        Assert.Equal(["a", "a2"], first.Backlog.Select(e => e.ActivityId));
        Assert.Empty(second.Backlog);
    }

    [Fact]
    public void Subscribe_AfterASequence_ReplaysOnlyLaterEvents_ThenGetsLiveOnes()
    {
        var log = new ConversationLog();
        var seen = log.Append(PlaygroundEventKinds.Activity, "c", "a1", null);
        log.Append(PlaygroundEventKinds.Update, "c", "a1", new JsonObject());

        using var page = log.Subscribe("c", null, seen.Sequence);
        log.Append(PlaygroundEventKinds.Delete, "c", "a1", null);
        log.Append(PlaygroundEventKinds.Activity, "elsewhere", "z", null);

        Assert.Equal([PlaygroundEventKinds.Update], page.Backlog.Select(e => e.Kind));
        Assert.True(page.Reader.TryRead(out var live));
        Assert.Equal(PlaygroundEventKinds.Delete, live.Kind);
        Assert.False(page.Reader.TryRead(out _));
    }

    [Theory]
    [InlineData("29:alex-id", "alex-id", true)]
    [InlineData("ALEX-ID", "alex-id", true)]
    [InlineData("29:sam-id", "alex-id", false)]
    public void CreatedConversation_ReachesThePagesOfItsMembers(string member, string pageUser, bool reached)
    {
        var log = new ConversationLog();
        using var page = log.Subscribe("page-conversation", pageUser, 0);

        var created = log.Create([member]);
        log.Append(PlaygroundEventKinds.Activity, created, "a", null);

        Assert.Equal(reached, page.Reader.TryRead(out _));
    }

    [Fact]
    public void Dispose_StopsTheSubscription()
    {
        var log = new ConversationLog();
        var page = log.Subscribe("c", null, 0);

        page.Dispose();
        log.Append(PlaygroundEventKinds.Activity, "c", "a", null);

        Assert.False(page.Reader.TryRead(out _));
        Assert.True(page.Reader.Completion.IsCompleted);
    }
}
