using ChatPhone.Core.CallQueues;
using ChatPhone.Core.Common;
using ChatPhone.Core.Licensing;
using ChatPhone.IntegrationTests.Infrastructure;
using Newtonsoft.Json.Linq;
using static ChatPhone.IntegrationTests.Infrastructure.BotFactory;

namespace ChatPhone.IntegrationTests.Bot.Objects;

/// <summary>
/// A call queue's whole life by chat and cards through <c>POST /api/messages</c>, in English and French: the list with
/// its Show buttons, the detail card with every setting, a change by sentence and by the Edit form, each through a plan
/// card and Confirm, and the removal; the refusals (limits, roles, linked resource accounts, a stale plan) and a double
/// Confirm that applies once.
/// </summary>
[Collection(RedisCollection.Name)]
public sealed class CallQueueObjectConversationTests(RedisServerFixture redis) : BotConversation(redis)
{
    private const string Lucas = "00000000-0000-4000-8000-000000000006";
    private const string Chloe = "00000000-0000-4000-8000-000000000007";

    [Fact]
    public async Task InEnglish_ListShowChangeBySentence_ThenRemove_EachThroughAPlanAndConfirm()
    {
        await LicensePhoneSystemAsync(Alex, Sam);
        await CreateCallQueueAsync("Sales", Alex, Sam);

        var list = await SayAsync(Megan, "list the call queues");
        var shown = Shown(await ClickAsync(Megan, ObjectButton(list, "ShowObject")));
        var plan = await SayAsync(Megan, "rename the queue Sales to Ventes and raise the agent alert time to 45 s");
        var done = Shown(await ClickAsync(Megan, ConfirmData(plan)));
        var again = Shown(await SayAsync(Megan, "show the Ventes queue"));
        var removal = await SayAsync(Megan, "delete the Ventes queue");
        var removed = Shown(await ClickAsync(Megan, ConfirmData(removal)));
        var after = Shown(await SayAsync(Megan, "list the call queues"));

        Assert.Contains("Call queue “Sales”", shown, StringComparison.Ordinal);
        foreach (var setting in new[] { "Routing method", "Agents", "Alex Wilber, Sam Taylor", "Agent alert time", "30 seconds", "Presence-based routing", "Conference mode",
            "Overflow", "after 50 calls: Disconnect (busy tone)", "Timeout", "after 1200 seconds: Disconnect", "When no agent is available", "Music on hold", "Resource accounts", "none linked" })
        {
            Assert.Contains(setting, shown, StringComparison.Ordinal);
        }

        Assert.Contains("\"intent\":\"ChangeObject\"", shown, StringComparison.Ordinal);
        Assert.Contains("\"intent\":\"RemoveObject\"", shown, StringComparison.Ordinal);
        Assert.Contains("Change the call queue “Sales”", Shown(plan), StringComparison.Ordinal);
        Assert.Contains("Sales → Ventes", Shown(plan), StringComparison.Ordinal);
        Assert.Contains("30 seconds → 45 seconds", Shown(plan), StringComparison.Ordinal);
        Assert.Contains("Call queue “Ventes” changed.", done, StringComparison.Ordinal);
        Assert.Contains("Call queue “Ventes”", again, StringComparison.Ordinal);
        Assert.Contains("45 seconds", again, StringComparison.Ordinal);
        Assert.Contains("Remove the call queue “Ventes”", Shown(removal), StringComparison.Ordinal);
        Assert.Contains("Call queue “Ventes” removed.", removed, StringComparison.Ordinal);
        Assert.Contains("There is no call queue yet.", after, StringComparison.Ordinal);
        Assert.Empty((await Phone.VoiceApps.ListCallQueuesAsync(Admin)).Value);

        // Undo: the removal is taken back from the audit trail, the queue as it was just before.
        var undo = await SayAsync(Megan, "undo the last change");
        var undone = Shown(await ClickAsync(Megan, ConfirmData(undo)));
        Assert.Contains("call queue Ventes", Shown(undo), StringComparison.Ordinal);
        Assert.Contains("put back as it was before the change", Shown(undo), StringComparison.Ordinal);
        Assert.Contains("Undone.", undone, StringComparison.Ordinal);
        var back = Assert.Single((await Phone.VoiceApps.ListCallQueuesAsync(Admin)).Value);
        Assert.Equal(("Ventes", 45), (back.Settings.Name, back.Settings.AgentAlertTime));
    }

    [Fact]
    public async Task InFrench_ListShowChangeBySentence_ThenRemove_EachThroughAPlanAndConfirm()
    {
        await LicensePhoneSystemAsync(Lucas, Chloe);
        await CreateCallQueueAsync("Ventes", Lucas, Chloe);

        var list = await SayAsync(Camille, "affiche les files d'attente", "fr-FR");
        var shown = Shown(await ClickAsync(Camille, ObjectButton(list, "ShowObject"), "fr-FR"));
        var plan = await SayAsync(Camille, "renomme la file Ventes en Support et passe le délai d'alerte à 20 secondes", "fr-FR");
        var done = Shown(await ClickAsync(Camille, ConfirmData(plan), "fr-FR"));
        var agents = await SayAsync(Camille, "retire Lucas de la file Support", "fr-FR");
        var agentsDone = Shown(await ClickAsync(Camille, ConfirmData(agents), "fr-FR"));
        var again = Shown(await SayAsync(Camille, "montre la file d'attente Support", "fr-FR"));
        var removal = await SayAsync(Camille, "supprime la file d'attente Support", "fr-FR");
        var removed = Shown(await ClickAsync(Camille, ConfirmData(removal), "fr-FR"));
        var after = Shown(await SayAsync(Camille, "affiche les files d'attente", "fr-FR"));

        Assert.Contains("File d’attente « Ventes »", shown, StringComparison.Ordinal);
        Assert.Contains("Délai d’alerte des agents", shown, StringComparison.Ordinal);
        Assert.Contains("Routage basé sur la présence", shown, StringComparison.Ordinal);
        Assert.Contains("Modifier", shown, StringComparison.Ordinal);
        Assert.Contains("Ventes → Support", Shown(plan), StringComparison.Ordinal);
        Assert.Contains("30 secondes → 20 secondes", Shown(plan), StringComparison.Ordinal);
        Assert.Contains("File d’attente « Support » modifiée.", done, StringComparison.Ordinal);
        Assert.Contains("Lucas Bernard, Chloé Dubois → Chloé Dubois", Shown(agents), StringComparison.Ordinal);
        Assert.Contains("File d’attente « Support » modifiée.", agentsDone, StringComparison.Ordinal);
        Assert.Contains("20 secondes", again, StringComparison.Ordinal);
        Assert.DoesNotContain("Lucas Bernard", again, StringComparison.Ordinal);
        Assert.Contains("Supprimer la file d’attente « Support »", Shown(removal), StringComparison.Ordinal);
        Assert.Contains("File d’attente « Support » supprimée.", removed, StringComparison.Ordinal);
        Assert.Contains("Il n’y a encore aucune file d’attente.", after, StringComparison.Ordinal);

        // Annuler : la suppression est reprise depuis le journal d'audit, puis, redit, le retrait de Lucas.
        var undo = await SayAsync(Camille, "annule la dernière modification", "fr-FR");
        Assert.Contains("Annulé.", Shown(await ClickAsync(Camille, ConfirmData(undo), "fr-FR")), StringComparison.Ordinal);
        var undoAgents = await SayAsync(Camille, "annule la dernière modification", "fr-FR");
        Assert.Contains("Annulé.", Shown(await ClickAsync(Camille, ConfirmData(undoAgents), "fr-FR")), StringComparison.Ordinal);
        var back = Assert.Single((await Phone.VoiceApps.ListCallQueuesAsync(Admin)).Value);
        Assert.Equal("Support", back.Settings.Name);
        Assert.Equal(2, back.Settings.Users.Count);
    }

    [Theory]
    [InlineData("en-US", "show the Sales queue", "Edit", "Call queue “Sales” changed.")]
    [InlineData("fr-FR", "montre la file d'attente Sales", "Modifier", "File d’attente « Sales » modifiée.")]
    public async Task TheEditButton_SendsAFormWithTodaysValues_WhoseSubmitIsPlannedThenApplied(string locale, string show, string edit, string done)
    {
        await LicensePhoneSystemAsync(Alex, Sam);
        await CreateCallQueueAsync("Sales", Alex, Sam);
        var user = locale == "fr-FR" ? Camille : Megan;

        var shown = await SayAsync(user, show, locale);
        var form = await ClickAsync(user, ObjectButton(shown, "ChangeObject"), locale);
        var card = CardOf(form);
        var data = WithInputs(card, (JObject)card.SelectTokens("$..data").OfType<JObject>().First(d => (string?)d["verb"] == "callqueue.edit"));
        data["cqRouting"] = "LongestIdle";
        data["cqTimeout"] = "600";
        data["cqAgents"] = Sam;
        var plan = await ClickAsync(user, data, locale);
        var applied = Shown(await ClickAsync(user, ConfirmData(plan), locale));

        Assert.Contains(edit, Shown(shown), StringComparison.Ordinal);
        Assert.Equal("Sales", (string?)card.SelectTokens("$..[?(@.id == 'cqName')]").First()["value"]);
        Assert.Equal(30, (int?)card.SelectTokens("$..[?(@.id == 'cqAlertTime')]").First()["value"]);
        Assert.Contains("→", Shown(plan), StringComparison.Ordinal);
        Assert.Contains(done, applied, StringComparison.Ordinal);
        var queue = await CallQueueAsync("Sales");
        Assert.Equal(RoutingMethod.LongestIdle, queue.Settings.RoutingMethod);
        Assert.Equal(600, queue.Settings.TimeoutThreshold);
        Assert.Equal([Sam], queue.Settings.Users);
        Assert.Equal(30, queue.Settings.AgentAlertTime);
    }

    [Theory]
    [InlineData("en-US", "raise the agent alert time of the Sales queue to 200 s", "The agent alert time must be between 15 and 180 seconds")]
    [InlineData("fr-FR", "passe le délai d'alerte de la file Sales à 5 secondes", "Le délai d’alerte des agents doit être compris entre 15 et 180 s")]
    [InlineData("en-US", "set the overflow threshold of the Sales queue to 500 calls", "The overflow threshold must be between 0 and 200 calls")]
    [InlineData("fr-FR", "passe le délai d'attente de la file Sales à 50 minutes", "Le délai d’attente doit être compris entre 0 et 2700 s")]
    public async Task AValueOutsideTheTeamsLimits_IsRefusedWithTheLimit_AndNothingIsPlanned(string locale, string text, string refusal)
    {
        await CreateCallQueueAsync("Sales");

        var replies = Shown(await SayAsync(Megan, text, locale));

        Assert.Contains(refusal, replies, StringComparison.Ordinal);
        Assert.DoesNotContain("plan.confirm", replies, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Helpdesk_SeesTheCardWithoutEditOrRemove_AndIsRefusedChanges_AndAUserIsRefusedEverything()
    {
        await CreateCallQueueAsync("Sales");
        var id = (await CallQueueAsync("Sales")).Id;

        var helpdesk = Shown(await SayAsync(Priya, "show the Sales queue"));
        var helpdeskChange = Shown(await SayAsync(Priya, "rename the queue Sales to Ventes"));
        var helpdeskForged = Shown(await ClickAsync(Priya, Button("RemoveObject", id)));
        var user = Shown(await SayAsync(Alex, "show the Sales queue"));
        var userRemove = Shown(await SayAsync(Alex, "delete the Sales queue"));

        Assert.Contains("Call queue “Sales”", helpdesk, StringComparison.Ordinal);
        Assert.DoesNotContain("ChangeObject", helpdesk, StringComparison.Ordinal);
        Assert.DoesNotContain("RemoveObject", helpdesk, StringComparison.Ordinal);
        Assert.Contains("Only an admin", helpdeskChange, StringComparison.Ordinal);
        Assert.Contains("Only an admin", helpdeskForged, StringComparison.Ordinal);
        Assert.DoesNotContain("plan.confirm", helpdeskForged, StringComparison.Ordinal);
        Assert.DoesNotContain("Call queue “Sales”", user, StringComparison.Ordinal);
        Assert.DoesNotContain("plan.confirm", userRemove, StringComparison.Ordinal);
        Assert.Equal("Sales", (await CallQueueAsync("Sales")).Name);
    }

    [Theory]
    [InlineData("en-US", "delete the Sales queue", "The call queue Sales still has resource accounts")]
    [InlineData("fr-FR", "supprime la file d'attente Sales", "dissociez ou supprimez d’abord ces comptes")]
    public async Task RemovingAQueueWithALinkedResourceAccount_IsRefusedWithTheReason(string locale, string text, string refusal)
    {
        await CreateCallQueueAsync("Sales");
        await BuyAsync(Sku.ResourceAccount, 2);
        var linking = await SayAsync(Megan, "create a resource account Sales for the call queue");
        await ClickAsync(Megan, ConfirmData(linking));

        var replies = Shown(await SayAsync(Megan, text, locale));

        Assert.Contains(refusal, replies, StringComparison.Ordinal);
        Assert.Contains("@contoso.com", replies, StringComparison.Ordinal);
        Assert.DoesNotContain("plan.confirm", replies, StringComparison.Ordinal);
        Assert.Single((await Phone.VoiceApps.ListCallQueuesAsync(Admin)).Value);
    }

    [Fact]
    public async Task APlanConfirmedAfterTheQueueChangedOrWasRemoved_IsRefusedClearly_AndChangesNothing()
    {
        await CreateCallQueueAsync("Sales");
        await CreateCallQueueAsync("Support");
        var changedPlan = await SayAsync(Megan, "raise the agent alert time of the Sales queue to 60 s", conversation: "stale-1");
        var sales = await CallQueueAsync("Sales");
        Assert.True((await Phone.CallQueues.UpdateAsync(new UpdateCallQueue(Admin, IdempotencyKey.New(), sales.Id, sales.Settings with { OverflowThreshold = 10 }))).IsSuccess);
        var gonePlan = await SayAsync(Megan, "raise the agent alert time of the Support queue to 60 s", conversation: "stale-2");
        var support = await CallQueueAsync("Support");
        Assert.True((await Phone.CallQueues.DeleteAsync(new DeleteCallQueue(Admin, IdempotencyKey.New(), support.Id))).IsSuccess);

        var changed = Shown(await ClickAsync(Megan, ConfirmData(changedPlan), conversation: "stale-1"));
        var gone = Shown(await ClickAsync(Megan, ConfirmData(gonePlan), conversation: "stale-2"));

        Assert.Contains("Someone changed the call queue “Sales”", changed, StringComparison.Ordinal);
        Assert.Equal(30, (await CallQueueAsync("Sales")).Settings.AgentAlertTime);
        Assert.Contains("The call queue “Support” was removed after this plan was made, so nothing was changed.", gone, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ConfirmingTwice_AppliesOnce()
    {
        await LicensePhoneSystemAsync(Alex, Sam);
        await CreateCallQueueAsync("Sales", Alex, Sam);

        var plan = await SayAsync(Megan, "remove Alex from the Sales queue");
        var first = Shown(await ClickAsync(Megan, ConfirmData(plan)));
        var updated = (await CallQueueAsync("Sales")).UpdatedAt;
        var second = Shown(await ClickAsync(Megan, ConfirmData(plan)));

        Assert.Contains("Alex Wilber, Sam Taylor → Sam Taylor", Shown(plan), StringComparison.Ordinal);
        Assert.Contains("Call queue “Sales” changed.", first, StringComparison.Ordinal);
        Assert.DoesNotContain("changed.", second, StringComparison.Ordinal);
        Assert.Contains("already", second, StringComparison.OrdinalIgnoreCase);
        Assert.Equal([Sam], (await CallQueueAsync("Sales")).Settings.Users);
        Assert.Equal(updated, (await CallQueueAsync("Sales")).UpdatedAt);
    }

    private static JObject ObjectButton(IReadOnlyList<JObject> replies, string intent) =>
        replies.SelectMany(r => r["attachments"]?.Children<JObject>() ?? []).Select(a => (JObject)a["content"]!)
            .SelectMany(c => c.SelectTokens("$..data").OfType<JObject>())
            .First(d => (string?)d["verb"] == "object.act" && (string?)d["intent"] == intent);

    private static JObject Button(string intent, string id) =>
        new() { ["verb"] = "object.act", ["intent"] = intent, ["kind"] = "CallQueue", ["objectId"] = id };

    private Task<IReadOnlyList<JObject>> SayAsync(string user, string text, string locale = "en-US", string conversation = "cq-objects") =>
        SendAsync(Client, Message(user, text, conversation, locale: locale));

    private Task<IReadOnlyList<JObject>> ClickAsync(string user, JObject data, string locale = "en-US", string conversation = "cq-objects") =>
        SendAsync(Client, Invoke(user, data, conversation, locale));

    private async Task BuyAsync(Sku sku, int quantity) =>
        Assert.True((await Phone.Licensing.PurchaseAsync(new PurchaseLicenses(Admin, IdempotencyKey.New(), sku, quantity))).IsSuccess);
}
