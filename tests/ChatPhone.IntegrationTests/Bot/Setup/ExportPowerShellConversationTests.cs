using System.Net;
using ChatPhone.Core.CallQueues;
using ChatPhone.Core.Common;
using ChatPhone.IntegrationTests.Core.Export.PowerShell;
using ChatPhone.IntegrationTests.Infrastructure;
using Newtonsoft.Json.Linq;
using static ChatPhone.IntegrationTests.Infrastructure.BotFactory;

namespace ChatPhone.IntegrationTests.Bot.Setup;

/// <summary>
/// "Export our configuration as PowerShell" / « exporte la configuration en PowerShell » through <c>POST /api/messages</c>:
/// an admin gets a link and a file attachment to the tenant's script, which downloads and passes the catalogue check; a
/// user is refused; a made-up link finds nothing.
/// </summary>
[Collection(RedisCollection.Name)]
public sealed class ExportPowerShellConversationTests(RedisServerFixture redis) : OwnTenantConversation(redis)
{
    private const string Boss = "00000000-0000-4000-8000-0000000000c1";
    private const string Worker = "00000000-0000-4000-8000-0000000000c3";

    protected override async Task ArrangeAsync()
    {
        await TenantSeed.PeopleAsync(Factory.Services, Tenant,
            (Boss, "boss@fabrikam.com", "Bo Boss", "US", "admin"),
            (Worker, "worker@fabrikam.com", "Wo Worker", "US", "user"));
        var created = await Phone.CallQueues.CreateAsync(new CreateCallQueue(TenantSeed.Admin(Tenant), IdempotencyKey.New(),
            new CallQueueSettings { Name = "Support d'O'Brien « $(x) »" }));
        Assert.True(created.IsSuccess, created.Error?.Code);
    }

    [Theory]
    [InlineData("en-US", "export our configuration as PowerShell", "Here is your configuration as a PowerShell script", "# ---- Call queues ----")]
    [InlineData("fr-FR", "exporte la configuration en PowerShell", "Voici votre configuration en script PowerShell", "# ---- Files d’attente ----")]
    [InlineData("fr-FR", "Donne-moi le script « PowerShell » de notre parametrage", "Voici votre configuration en script PowerShell", "# ---- Files d’attente ----")]
    public async Task AnAdmin_GetsADownloadOfTheTenantsScript(string locale, string sentence, string said, string section)
    {
        var replies = await SayAsync(Boss, sentence, locale);

        var reply = Assert.Single(replies, r => r["attachments"]?.Any() == true);
        Assert.Contains(said, (string?)reply["text"], StringComparison.Ordinal);
        var attachment = (JObject)reply["attachments"]![0]!;
        var url = new Uri((string)attachment["contentUrl"]!);
        Assert.EndsWith(".ps1", (string?)attachment["name"], StringComparison.Ordinal);
        Assert.Contains(url.AbsoluteUri, (string?)reply["text"], StringComparison.Ordinal);
        var download = await Client.GetAsync(url.PathAndQuery);
        Assert.Equal(HttpStatusCode.OK, download.StatusCode);
        Assert.Equal("no-store", download.Headers.CacheControl?.ToString());
        var text = await download.Content.ReadAsStringAsync();
        Assert.Contains(section, text, StringComparison.Ordinal);
        Assert.Contains("-Name 'Support d''O''Brien « $(x) »'", text, StringComparison.Ordinal);
        Assert.Empty(ScriptCatalogueCheck.Problems(text));
    }

    [Theory]
    [InlineData("en-US", "export our configuration as PowerShell", "Only an admin can do this")]
    [InlineData("fr-FR", "exporte la configuration en PowerShell", "Seul un administrateur peut faire cela")]
    public async Task AUser_IsRefused_AndGetsNoLink(string locale, string sentence, string refusal)
    {
        var replies = await SayAsync(Worker, sentence, locale);

        Assert.Contains(refusal, Shown(replies), StringComparison.Ordinal);
        Assert.DoesNotContain(replies, r => r["attachments"]?.Any() == true);
        Assert.DoesNotContain("/api/exports/", Shown(replies), StringComparison.Ordinal);
    }

    [Fact]
    public async Task AMadeUpLink_FindsNothing()
    {
        var response = await Client.GetAsync("/api/exports/powershell/" + new string('A', 43));

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
    }

    [Theory]
    [InlineData("en-US", "show the setup checklist", "Export as PowerShell", "Here is your configuration as a PowerShell script", "chatphone-")]
    [InlineData("fr-FR", "affiche la liste de configuration", "Exporter en PowerShell", "Voici votre configuration en script PowerShell", "chatphone-")]
    [InlineData("en-US", "show the call queue Support d'O'Brien « $(x) »", "Export this as PowerShell", "Here is this object as a PowerShell script", "-callqueue-support-d-o-brien-x-")]
    [InlineData("fr-FR", "montre la file d'attente Support d'O'Brien « $(x) »", "Exporter en PowerShell", "Voici cet objet en script PowerShell", "-callqueue-support-d-o-brien-x-")]
    public async Task TheExportButton_OfTheChecklistAndOfAnObjectsCard_GivesTheScript_ToAnAdminOnly(string locale, string sentence, string button, string said, string named)
    {
        var card = await SayAsync(Boss, sentence, locale);
        var export = ButtonData(card, button);

        var admin = await SendAsync(Client, InTenant(Invoke(Boss, export, locale: locale)));
        var user = await SendAsync(Client, InTenant(Invoke(Worker, export, locale: locale)));

        Assert.Contains(said, Shown(admin), StringComparison.Ordinal);
        Assert.Contains(admin, r => r["attachments"]?.Any(a => ((string?)a["name"])?.EndsWith(".ps1", StringComparison.Ordinal) == true && ((string?)a["name"])!.Contains(named, StringComparison.Ordinal)) == true);
        Assert.DoesNotContain("/api/exports/", Shown(user), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("en-US", "export our configuration as PowerShell", "Your configuration as a MicrosoftTeams PowerShell script", "I couldn't put the script in your OneDrive")]
    [InlineData("fr-FR", "exporte la configuration en PowerShell", "Votre configuration en script PowerShell MicrosoftTeams", "Je n’ai pas pu déposer le script dans votre OneDrive")]
    public async Task InATeamsPersonalChat_TheFileComesThroughConsent_AndOnlyToOneDrive(string locale, string sentence, string description, string failed)
    {
        using var listener = new System.Net.Sockets.TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        var reply = Assert.Single(await SendAsync(Client, Personal(Message(Boss, sentence, "a:boss", Tenant.Value, locale))), r => r["attachments"]?.Any() == true);
        var consent = (JObject)reply["attachments"]![0]!;
        var token = (JObject)consent["content"]!["acceptContext"]!;

        var elsewhere = await ConsentAsync(Boss, locale, "accept", token, $"https://127.0.0.1:{((IPEndPoint)listener.LocalEndpoint).Port}/upload");
        var forged = await ConsentAsync(Boss, locale, "accept", new JObject { ["token"] = new string('A', 43) }, "https://contoso-my.sharepoint.com/personal/x/upload");
        var worker = await ConsentAsync(Worker, locale, "accept", token, "https://contoso-my.sharepoint.com/personal/x/upload");
        var declined = await ConsentAsync(Boss, locale, "decline", token, null);

        Assert.Equal("application/vnd.microsoft.teams.card.file.consent", (string?)consent["contentType"]);
        Assert.EndsWith(".ps1", (string?)consent["name"], StringComparison.Ordinal);
        Assert.Contains(description, (string?)consent["content"]!["description"], StringComparison.Ordinal);
        Assert.True((long)consent["content"]!["sizeInBytes"]! > 100);
        Assert.Contains(failed, Shown(elsewhere), StringComparison.Ordinal);
        Assert.False(listener.Pending(), "The script was sent to an address that is not OneDrive's.");
        Assert.Contains(locale == "fr-FR" ? "Cet export a expiré" : "That export has expired", Shown(forged), StringComparison.Ordinal);
        Assert.Contains(locale == "fr-FR" ? "Seul un administrateur" : "Only an admin", Shown(worker), StringComparison.Ordinal);
        Assert.Contains(locale == "fr-FR" ? "je ne le dépose pas" : "I won't put it in your OneDrive", Shown(declined), StringComparison.Ordinal);
    }

    private Task<IReadOnlyList<JObject>> ConsentAsync(string user, string locale, string action, JObject context, string? uploadUrl)
    {
        var invoke = Personal(Message(user, null, "a:boss", Tenant.Value, locale));
        invoke.Remove("text");
        invoke["type"] = "invoke";
        invoke["name"] = "fileConsent/invoke";
        invoke["value"] = new JObject
        {
            ["type"] = "fileUpload",
            ["action"] = action,
            ["context"] = context,
            ["uploadInfo"] = uploadUrl is null ? null : new JObject
            {
                ["name"] = "chatphone.ps1",
                ["uploadUrl"] = uploadUrl,
                ["contentUrl"] = "https://contoso-my.sharepoint.com/personal/x/chatphone.ps1",
                ["uniqueId"] = "1150D938-8870-4044-9F2C-5BBDEBA70C8C",
                ["fileType"] = "ps1",
            },
        };
        return SendAsync(Client, invoke);
    }

    private static JObject Personal(JObject activity)
    {
        activity["conversation"]!["conversationType"] = "personal";
        return activity;
    }

    // The data of the button titled <paramref name="title"/> on the cards among <paramref name="replies"/>.
    private static JObject ButtonData(IReadOnlyList<JObject> replies, string title) =>
        Cards(replies).SelectMany(c => c.SelectTokens("$..actions[*]")).OfType<JObject>()
            .Where(a => (string?)a["title"] == title).Select(a => (JObject)a["data"]!).FirstOrDefault()
        ?? throw new InvalidOperationException($"No button “{title}” in: {Shown(replies)}");
}
