using ChatPhone.Core.Common;
using ChatPhone.IntegrationTests.Infrastructure;
using static ChatPhone.IntegrationTests.Infrastructure.BotFactory;

namespace ChatPhone.IntegrationTests.Bot.Numbers;

/// <summary>
/// "show our number requests" and "show the port orders" through <c>POST /api/messages</c>, in English and French:
/// the empty state, then what was created by chat, with its status.
/// </summary>
[Collection(RedisCollection.Name)]
public sealed class NumberOrderListConversationTests(RedisServerFixture redis) : BotConversation(redis)
{
    [Fact]
    public async Task Lists_BeforeAnything_SayThereIsNothingYet()
    {
        var requests = Shown(await SendAsync(Client, Message(Megan, "show our number requests")));
        var ports = Shown(await SendAsync(Client, Message(Camille, "où en sont nos transferts de numéros ?", "list-empty-fr", locale: "fr-FR")));

        Assert.Contains("No number has been searched for or requested yet.", requests, StringComparison.Ordinal);
        Assert.Contains("Aucun ordre de portage pour l’instant.", ports, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ListNumberRequests_AfterARequestByChat_ShowsItAndItsStatus_InEnglishAndFrench()
    {
        var plan = await SendAsync(Client, Message(Megan, "request 5 numbers in Dallas", "req-list"));
        await SendAsync(Client, Invoke(Megan, ConfirmData(plan), "req-list"));

        var english = Shown(await SendAsync(Client, Message(Priya, "show our number requests", "req-list-helpdesk")));
        var french = Shown(await SendAsync(Client, Message(Camille, "affiche nos demandes de numéros", "req-list-fr", locale: "fr-FR")));
        var user = Shown(await SendAsync(Client, Message(Alex, "show our number requests", "req-list-user")));

        Assert.Contains("Manual requests", english, StringComparison.Ordinal);
        Assert.Contains("5 × ", english, StringComparison.Ordinal);
        Assert.Contains("submitted, sent to New user numbers request form (US and Puerto Rico)", english, StringComparison.Ordinal);
        Assert.Contains("Demandes manuelles", french, StringComparison.Ordinal);
        Assert.Contains("envoyée, envoyée à New user numbers request form (US and Puerto Rico)", french, StringComparison.Ordinal);
        Assert.Contains(new Error("auth.helpdesk_required").Describe(Language.English), user, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ListPortOrders_AfterAPortOrderByChat_ShowsItAndItsStatus_InEnglishAndFrench()
    {
        var form = await SendAsync(Client, Message(Megan, "port my numbers", "port-list"));
        var submitted = Shown(await SendAsync(Client, Invoke(Megan, EmergencyNumbersConversationTests.PortSubmission(form, "+1 206 555 0150, +1 206 555 0151"), "port-list")));

        var english = Shown(await SendAsync(Client, Message(Megan, "show the port orders", "port-list")));
        var french = Shown(await SendAsync(Client, Message(Camille, "où en sont nos transferts de numéros ?", "port-list-fr", locale: "fr-FR")));
        var order = Assert.Single((await Phone.Porting.ListPortOrdersAsync(Admin)).Value);

        Assert.Contains("Transfer order ", submitted, StringComparison.Ordinal);
        Assert.Contains("Port orders (number transfers)", english, StringComparison.Ordinal);
        Assert.Contains($"{order.Id} — numbers: 2 — processing", english, StringComparison.Ordinal);
        Assert.Contains($"{order.Id} — numéros : 2 — en cours de traitement", french, StringComparison.Ordinal);
    }
}
