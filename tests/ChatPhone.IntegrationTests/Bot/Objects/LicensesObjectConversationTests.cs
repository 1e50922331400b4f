using ChatPhone.Core.Common;
using ChatPhone.Core.Directory;
using ChatPhone.Core.Licensing;
using ChatPhone.IntegrationTests.Infrastructure;
using Newtonsoft.Json.Linq;
using static ChatPhone.IntegrationTests.Infrastructure.BotFactory;

namespace ChatPhone.IntegrationTests.Bot.Objects;

/// <summary>
/// License subscriptions as objects through <c>POST /api/messages</c>, in English and French: the list with its Show buttons,
/// the detail card with the counts and who holds the license, a new count by sentence and by the Edit form (each through a
/// plan card and Confirm), the removal refused while a license is assigned and planned once it is not; the roles, a stale
/// plan and a double Confirm.
/// </summary>
[Collection(RedisCollection.Name)]
public sealed partial class LicensesObjectConversationTests(RedisServerFixture redis) : BotConversation(redis)
{
    private const string Lucas = "00000000-0000-4000-8000-000000000006";
    private const string Chloe = "00000000-0000-4000-8000-000000000007";
    private const string Oliver = "00000000-0000-4000-8000-000000000008";

    [Fact]
    public async Task InEnglish_ListShowReduceBySentence_RemoveRefusedWhileAssigned_ThenRemovedOnceFree()
    {
        await BuyAsync(Sku.PhoneSystem, 5);
        await BuyAsync(Sku.DomesticCallingPlan, 5);
        await AssignAsync(Alex, Sku.PhoneSystem, Sku.DomesticCallingPlan);

        var list = await SayAsync(Megan, "list the licenses");
        var shown = Shown(await ClickAsync(Megan, ShowButton(list, "DomesticCallingPlan")));
        var plan = await SayAsync(Megan, "reduce the calling plan subscription to 3");
        var done = Shown(await ClickAsync(Megan, ConfirmData(plan)));
        var again = Shown(await SayAsync(Megan, "show the calling plans"));
        var refused = Shown(await SayAsync(Megan, "delete the calling plan subscription"));
        await ClickAsync(Megan, ConfirmData(await SayAsync(Megan, "remove the calling plan from Alex")));
        var removal = await SayAsync(Megan, "delete the calling plan subscription");
        var removed = Shown(await ClickAsync(Megan, ConfirmData(removal)));
        var after = Shown(await SayAsync(Megan, "list the licenses"));

        Assert.Contains("Teams Phone Standard (MCOEV)", Shown(list), StringComparison.Ordinal);
        Assert.Contains("5 purchased, 1 assigned, 4 available", Shown(list), StringComparison.Ordinal);
        Assert.Contains("License Domestic Calling Plan (MCOPSTN1)", shown, StringComparison.Ordinal);
        foreach (var fact in new[] { "Product", "SKU part number", "MCOPSTN1", "Bought", "Assigned", "Free", "Who has it", "Alex Wilber", "\"intent\":\"ChangeObject\"", "\"intent\":\"RemoveObject\"" })
        {
            Assert.Contains(fact, shown, StringComparison.Ordinal);
        }

        Assert.Contains("Change the number of Domestic Calling Plan (MCOPSTN1) licenses", Shown(plan), StringComparison.Ordinal);
        Assert.Contains("5 → 3", Shown(plan), StringComparison.Ordinal);
        Assert.Contains("Domestic Calling Plan (MCOPSTN1): 3 bought, 2 free.", done, StringComparison.Ordinal);
        Assert.Contains("License Domestic Calling Plan (MCOPSTN1)", again, StringComparison.Ordinal);
        Assert.Contains("{\"title\":\"Bought\",\"value\":\"3\"}", again, StringComparison.Ordinal);
        Assert.Contains("a license still assigned cannot be dropped below the count in use (assigned: 1, to Alex Wilber)", refused, StringComparison.Ordinal);
        Assert.DoesNotContain("plan.confirm", refused, StringComparison.Ordinal);
        Assert.Contains("Remove the Domestic Calling Plan (MCOPSTN1) subscription", Shown(removal), StringComparison.Ordinal);
        Assert.Contains("Subscription Domestic Calling Plan (MCOPSTN1) removed.", removed, StringComparison.Ordinal);
        Assert.DoesNotContain("MCOPSTN1", after, StringComparison.Ordinal);
        Assert.Contains("MCOEV", after, StringComparison.Ordinal);
        Assert.Equal(0, (await SubscriptionAsync(Sku.DomesticCallingPlan)).Purchased);

        // Undo, said twice: the subscription comes back as it was just before its removal, then Alex's calling plan.
        var undo = await SayAsync(Megan, "undo the last change");
        var undone = Shown(await ClickAsync(Megan, ConfirmData(undo)));
        var undoAgain = await SayAsync(Megan, "undo the last change");
        var undoneAgain = Shown(await ClickAsync(Megan, ConfirmData(undoAgain)));
        Assert.Contains("Undo your change of", Shown(undo), StringComparison.Ordinal);
        Assert.Contains("Bought: 0 → 3", Shown(undo), StringComparison.Ordinal);
        Assert.Contains("Undone.", undone, StringComparison.Ordinal);
        Assert.Contains("Undone.", undoneAgain, StringComparison.Ordinal);
        // Alex's licenses are kept under his object id: the answer names him, as the plan did.
        Assert.Contains("Alex Wilber", undoneAgain, StringComparison.Ordinal);
        Assert.DoesNotContain(Alex, undoneAgain, StringComparison.Ordinal);
        var back = await SubscriptionAsync(Sku.DomesticCallingPlan);
        Assert.Equal((3, 1), (back.Purchased, back.Consumed));
    }

    [Fact]
    public async Task InFrench_ListShowReduceBySentence_RemoveRefusedWhileAssigned_ThenRemovedOnceFree()
    {
        await BuyAsync(Sku.PhoneSystem, 5);
        await BuyAsync(Sku.DomesticCallingPlan, 5);
        await AssignAsync(Lucas, Sku.PhoneSystem, Sku.DomesticCallingPlan);

        var list = await SayAsync(Camille, "liste les licences", "fr-FR");
        var shown = Shown(await ClickAsync(Camille, ShowButton(list, "DomesticCallingPlan"), "fr-FR"));
        var plan = await SayAsync(Camille, "ramène l'abonnement forfait d'appels à 3", "fr-FR");
        var done = Shown(await ClickAsync(Camille, ConfirmData(plan), "fr-FR"));
        var again = Shown(await SayAsync(Camille, "affiche le détail des forfaits d'appels", "fr-FR"));
        var refused = Shown(await SayAsync(Camille, "supprime l'abonnement forfait d'appels", "fr-FR"));
        await ClickAsync(Camille, ConfirmData(await SayAsync(Camille, "retire le forfait d'appels à Lucas", "fr-FR")), "fr-FR");
        var removal = await SayAsync(Camille, "supprime l'abonnement forfait d'appels", "fr-FR");
        var removed = Shown(await ClickAsync(Camille, ConfirmData(removal), "fr-FR"));
        var after = Shown(await SayAsync(Camille, "liste les licences", "fr-FR"));

        Assert.Contains("Licence Forfait d’appels nationaux (MCOPSTN1)", shown, StringComparison.Ordinal);
        foreach (var fact in new[] { "Produit", "Référence SKU", "Achetées", "Attribuées", "Libres", "Qui l’a", "Lucas Bernard", "Réduire", "Retirer" })
        {
            Assert.Contains(fact, shown, StringComparison.Ordinal);
        }

        Assert.Contains("5 → 3", Shown(plan), StringComparison.Ordinal);
        Assert.Contains("Forfait d’appels nationaux (MCOPSTN1) : achetées : 3, libres : 2.", done, StringComparison.Ordinal);
        Assert.Contains("{\"title\":\"Achetées\",\"value\":\"3\"}", again, StringComparison.Ordinal);
        Assert.Contains("une licence encore attribuée ne peut pas descendre sous le nombre utilisé (attribuées : 1, à Lucas Bernard)", refused, StringComparison.Ordinal);
        Assert.DoesNotContain("plan.confirm", refused, StringComparison.Ordinal);
        Assert.Contains("Supprimer l’abonnement Forfait d’appels nationaux (MCOPSTN1)", Shown(removal), StringComparison.Ordinal);
        Assert.Contains("Abonnement Forfait d’appels nationaux (MCOPSTN1) supprimé.", removed, StringComparison.Ordinal);
        Assert.DoesNotContain("MCOPSTN1", after, StringComparison.Ordinal);
        Assert.Equal(0, (await SubscriptionAsync(Sku.DomesticCallingPlan)).Purchased);

        // Annuler, dit deux fois : l'abonnement revient tel qu'il était avant sa suppression, puis le forfait de Lucas.
        var undo = await SayAsync(Camille, "annule la dernière modification", "fr-FR");
        var undone = Shown(await ClickAsync(Camille, ConfirmData(undo), "fr-FR"));
        var undoAgain = await SayAsync(Camille, "annule la dernière modification", "fr-FR");
        var undoneAgain = Shown(await ClickAsync(Camille, ConfirmData(undoAgain), "fr-FR"));
        Assert.Contains("Achetées : 0 → 3", Shown(undo), StringComparison.Ordinal);
        Assert.Contains("Annulé.", undone, StringComparison.Ordinal);
        Assert.Contains("Annulé.", undoneAgain, StringComparison.Ordinal);
        var back = await SubscriptionAsync(Sku.DomesticCallingPlan);
        Assert.Equal((3, 1), (back.Purchased, back.Consumed));
    }

    [Theory]
    [InlineData("en-US", "show the calling plans", "8")]
    [InlineData("fr-FR", "affiche le détail des forfaits d'appels", "2")]
    public async Task TheEditButton_SendsAFormWithTodaysCount_WhoseSubmitIsPlannedThenApplied(string locale, string show, string total)
    {
        await BuyAsync(Sku.PhoneSystem, 5);
        await BuyAsync(Sku.DomesticCallingPlan, 5);
        await AssignAsync(Alex, Sku.PhoneSystem, Sku.DomesticCallingPlan);
        var user = locale == "fr-FR" ? Camille : Megan;

        var shown = await SayAsync(user, show, locale);
        var form = await ClickAsync(user, ObjectButton(shown, "ChangeObject"), locale);
        var card = CardOf(form);
        var data = WithInputs(card, (JObject)card.SelectTokens("$..data").OfType<JObject>().First(d => (string?)d["verb"] == "subscription.edit"));
        data["licTotal"] = total;
        var plan = await ClickAsync(user, data, locale);
        var applied = Shown(await ClickAsync(user, ConfirmData(plan), locale));

        Assert.Equal(5, (int?)card.SelectTokens("$..[?(@.id == 'licTotal')]").First()["value"]);
        Assert.Equal(1, (int?)card.SelectTokens("$..[?(@.id == 'licTotal')]").First()["min"]);
        Assert.Contains($"5 → {total}", Shown(plan), StringComparison.Ordinal);
        Assert.Contains(total, applied, StringComparison.Ordinal);
        Assert.Equal(int.Parse(total, System.Globalization.CultureInfo.InvariantCulture), (await SubscriptionAsync(Sku.DomesticCallingPlan)).Purchased);
    }

    [Theory]
    [InlineData("en-US", "lower the calling plan subscription to 2 licenses", "so the subscription cannot go down to 2")]
    [InlineData("fr-FR", "réduis l'abonnement forfait d'appels à 2 licences", "l’abonnement ne peut donc pas passer à 2")]
    public async Task ACountBelowTheLicensesAssigned_IsRefusedNamingWhoHoldsThem(string locale, string text, string refusal)
    {
        await BuyAsync(Sku.PhoneSystem, 5);
        await BuyAsync(Sku.DomesticCallingPlan, 5);
        await AssignAsync(Alex, Sku.PhoneSystem, Sku.DomesticCallingPlan);
        await AssignAsync(Sam, Sku.PhoneSystem, Sku.DomesticCallingPlan);
        await AssignAsync(Megan, Sku.PhoneSystem, Sku.DomesticCallingPlan);

        var replies = Shown(await SayAsync(locale == "fr-FR" ? Camille : Megan, text, locale));

        Assert.Contains(refusal, replies, StringComparison.Ordinal);
        Assert.Contains("Alex Wilber, Megan Bowen, Sam Taylor", replies, StringComparison.Ordinal);
        Assert.DoesNotContain("plan.confirm", replies, StringComparison.Ordinal);
        Assert.Equal(5, (await SubscriptionAsync(Sku.DomesticCallingPlan)).Purchased);
    }

    [Fact]
    public async Task Helpdesk_SeesTheCardWithoutButtons_AndIsRefusedChanges_AndAUserIsRefusedEverything()
    {
        await BuyAsync(Sku.PhoneSystem, 5);

        var helpdesk = Shown(await SayAsync(Priya, "show the Teams Phone licenses"));
        var helpdeskChange = Shown(await SayAsync(Priya, "reduce the Teams Phone subscription to 3 licenses"));
        var helpdeskForged = Shown(await ClickAsync(Priya, Button("RemoveObject", "PhoneSystem")));
        var user = Shown(await SayAsync(Alex, "list the licenses"));
        var userForged = Shown(await ClickAsync(Alex, Button("ShowObject", "PhoneSystem")));

        Assert.Contains("License Teams Phone Standard (MCOEV)", helpdesk, StringComparison.Ordinal);
        Assert.DoesNotContain("ChangeObject", helpdesk, StringComparison.Ordinal);
        Assert.DoesNotContain("RemoveObject", helpdesk, StringComparison.Ordinal);
        Assert.Contains("Only an admin", helpdeskChange, StringComparison.Ordinal);
        Assert.Contains("Only an admin", helpdeskForged, StringComparison.Ordinal);
        Assert.DoesNotContain("plan.confirm", helpdeskChange + helpdeskForged, StringComparison.Ordinal);
        Assert.DoesNotContain("MCOEV", user, StringComparison.Ordinal);
        Assert.DoesNotContain("MCOEV", userForged, StringComparison.Ordinal);
        Assert.Equal(5, (await SubscriptionAsync(Sku.PhoneSystem)).Purchased);
    }

    [Fact]
    public async Task APlanConfirmedAfterTheCountChanged_IsRefusedClearly_AndConfirmingTwiceAppliesOnce()
    {
        await BuyAsync(Sku.PhoneSystem, 5);
        var stale = await SayAsync(Megan, "reduce the Teams Phone subscription to 3 licenses", conversation: "lic-stale");
        await BuyAsync(Sku.PhoneSystem, 1);
        var refused = Shown(await ClickAsync(Megan, ConfirmData(stale), conversation: "lic-stale"));
        var plan = await SayAsync(Megan, "reduce the Teams Phone subscription to 4 licenses");

        var first = Shown(await ClickAsync(Megan, ConfirmData(plan)));
        var second = Shown(await ClickAsync(Megan, ConfirmData(plan)));

        Assert.Contains("changed after this plan was made (bought then: 5, now: 6), so nothing was changed", refused, StringComparison.Ordinal);
        Assert.Contains("6 → 4", Shown(plan), StringComparison.Ordinal);
        Assert.Contains("Teams Phone Standard (MCOEV): 4 bought, 4 free.", first, StringComparison.Ordinal);
        Assert.DoesNotContain("4 bought", second, StringComparison.Ordinal);
        Assert.Contains("already", second, StringComparison.OrdinalIgnoreCase);
        Assert.Equal(4, (await SubscriptionAsync(Sku.PhoneSystem)).Purchased);
    }

    private static JObject ShowButton(IReadOnlyList<JObject> replies, string sku) =>
        replies.SelectMany(r => r["attachments"]?.Children<JObject>() ?? []).Select(a => (JObject)a["content"]!)
            .SelectMany(c => c.SelectTokens("$..data").OfType<JObject>())
            .FirstOrDefault(d => (string?)d["verb"] == "object.act" && (string?)d["intent"] == "ShowObject" && (string?)d["objectId"] == sku)
        ?? throw new Xunit.Sdk.XunitException($"No Show button for {sku} in:\n{Shown(replies)}");

    private static JObject ObjectButton(IReadOnlyList<JObject> replies, string intent) =>
        replies.SelectMany(r => r["attachments"]?.Children<JObject>() ?? []).Select(a => (JObject)a["content"]!)
            .SelectMany(c => c.SelectTokens("$..data").OfType<JObject>())
            .First(d => (string?)d["verb"] == "object.act" && (string?)d["intent"] == intent);

    private static JObject Button(string intent, string id) =>
        new() { ["verb"] = "object.act", ["intent"] = intent, ["kind"] = "Subscription", ["objectId"] = id };

    private Task<IReadOnlyList<JObject>> SayAsync(string user, string text, string locale = "en-US", string conversation = "lic-objects") =>
        SendAsync(Client, Message(user, text, conversation, locale: locale));

    private Task<IReadOnlyList<JObject>> ClickAsync(string user, JObject data, string locale = "en-US", string conversation = "lic-objects") =>
        SendAsync(Client, Invoke(user, data, conversation, locale));

    private async Task<Subscription> SubscriptionAsync(Sku sku) =>
        (await Phone.Licensing.SubscriptionsAsync(Demo)).FirstOrDefault(s => s.Sku == sku) ?? new Subscription(sku, 0, 0);

    private async Task BuyAsync(Sku sku, int quantity) =>
        Assert.True((await Phone.Licensing.PurchaseAsync(new PurchaseLicenses(Admin, IdempotencyKey.New(), sku, quantity))).IsSuccess);

    private async Task AssignAsync(string person, params Sku[] skus)
    {
        var assigned = await Phone.Licensing.AssignAsync(new AssignLicenses(Admin, IdempotencyKey.New(), UserId.Parse(person), skus));
        Assert.True(assigned.IsSuccess, assigned.IsSuccess ? null : assigned.Error.Code);
    }
}
