using Newtonsoft.Json.Linq;
using ChatPhone.IntegrationTests.Infrastructure;
using static ChatPhone.IntegrationTests.Infrastructure.BotFactory;

namespace ChatPhone.IntegrationTests.Bot.Objects;

/// <summary>
/// The port form's numbers pasted as CSV, or sent as a CSV file with "port these numbers", through
/// <c>POST /api/messages</c>: a header row and national numbers in the billing number's country make one order; lines
/// without a valid number are named by their line, in the person's language, and nothing is submitted. A file's numbers
/// stay with the bot, the form says how many came from which file, and its Submit orders them with any typed ones.
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

    [Fact]
    public async Task ACsvFile_SentWithPortTheseNumbers_FillsTheForm_AndItsSubmitOrdersTheFilesNumbersWithTheTypedOnes()
    {
        var form = await SendAsync(Client, FileMessage(Megan, "port these numbers", "ports.csv", "Number,Site\n+1 206 555 0150,HQ\n+1 206 555 0151,HQ\n+12065550152,Lab\n", "port-file-en"));
        var card = CardOf(form);
        var submit = EmergencyNumbersConversationTests.PortSubmission(form, "+1 206 555 0153");

        var result = Shown(await SendAsync(Client, Invoke(Megan, submit, "port-file-en")));

        Assert.Contains("📎 3 numbers from ports.csv: +12065550150 … +12065550152", Shown(form), StringComparison.Ordinal);
        Assert.Contains("Other numbers (optional)", Shown(form), StringComparison.Ordinal);
        Assert.NotEqual(true, (bool?)card.SelectTokens("$..[?(@.id == 'numbers')]").First()["isRequired"]);
        Assert.DoesNotContain("Number,Site", card.ToString(), StringComparison.Ordinal);
        Assert.Contains("Transfer order ", result, StringComparison.Ordinal);
        var order = Assert.Single((await Phone.Porting.ListPortOrdersAsync(Admin)).Value);
        Assert.Equal(["+12065550150", "+12065550151", "+12065550152", "+12065550153"], order.Numbers);
    }

    [Fact]
    public async Task ACsvFile_WithBadLines_NamesEachLineInFrench_AndSendsNoForm()
    {
        var replies = await SendAsync(Client, FileMessage(Camille, "transfère les numéros de ce fichier", "numéros.csv", "numéro\n+1 206 555 0150\nAlex Wilber\n+1 206 55\n", "port-file-fr", "fr-FR"));

        Assert.Contains("2 lignes de numéros.csv ne contiennent aucun numéro transférable", Shown(replies), StringComparison.Ordinal);
        Assert.Contains("Ligne 3 : aucun numéro de téléphone dans « Alex Wilber ».", Shown(replies), StringComparison.Ordinal);
        Assert.Contains("Ligne 4 : « +1 206 55 » n’est pas un numéro de téléphone valide.", Shown(replies), StringComparison.Ordinal);
        Assert.DoesNotContain("numbers.port.submit", Shown(replies), StringComparison.Ordinal);
    }

    [Fact]
    public async Task ACsvFile_FromSomeoneWhoIsNotAnAdmin_IsRefused_AndAFileWithoutPortWordsIsStillADirectoryImport()
    {
        var refused = Shown(await SendAsync(Client, FileMessage(Alex, "port these numbers", "ports.csv", "+1 206 555 0150\n", "port-file-user")));
        var import = Shown(await SendAsync(Client, FileMessage(Megan, string.Empty, "ports.csv", "+1 206 555 0150\n", "port-file-import")));

        Assert.Contains("Only an admin can do this.", refused, StringComparison.Ordinal);
        Assert.DoesNotContain("numbers.port.submit", refused + import, StringComparison.Ordinal);
        Assert.Empty((await Phone.Porting.ListPortOrdersAsync(Admin)).Value);
    }

    private static JObject FileMessage(string user, string text, string name, string csv, string conversation, string locale = "en-US")
    {
        var message = Message(user, text, conversation, locale: locale);
        message["attachments"] = new JArray(new JObject
        {
            ["contentType"] = "text/csv",
            ["name"] = name,
            ["contentUrl"] = "data:text/csv;base64," + Convert.ToBase64String(System.Text.Encoding.UTF8.GetBytes(csv)),
        });
        return message;
    }
}
