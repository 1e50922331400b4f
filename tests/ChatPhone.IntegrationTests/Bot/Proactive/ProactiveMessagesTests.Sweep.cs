using ChatPhone.Core.Notifications;
using static ChatPhone.IntegrationTests.Infrastructure.BotFactory;

namespace ChatPhone.IntegrationTests.Bot.Proactive;

/// <summary>What the sender's sweep tidies: interrupted sends, old sent messages; and a chat the app was removed from.</summary>
public sealed partial class ProactiveMessagesTests
{
    [Fact]
    public async Task ASendInterruptedByAStop_BecomesUnknown_AndIsNotSentAgain()
    {
        await SayAsync(Alex, "hi", AlexChat);

        await SeedOutboxAsync(ToPerson("m1", Alex) with { Status = DeliveryStatus.Sending, Attempts = 1, NextAttemptAt = DateTimeOffset.UtcNow.AddSeconds(-1) });
        var unknown = await OutboxMessageAsync(m => m.Id == "m1" && m.Status == DeliveryStatus.Unknown);
        await SeedOutboxAsync(ToPerson("m2", Alex, "+12065550199"));
        await SentAsync(m => m.Id == "m2");

        Assert.Equal("delivery.interrupted", unknown.Failure?.Code);
        Assert.DoesNotContain(_connector.For(AlexChat), c => c.Text.Contains("+12065550100", StringComparison.Ordinal));
    }

    [Fact]
    public async Task SentMessagesOlderThanSevenDays_AreDeletedByTheSweep()
    {
        var old = DateTimeOffset.UtcNow.AddDays(-8);
        await SeedOutboxAsync(
            ToPerson("old", Alex) with { CreatedAt = old, Status = DeliveryStatus.Sent, SentAt = old },
            ToPerson("recent", Alex) with { Status = DeliveryStatus.Sent, SentAt = DateTimeOffset.UtcNow.AddDays(-1) });

        await EventuallyAsync(async () => (await Phone.Outbox.ListAsync(Demo)).All(m => m.Id != "old"), () => "old is still there");

        Assert.Equal(["recent"], (await Phone.Outbox.ListAsync(Demo)).Select(m => m.Id));
    }

    [Fact]
    public async Task AfterTheAppIsRemovedFromThePersonalChat_TheBotOpensANewChatInsteadOfTheOldOne()
    {
        await SayAsync(Alex, "hi", AlexChat);
        var removed = Via(Message(Alex, null, AlexChat));
        removed["type"] = "installationUpdate";
        removed["action"] = "remove";
        await SendAsync(_client, removed);

        await SeedOutboxAsync(ToPerson("m1", Alex));
        await SentAsync(m => m.Id == "m1");

        Assert.Empty(_connector.For(AlexChat));
        var opened = Assert.Single(_connector.Conversations);
        Assert.Single(_connector.DeliveredTo(opened.Conversation));
        Assert.Equal("29:" + Alex, (string?)opened.Activity["members"]?[0]?["id"]);
    }
}
