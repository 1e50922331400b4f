using ChatPhone.IntegrationTests.Infrastructure;
using Newtonsoft.Json.Linq;
using static ChatPhone.IntegrationTests.Infrastructure.BotFactory;

namespace ChatPhone.IntegrationTests.Bot.Setup;

/// <summary>
/// The checklist stays useful once a step is done: a Review button shows what the step configured (the list that step
/// fills), an Add more button opens the step again; reviewing is for helpdesk and admins only.
/// </summary>
[Collection(RedisCollection.Name)]
public sealed class StepReviewConversationTests(RedisServerFixture redis) : BotConversation(redis)
{
    [Theory]
    [InlineData("start setup", "en-US", "Review")]
    [InlineData("configurer le système téléphonique", "fr-FR", "Revoir")]
    public async Task DoneStep_KeepsReviewAndAddMoreButtons(string text, string locale, string review)
    {
        // Step 1 (availability) is done for the demo organisation.
        var card = CardOf(await SendAsync(Client, Message(Megan, text, locale: locale)));

        var buttons = card.SelectTokens("$..actions[*]").OfType<JObject>().ToArray();
        Assert.Contains(buttons, b => (string?)b["title"] == review && (string?)b.SelectToken("data.verb") == "setup.step.review" && (string?)b.SelectToken("data.step") == "Availability");
        Assert.Contains(buttons, b => (string?)b.SelectToken("data.verb") == "setup.step.start" && (string?)b.SelectToken("data.step") == "Availability");
    }

    [Theory]
    [InlineData("en-US", "Call queues")]
    [InlineData("fr-FR", "Files d’attente")]
    public async Task Review_ShowsWhatTheStepConfigured(string locale, string title)
    {
        var replies = await SendAsync(Client, Invoke(Megan, Review("CallQueues"), "conv-review-" + locale, locale));

        Assert.Contains(title, Shown(replies), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Review_OfTheLicensesStep_ListsTheSubscriptions()
    {
        var listed = Shown(await SendAsync(Client, Message(Megan, "what licenses do we have?", "conv-review-direct")));

        var reviewed = Shown(await SendAsync(Client, Invoke(Megan, Review("Licenses"), "conv-review-licenses")));

        Assert.Contains(listed, reviewed, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Review_IsRefusedToAUser()
    {
        var replies = await SendAsync(Client, Invoke(Alex, Review("Licenses"), "conv-review-user"));

        Assert.Contains("helpdesk", Shown(replies), StringComparison.OrdinalIgnoreCase);
    }

    private static JObject Review(string step) => new() { ["verb"] = "setup.step.review", ["step"] = step };
}
