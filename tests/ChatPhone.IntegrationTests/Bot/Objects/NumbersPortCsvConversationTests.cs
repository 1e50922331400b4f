using ChatPhone.IntegrationTests.Infrastructure;
using static ChatPhone.IntegrationTests.Infrastructure.BotFactory;

namespace ChatPhone.IntegrationTests.Bot.Objects;

/// <summary>
/// The port form's numbers pasted as CSV through <c>POST /api/messages</c>: a header row and national numbers in the
/// billing number's country make one order; lines without a valid number are named by their line, in the person's
/// language, and nothing is submitted.
/// </summary>
[Collection(RedisCollection.Name)]
public sealed class NumbersPortCsvConversationTests(RedisServerFixture redis) : BotConversation(redis)
{
    [Fact]
    public async Task PastedCsv_WithAHeaderAndNationalNumbers_MakesOneOrderOfEveryNumber()
    {
        var form = await SendAsync(Client, Message(Megan, "port my numbers", "port-csv-en"));
        var submit = EmergencyNumbersConversationTests.PortSubmission(form, "Number;Owner\n(206) 555-0150;Alex\n206 555 0151;Sam\n\n");

        var result = Shown(await SendAsync(Client, Invoke(Megan, submit, "port-csv-en")));

        Assert.Contains("Transfer order ", result, StringComparison.Ordinal);
        var order = Assert.Single((await Phone.Porting.ListPortOrdersAsync(Admin)).Value);
        Assert.Equal(["+12065550150", "+12065550151"], order.Numbers);
    }

    [Fact]
    public async Task PastedCsv_WithBadLines_NamesEachLineInFrench_AndSubmitsNothing()
    {
        var form = await SendAsync(Client, Message(Camille, "transférer mes numéros", "port-csv-fr", locale: "fr-FR"));
        var submit = EmergencyNumbersConversationTests.PortSubmission(form, "numéro\n+1 206 555 0150\nAlex Wilber\n+1 206 55");

        var result = Shown(await SendAsync(Client, Invoke(Camille, submit, "port-csv-fr", locale: "fr-FR")));

        Assert.Contains("Ligne 3 : aucun numéro de téléphone dans « Alex Wilber ».", result, StringComparison.Ordinal);
        Assert.Contains("Ligne 4 : « +1 206 55 » n’est pas un numéro de téléphone valide.", result, StringComparison.Ordinal);
        Assert.Empty((await Phone.Porting.ListPortOrdersAsync(Admin)).Value);
    }
}
