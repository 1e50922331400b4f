using ChatPhone.Core.Notifications;
using static ChatPhone.IntegrationTests.Infrastructure.BotFactory;

namespace ChatPhone.IntegrationTests.Bot.Proactive;

/// <summary>How the sender copes with a struggling connector: retries, Retry-After, ambiguous failures, rate limits, outages.</summary>
public sealed partial class ProactiveMessagesTests
{
    [Fact]
    public async Task Throttled429TwiceWithRetryAfter_IsDeliveredOnce_NotBeforeTheServerSaid()
    {
        await SayAsync(Alex, "hi", AlexChat);
        _connector.FailNext(2, 429, retryAfter: TimeSpan.FromSeconds(1));

        await SeedOutboxAsync(ToPerson("m1", Alex));
        var sent = await SentAsync(m => m.Id == "m1");

        var calls = _connector.For(AlexChat);
        Assert.Equal([429, 429, 200], calls.Select(c => c.Status));
        Assert.Single(_connector.DeliveredTo(AlexChat));
        Assert.True(calls[1].At - calls[0].At >= TimeSpan.FromSeconds(1), $"second try {calls[1].At - calls[0].At} after the first");
        Assert.True(calls[2].At - calls[1].At >= TimeSpan.FromSeconds(1), $"third try {calls[2].At - calls[1].At} after the second");
        Assert.Equal(3, sent.Attempts);
    }

    [Theory]
    [InlineData(502)]
    [InlineData(504)]
    [InlineData(412)]
    public async Task TransientFailures_AreRetried_AndDeliveredOnce(int status)
    {
        await SayAsync(Alex, "hi", AlexChat);
        _connector.FailNext(2, status);

        await SeedOutboxAsync(ToPerson("m1", Alex));
        var sent = await SentAsync(m => m.Id == "m1");

        Assert.Equal([status, status, 200], _connector.For(AlexChat).Select(c => c.Status));
        Assert.Equal(3, sent.Attempts);
    }

    [Theory]
    [InlineData("500")]
    [InlineData("hang")]
    public async Task AnAmbiguousFailure_IsUnknown_AndNeverSentAgain(string failure)
    {
        await SayAsync(Alex, "hi", AlexChat);
        if (failure == "hang")
        {
            _connector.HangNext();
        }
        else
        {
            _connector.FailNext(1, int.Parse(failure, System.Globalization.CultureInfo.InvariantCulture));
        }

        await SeedOutboxAsync(ToPerson("m1", Alex));
        var unknown = await OutboxMessageAsync(m => m.Id == "m1" && m.Status == DeliveryStatus.Unknown);
        // A later message to the same person goes out: the sender has looked at the outbox again since, and left m1 alone.
        await SeedOutboxAsync(ToPerson("m2", Alex, "+12065550199"));
        await SentAsync(m => m.Id == "m2");

        Assert.Equal(failure == "hang" ? "delivery.ambiguous_timeout" : "delivery.ambiguous_status", unknown.Failure?.Code);
        Assert.Equal(2, _connector.For(AlexChat).Count);
        Assert.Single(_connector.For(AlexChat), c => c.Text.Contains("+12065550100", StringComparison.Ordinal));
        Assert.Equal(DeliveryStatus.Unknown, (await OutboxMessageAsync(m => m.Id == "m1")).Status);
    }

    [Fact]
    public async Task Forbidden403_WaitsForThePersonsNextContact_ThenDelivers()
    {
        await SayAsync(Alex, "hi", AlexChat);
        _connector.FailNext(1, 403);

        await SeedOutboxAsync(ToPerson("m1", Alex));
        var waiting = await OutboxMessageAsync(m => m.Id == "m1" && m.Status == DeliveryStatus.WaitingForContact);
        Assert.Equal("delivery.person_unreachable", waiting.Failure?.Code);
        Assert.Single(_connector.For(AlexChat));

        await SayAsync(Alex, "hello again", AlexChat);
        await SentAsync(m => m.Id == "m1");

        Assert.Equal([403, 200], _connector.For(AlexChat).Select(c => c.Status));
    }

    [Fact]
    public async Task Refused400_Fails_WithoutRetrying()
    {
        await SayAsync(Alex, "hi", AlexChat);
        _connector.FailNext(1, 400);

        await SeedOutboxAsync(ToPerson("m1", Alex));
        var failed = await OutboxMessageAsync(m => m.Id == "m1" && m.Status == DeliveryStatus.Failed);

        Assert.Equal("Teams refused the message (HTTP 400); it will not be sent again.", failed.LastError);
        Assert.Single(_connector.For(AlexChat));
    }

    [Fact]
    public async Task TwentyMessagesToOneConversation_AreSpread_SoNoSecondHoldsMoreThanSeven()
    {
        await SayAsync(Alex, "hi", AlexChat);

        await SeedOutboxAsync(Enumerable.Range(0, 20).Select(i => ToPerson($"m{i:00}", Alex, $"+1206555{i:0000}")).ToArray());
        await EventuallyAsync(
            async () => (await Phone.Outbox.ListAsync(Demo)).Count(m => m.Status == DeliveryStatus.Sent) == 20,
            () => $"{_connector.DeliveredTo(AlexChat).Count} delivered");

        var times = _connector.DeliveredTo(AlexChat).Select(c => c.At).Order().ToArray();
        Assert.Equal(20, times.Length);
        Assert.Equal(20, _connector.For(AlexChat).Select(c => c.Text).Distinct().Count());
        // Teams' windows: at most 7 in any 1 s and 8 in any 2 s, so the 8th after any message is at least 1 s later, the 9th 2 s.
        Assert.All(Enumerable.Range(0, times.Length - 7), i => Assert.True(times[i + 7] - times[i] >= TimeSpan.FromSeconds(1), $"8 messages within {times[i + 7] - times[i]}"));
        Assert.All(Enumerable.Range(0, times.Length - 8), i => Assert.True(times[i + 8] - times[i] >= TimeSpan.FromSeconds(2), $"9 messages within {times[i + 8] - times[i]}"));
    }

    [Fact]
    public async Task MessagesQueuedWhileTheConnectorIsDown_AreAllDeliveredOnce_WhenItRecovers()
    {
        await SayAsync(Alex, "hi", AlexChat);
        await SayAsync(Sam, "hi", "a:sam-personal");
        _connector.GoDown();

        await SeedOutboxAsync(ToPerson("a1", Alex, "+12065550101"), ToPerson("a2", Alex, "+12065550102"), ToPerson("s1", Sam, "+12065550103"));
        await EventuallyAsync(
            async () => (await Phone.Outbox.ListAsync(Demo)).All(m => m.Attempts >= 2),
            () => $"{_connector.Calls.Count} calls so far");
        _connector.Recover();
        await EventuallyAsync(
            async () => (await Phone.Outbox.ListAsync(Demo)).All(m => m.Status == DeliveryStatus.Sent),
            () => string.Join(", ", Phone.Outbox.ListAsync(Demo).Result.Select(m => $"{m.Id} {m.Status}")));

        Assert.Equal(["+12065550101", "+12065550102"], Numbers(_connector.DeliveredTo(AlexChat)));
        Assert.Equal(["+12065550103"], Numbers(_connector.DeliveredTo("a:sam-personal")));
        Assert.All(_connector.For(AlexChat).Concat(_connector.For("a:sam-personal")), c => Assert.Contains(c.Status, new[] { 502, 200 }));
    }

    private static string[] Numbers(IEnumerable<Infrastructure.ConnectorCall> calls) =>
        calls.Select(c => System.Text.RegularExpressions.Regex.Match(c.Text, @"\+1\d{10}").Value).Order().ToArray();
}
