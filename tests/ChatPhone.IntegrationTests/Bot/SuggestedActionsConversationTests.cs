using ChatPhone.IntegrationTests.Infrastructure;
using Newtonsoft.Json.Linq;
using static ChatPhone.IntegrationTests.Infrastructure.BotFactory;

namespace ChatPhone.IntegrationTests.Bot;

/// <summary>
/// A question with a few possible answers offers them as suggested actions (imBack: the very text the person could type,
/// in their language) where the client shows them: Direct Line (Web Chat, the Emulator) and a Teams 1:1 chat. The text
/// still names the answers, for every other channel.
/// </summary>
[Collection(RedisCollection.Name)]
public sealed class SuggestedActionsConversationTests(RedisServerFixture redis) : BotConversation(redis)
{
    [Theory]
    [InlineData(DirectLine, null, "create a resource account Sales", "en-US", "Call queue", "Auto attendant", "call queue or an auto attendant")]
    [InlineData(DirectLine, null, "crée un compte de ressources Ventes", "fr-FR", "File d’attente", "Standard automatique", "file d’attente ou un standard automatique")]
    [InlineData("msteams", "personal", "create a resource account Sales", "en-US", "Call queue", "Auto attendant", "call queue or an auto attendant")]
    public async Task TheResourceAccountTypeQuestion_OffersBothAnswers_AndClickingOneContinues(
        string channel, string? conversationType, string text, string locale, string first, string second, string question)
    {
        var conversation = $"conv-suggest-{channel}-{locale}";
        var asked = Assert.Single(await SendAsync(Client, In(conversationType, On(channel, Message(Megan, text, conversation, locale: locale)))));

        var actions = asked["suggestedActions"]?["actions"]?.Children<JObject>().ToArray() ?? [];
        Assert.Contains(question, (string?)asked["text"], StringComparison.Ordinal);
        Assert.Equal([first, second], actions.Select(a => (string?)a["value"]));
        Assert.Equal([first, second], actions.Select(a => (string?)a["title"]));
        Assert.All(actions, a => Assert.Equal("imBack", (string?)a["type"]));

        // imBack posts the value as the person's own message.
        var plan = await SendAsync(Client, In(conversationType, On(channel, Message(Megan, first, conversation, locale: locale))));
        Assert.Contains("plan.confirm", Shown(plan), StringComparison.Ordinal);
    }

    [Fact]
    public async Task InATeamsChannel_WhichShowsNoSuggestedActions_TheQuestionIsTextAlone()
    {
        var asked = Assert.Single(await SendAsync(Client, In("channel", Message(Megan, "create a resource account Sales", "conv-suggest-channel"))));

        Assert.Contains("call queue or an auto attendant", (string?)asked["text"], StringComparison.Ordinal);
        Assert.Null(asked["suggestedActions"]);
    }

    private static JObject In(string? conversationType, JObject activity)
    {
        if (conversationType is not null)
        {
            activity["conversation"]!["conversationType"] = conversationType;
        }

        return activity;
    }
}
