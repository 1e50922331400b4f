using ChatPhone.IntegrationTests.Infrastructure;
using Newtonsoft.Json.Linq;
using static ChatPhone.IntegrationTests.Infrastructure.BotFactory;

namespace ChatPhone.IntegrationTests.Bot;

/// <summary>
/// The same conversations through Teams and through Direct Line (Web Chat, the Emulator). <see cref="BotFactory.SendAsync"/>
/// checks every card a Direct Line turn returns: only Action.Submit buttons, no refresh. A click is an invoke in Teams
/// and, in Web Chat, a message whose value is the button's data.
/// </summary>
[Collection(RedisCollection.Name)]
public sealed class DirectLineConversationTests(RedisServerFixture redis) : BotConversation(redis)
{
    public static TheoryData<string> Channels => new() { "msteams", DirectLine };

    [Theory]
    [MemberData(nameof(Channels))]
    public async Task HelpStartSetup_ThenStartStepTwo_OpensItsForm_OnEveryChannel(string channel)
    {
        var conversation = "conv-dl-setup-" + channel;
        var help = await SendAsync(Client, On(channel, Message(Megan, "help", conversation)));
        var checklist = await SendAsync(Client, Click(channel, ActionData(help, "help.ask"), conversation));
        var start = (JObject)CardOf(checklist).SelectTokens("$..data").OfType<JObject>()
            .First(d => (string?)d["verb"] == "setup.step.start" && (string?)d["step"] == "Licenses");

        var form = await SendAsync(Client, Click(channel, start, conversation));

        Assert.Contains("Teams Phone setup", Shown(checklist), StringComparison.Ordinal);
        Assert.Equal(channel == "msteams", CardOf(checklist)["refresh"] is not null);
        Assert.Contains("Buy licenses", Shown(form), StringComparison.Ordinal);
        Assert.Equal("BuyLicenses", (string?)FormData(form, "BuyLicenses")["intent"]);
    }

    [Theory]
    [InlineData("msteams", "buy 10 Phone System licenses", "en-US", "10 bought in all")]
    [InlineData(DirectLine, "buy 10 Phone System licenses", "en-US", "10 bought in all")]
    [InlineData(DirectLine, "achète 10 licences Phone System", "fr-FR", "10 au total")]
    public async Task BuyLicenses_ConfirmedByClick_AppliesOnce_OnEveryChannel(string channel, string text, string locale, string expected)
    {
        var conversation = "conv-dl-buy-" + channel + locale;
        var plan = await SendAsync(Client, On(channel, Message(Megan, text, conversation, locale: locale)));

        var confirmed = await SendAsync(Client, Click(channel, ConfirmData(plan), conversation, locale));
        var again = await SendAsync(Client, Click(channel, ConfirmData(plan), conversation, locale));

        Assert.Contains(expected, Shown(confirmed), StringComparison.Ordinal);
        Assert.DoesNotContain(expected, Shown(again), StringComparison.Ordinal);
    }

    [Theory]
    [MemberData(nameof(Channels))]
    public async Task AStepForm_SubmittedByClick_ShowsItsPlan_AndCancelChangesNothing(string channel)
    {
        var conversation = "conv-dl-form-" + channel;
        var form = await SendAsync(Client, Click(channel, new JObject { ["verb"] = "setup.step.start", ["step"] = "Licenses" }, conversation));

        var plan = await SendAsync(Client, Click(channel, FormData(form, "BuyLicenses", ("buy.quantity", "5")), conversation));
        var cancelled = await SendAsync(Client, Click(channel, ActionData(plan, "plan.cancel"), conversation));
        var late = await SendAsync(Client, Click(channel, ConfirmData(plan), conversation));

        Assert.Contains("Teams Phone Standard", Shown(plan), StringComparison.Ordinal);
        Assert.Contains("Cancelled. Nothing was changed.", Shown(cancelled), StringComparison.Ordinal);
        Assert.DoesNotContain("bought in all", Shown(late), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("help", "en-US", "Step 10. Fund Communications Credits")]
    [InlineData("aide", "fr-FR", "Étape 7. ")]
    public async Task Help_OnDirectLine_ShowsTheSameCard_WithSubmitButtons(string text, string locale, string expected)
    {
        var replies = await SendAsync(Client, On(DirectLine, Message(Megan, text, "conv-dl-help-" + locale, locale: locale)));

        Assert.Contains(expected, Shown(replies), StringComparison.Ordinal);
        Assert.Contains(CardOf(replies).SelectTokens("$..type"), t => (string?)t == "Action.Submit");
    }

    private static JObject Click(string channel, JObject data, string conversation, string locale = "en-US") =>
        channel == "msteams" ? Invoke(Megan, data, conversation, locale) : Submit(Megan, data, conversation, locale);
}
