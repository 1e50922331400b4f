using ChatPhone.IntegrationTests.Infrastructure;
using Newtonsoft.Json.Linq;
using static ChatPhone.IntegrationTests.Infrastructure.BotFactory;

namespace ChatPhone.IntegrationTests.Bot;

[Collection(RedisCollection.Name)]
public sealed class HelpConversationTests(RedisServerFixture redis) : BotConversation(redis)
{
    [Theory]
    [InlineData(Megan, "help", "Step 10. Fund Communications Credits", "create a call queue Sales, round robin, agents Alex and Sam")]
    [InlineData(Megan, "aide", "Étape 7. ", "crée une file d'attente Ventes, tourniquet, agents Alex et Sam")]
    [InlineData(Priya, "help", "check Alex's phone setup", "show open tickets")]
    [InlineData(Alex, "aide", "quelle est mon adresse d'urgence ?", "je ne peux pas appeler")]
    public async Task Help_ListsTheCapabilitiesOfTheRole_WithExamples(string user, string text, string expected, string alsoExpected)
    {
        var shown = Shown(await SendAsync(Client, Message(user, text)));

        Assert.Contains(expected, shown, StringComparison.Ordinal);
        Assert.Contains(alsoExpected, shown, StringComparison.Ordinal);
    }

    [Fact]
    public async Task UserHelp_DoesNotOfferTheSetup()
    {
        var shown = Shown(await SendAsync(Client, Message(Alex, "help")));

        Assert.DoesNotContain("start setup", shown, StringComparison.Ordinal);
        Assert.DoesNotContain("Step 1.", shown, StringComparison.Ordinal);
    }

    [Fact]
    public async Task StartSetupButton_OnAdminHelp_ShowsTheChecklist_ByInvokeAndBySubmit()
    {
        var help = await SendAsync(Client, Message(Megan, "help"));
        var data = ActionData(help, "help.ask");
        Assert.Equal("StartSetup", (string?)data["capability"]);

        var invoked = await SendAsync(Client, Invoke(Megan, data));
        var submit = Message(Megan, null, conversation: "conv-2");
        submit["value"] = data;
        var submitted = await SendAsync(Client, submit);

        Assert.Contains("Teams Phone setup", Shown(invoked), StringComparison.Ordinal);
        Assert.Contains("Teams Phone setup", Shown(submitted), StringComparison.Ordinal);
    }

    [Fact]
    public async Task HelpButton_ForACapabilityWithoutAButton_IsRefused()
    {
        var data = new JObject { ["verb"] = "help.ask", ["capability"] = "ReleaseNumber" };

        var replies = await SendAsync(Client, Invoke(Megan, data));

        Assert.DoesNotContain("Teams Phone setup", Shown(replies), StringComparison.Ordinal);
        Assert.Contains("This button’s data is incomplete or damaged", Shown(replies), StringComparison.Ordinal);
    }
}
