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
    [InlineData("en-US", "show the setup checklist", "Export as PowerShell", "Here is your configuration as a PowerShell script")]
    [InlineData("fr-FR", "affiche la liste de configuration", "Exporter en PowerShell", "Voici votre configuration en script PowerShell")]
    [InlineData("en-US", "show the call queue Support d'O'Brien « $(x) »", "Export as PowerShell", "Here is your configuration as a PowerShell script")]
    public async Task TheExportButton_OfTheChecklistAndOfAnObjectsCard_GivesTheScript_ToAnAdminOnly(string locale, string sentence, string button, string said)
    {
        var card = await SayAsync(Boss, sentence, locale);
        var export = ButtonData(card, button);

        var admin = await SendAsync(Client, InTenant(Invoke(Boss, export, locale: locale)));
        var user = await SendAsync(Client, InTenant(Invoke(Worker, export, locale: locale)));

        Assert.Contains(said, Shown(admin), StringComparison.Ordinal);
        Assert.Contains(admin, r => r["attachments"]?.Any(a => ((string?)a["name"])?.EndsWith(".ps1", StringComparison.Ordinal) == true) == true);
        Assert.DoesNotContain("/api/exports/", Shown(user), StringComparison.Ordinal);
    }

    // The data of the button titled <paramref name="title"/> on the cards among <paramref name="replies"/>.
    private static JObject ButtonData(IReadOnlyList<JObject> replies, string title) =>
        Cards(replies).SelectMany(c => c.SelectTokens("$..actions[*]")).OfType<JObject>()
            .Where(a => (string?)a["title"] == title).Select(a => (JObject)a["data"]!).FirstOrDefault()
        ?? throw new InvalidOperationException($"No button “{title}” in: {Shown(replies)}");
}
