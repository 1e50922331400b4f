using ChatPhone.Core.Directory;
using ChatPhone.Core.Helpdesk;
using ChatPhone.IntegrationTests.Infrastructure;
using Microsoft.Extensions.DependencyInjection;
using Newtonsoft.Json.Linq;
using static ChatPhone.IntegrationTests.Infrastructure.BotFactory;

namespace ChatPhone.IntegrationTests.Bot.Recognition;

/// <summary>
/// Understanding through POST /api/messages: small talk answered kindly, a question never opening a ticket, and the
/// "did you mean…?" card whose buttons continue with the person's same sentence as the chosen intent.
/// </summary>
[Collection(RedisCollection.Name)]
public sealed class UnderstandingConversationTests(RedisServerFixture redis) : BotConversation(redis)
{
    // A sentence the model is not sure of (the unit tests check it stays below the bars).
    private const string UnsureSentence = "numéros, licences, files";

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
    [InlineData("quels numéros ne sont pas attribués ?", "fr-FR", "Aucun numéro ne correspond.")]
    [InlineData("which of our numbers are still unassigned?", "en-US", "No number matches that.")]
    public async Task UnassignedNumbersQuestion_ListsThemAndOpensNoTicket(string text, string locale, string noneUnassigned)
    {
        var before = (await OpenTicketsAsync()).Count;

        var replies = await SendAsync(Client, Message(Camille, text, "conv-unassigned", locale: locale));

        // Every demo number is assigned: the list filtered to unassigned numbers is empty (the whole list is not).
        Assert.Contains(noneUnassigned, Shown(replies), StringComparison.Ordinal);
        Assert.Equal(before, (await OpenTicketsAsync()).Count);
    }

    [Theory]
    [InlineData("how come my phone never rings?", "en-US", "open a ticket")]
    [InlineData("pourquoi je ne peux plus appeler ?", "fr-FR", "ouvrir un ticket")]
    public async Task ProblemAskedAsAQuestion_IsDiagnosed_AndTheTicketIsOfferedNotOpened(string text, string locale, string offer)
    {
        await Phone.Licensing.RemoveAsync(new(Admin, ChatPhone.Core.Common.IdempotencyKey.New(), UserId.Parse(Alex), [ChatPhone.Core.Licensing.Sku.DomesticCallingPlan]));
        var before = (await OpenTicketsAsync()).Count;

        var conversation = "conv-question-" + locale;
        var replies = await SendAsync(Client, Message(Alex, text, conversation, locale: locale));
        if (CardOf(replies).SelectTokens("$..data").OfType<JObject>().FirstOrDefault(d => (string?)d["verb"] == "intent.choose") is not null)
        {
            // Not sure enough to act: reporting the problem is offered first, and chosen.
            replies = await SendAsync(Client, Submit(Alex, ActionData(replies, "intent.choose"), conversation, locale));
        }

        Assert.Contains(offer, Shown(replies), StringComparison.Ordinal);
        Assert.Equal(before, (await OpenTicketsAsync()).Count);

        var opened = await SendAsync(Client, Submit(Alex, ActionData(replies, "ticket.open"), conversation, locale));
        Assert.Equal(before + 1, (await OpenTicketsAsync()).Count);
        Assert.Contains("T-", Shown(opened), StringComparison.Ordinal);
    }

    [Fact]
    public async Task UnsureSentence_OffersTheChoice_AndTheChosenIntentContinuesWithTheSameSentence()
    {
        var offered = await SendAsync(Client, Message(Camille, UnsureSentence, "conv-choice", locale: "fr-FR"));
        var choices = CardOf(offered).SelectTokens("$..data").OfType<JObject>().Where(d => (string?)d["verb"] == "intent.choose").ToList();

        Assert.Contains(choices, d => (string?)d["intent"] == "Help");
        var first = choices.First(d => (string?)d["intent"] != "Help");
        Assert.Equal(UnsureSentence, (string?)first["text"]);

        var chosen = await SendAsync(Client, Submit(Camille, first, "conv-choice", "fr-FR"));
        Assert.NotEmpty(chosen);
        Assert.DoesNotContain("intent.choose", Shown(chosen), StringComparison.Ordinal);
    }

    [Fact]
    public async Task SomethingElse_OnTheChoiceCard_OpensHelp()
    {
        var offered = await SendAsync(Client, Message(Camille, UnsureSentence, "conv-else", locale: "fr-FR"));
        var somethingElse = CardOf(offered).SelectTokens("$..data").OfType<JObject>().First(d => (string?)d["verb"] == "intent.choose" && (string?)d["intent"] == "Help");

        var help = await SendAsync(Client, Submit(Camille, somethingElse, "conv-else", "fr-FR"));

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
