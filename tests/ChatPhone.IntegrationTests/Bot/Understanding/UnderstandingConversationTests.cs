using ChatPhone.Core.Helpdesk;
using ChatPhone.IntegrationTests.Infrastructure;
using Microsoft.Extensions.DependencyInjection;
using Newtonsoft.Json.Linq;
using static ChatPhone.IntegrationTests.Infrastructure.BotFactory;

namespace ChatPhone.IntegrationTests.Bot.Understanding;

/// <summary>
/// Understanding through POST /api/messages: small talk answered kindly, a question never opening a ticket, and the
/// "did you mean…?" card whose buttons continue with the person's same sentence as the chosen intent.
/// </summary>
[Collection(RedisCollection.Name)]
public sealed class UnderstandingConversationTests(RedisServerFixture redis) : BotConversation(redis)
{
    [Theory]
    [InlineData(Megan, "hello there!", "en-US", "Hello Megan!")]
    [InlineData(Camille, "salut ChatPhone", "fr-FR", "Bonjour Camille !")]
    public async Task Greeting_AnswersByNameWithTheTopOfHelp(string user, string text, string locale, string greeting)
    {
        var replies = await SendAsync(Client, Message(user, text, locale: locale));

        Assert.StartsWith(greeting, (string?)replies[0]["text"], StringComparison.Ordinal);
        Assert.Contains(CardOf(replies).SelectTokens("$..data").OfType<JObject>(), d => (string?)d["verb"] == "help.ask" && (string?)d["capability"] == "Help");
    }

    [Theory]
    [InlineData(Megan, "thanks a lot", "en-US", "You’re welcome")]
    [InlineData(Camille, "merci beaucoup !", "fr-FR", "Avec plaisir")]
    [InlineData(Camille, "t'es qui au juste ?", "fr-FR", "Je suis ChatPhone")]
    public async Task SmallTalk_GetsAShortFriendlyAnswer(string user, string text, string locale, string answer)
    {
        var replies = await SendAsync(Client, Message(user, text, locale: locale));

        Assert.StartsWith(answer, (string?)replies[0]["text"], StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("quels numéros ne sont pas attribués ?", "fr-FR", "Vos numéros non attribués")]
    [InlineData("which of our numbers are still unassigned?", "en-US", "Your unassigned numbers")]
    public async Task UnassignedNumbersQuestion_ListsThemAndOpensNoTicket(string text, string locale, string title)
    {
        var before = (await OpenTicketsAsync()).Count;

        var replies = await SendAsync(Client, Message(Camille, text, "conv-unassigned", locale: locale));

        Assert.Contains(title, Shown(replies), StringComparison.Ordinal);
        Assert.Equal(before, (await OpenTicketsAsync()).Count);
    }

    [Fact]
    public async Task ProblemAskedAsAQuestion_OffersTheChoice_AndTheChosenIntentContinuesWithTheSameSentence()
    {
        const string text = "is my phone line broken?";
        var before = (await OpenTicketsAsync()).Count;

        var offered = await SendAsync(Client, Message(Alex, text, "conv-choice"));
        var choices = CardOf(offered).SelectTokens("$..data").OfType<JObject>().Where(d => (string?)d["verb"] == "intent.choose").ToList();

        Assert.Contains(choices, d => (string?)d["intent"] == "ReportProblem" && (string?)d["text"] == text);
        Assert.Contains(choices, d => (string?)d["intent"] == "Help");
        Assert.Equal(before, (await OpenTicketsAsync()).Count);

        var chosen = await SendAsync(Client, Submit(Alex, choices.First(d => (string?)d["intent"] == "ReportProblem"), "conv-choice"));
        Assert.DoesNotContain("card.", Shown(chosen), StringComparison.Ordinal);
        Assert.NotEmpty(chosen);
    }

    [Fact]
    public async Task SomethingElse_OnTheChoiceCard_OpensHelp()
    {
        var offered = await SendAsync(Client, Message(Alex, "is my phone line broken?", "conv-else"));
        var somethingElse = CardOf(offered).SelectTokens("$..data").OfType<JObject>().First(d => (string?)d["verb"] == "intent.choose" && (string?)d["intent"] == "Help");

        var help = await SendAsync(Client, Submit(Alex, somethingElse, "conv-else"));

        Assert.Contains("help.ask", Shown(help), StringComparison.Ordinal);
    }

    [Fact]
    public async Task ChoiceOfAnUnknownIntent_IsRefused()
    {
        var forged = new JObject { ["verb"] = "intent.choose", ["intent"] = "DeleteEverything", ["text"] = "hello" };

        var replies = await SendAsync(Client, Submit(Alex, forged, "conv-forged"));

        Assert.DoesNotContain("Hello", Shown(replies), StringComparison.Ordinal);
        Assert.NotEmpty(replies);
    }

    private async Task<IReadOnlyList<Ticket>> OpenTicketsAsync() =>
        (await Factory.Services.GetRequiredService<TicketService>().ListOpenAsync(Admin)).Value;
}
