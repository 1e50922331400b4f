using ChatPhone.Core.Licensing;
using Newtonsoft.Json.Linq;
using static ChatPhone.IntegrationTests.Infrastructure.BotFactory;

namespace ChatPhone.IntegrationTests.Bot.Objects;

/// <summary>A person's licenses (with a Remove button per license), people filtered by license, and licenses for whole groups.</summary>
public sealed partial class LicensesObjectConversationTests
{
    [Theory]
    [InlineData("en-US", "what licenses does Oliver have?", "Licenses of Oliver Smith", Oliver, "Oliver Smith")]
    [InlineData("fr-FR", "quelles sont les licences de Lucas ?", "Licences de Lucas Bernard", Lucas, "Lucas Bernard")]
    public async Task APersonsLicenses_ShowEachLicenseWithARemoveButton_WhoseClickIsPlannedThenApplied(string locale, string text, string title, string person, string name)
    {
        await BuyAsync(Sku.PhoneSystem, 5);
        await BuyAsync(Sku.AudioConferencing, 5);
        await AssignAsync(person, Sku.PhoneSystem, Sku.AudioConferencing);
        var admin = locale == "fr-FR" ? Camille : Megan;

        var card = await SayAsync(admin, text, locale);
        var remove = card.SelectMany(r => r["attachments"]?.Children<JObject>() ?? []).SelectMany(a => a.SelectTokens("$..data")).OfType<JObject>()
            .First(d => (string?)d["verb"] == "license.person.remove" && (string?)d["sku"] == "AudioConferencing");
        var plan = await ClickAsync(admin, remove, locale);
        var doneReplies = await ClickAsync(admin, ConfirmData(plan), locale);
        var done = Shown(doneReplies);
        var helpdesk = Shown(await SayAsync(Priya, text, locale));
        var user = Shown(await SayAsync(Alex, text, locale));

        Assert.Contains(title, Shown(card), StringComparison.Ordinal);
        Assert.Contains("Teams Phone Standard (MCOEV)", Shown(card), StringComparison.Ordinal);
        Assert.Equal(["AudioConferencing", "PhoneSystem"], card.SelectMany(r => r["attachments"]?.Children<JObject>() ?? []).SelectMany(a => a.SelectTokens("$..data")).OfType<JObject>()
            .Where(d => (string?)d["verb"] == "license.person.remove").Select(d => (string?)d["sku"]).Distinct().Order());
        Assert.Contains(name, Shown(plan), StringComparison.Ordinal);
        Assert.Contains("MCOMEETADV", Shown(plan), StringComparison.Ordinal);
        Assert.Contains(name, done, StringComparison.Ordinal);
        Assert.Equal([Sku.PhoneSystem], (await Phone.Licensing.ForUserAsync(Demo, person)).Value.Skus);
        Assert.Contains(title, helpdesk, StringComparison.Ordinal);
        Assert.DoesNotContain("license.person.remove", helpdesk, StringComparison.Ordinal);
        Assert.DoesNotContain(title, user, StringComparison.Ordinal);

        // The removal's result card has an Undo button: the person gets the license back, and the count in use follows.
        var undo = await ClickAsync(admin, ActionData(doneReplies, "undo.change"), locale);
        var undone = Shown(await ClickAsync(admin, ConfirmData(undo), locale));
        Assert.Contains(locale == "fr-FR" ? "Annulé." : "Undone.", undone, StringComparison.Ordinal);
        Assert.Equal([Sku.PhoneSystem, Sku.AudioConferencing], (await Phone.Licensing.ForUserAsync(Demo, person)).Value.Skus.Order());
        Assert.Equal(1, (await SubscriptionAsync(Sku.AudioConferencing)).Consumed);
    }

    [Fact]
    public async Task AForgedRemoveButton_FromTheHelpdesk_IsRefused()
    {
        await BuyAsync(Sku.PhoneSystem, 5);
        await AssignAsync(Oliver, Sku.PhoneSystem);

        var replies = Shown(await ClickAsync(Priya, new JObject { ["verb"] = "license.person.remove", ["userId"] = Oliver, ["sku"] = "PhoneSystem" }));

        Assert.Contains("Only an admin", replies, StringComparison.Ordinal);
        Assert.DoesNotContain("plan.confirm", replies, StringComparison.Ordinal);
        Assert.Equal([Sku.PhoneSystem], (await Phone.Licensing.ForUserAsync(Demo, Oliver)).Value.Skus);
    }

    [Fact]
    public async Task PeopleWithoutACallingPlan_AreListedFromTheDirectory_ForTheHelpdesk()
    {
        await BuyAsync(Sku.PhoneSystem, 5);
        await BuyAsync(Sku.DomesticCallingPlan, 5);
        await AssignAsync(Alex, Sku.PhoneSystem, Sku.DomesticCallingPlan);

        var replies = Shown(await SayAsync(Priya, "people without a calling plan"));

        Assert.Contains("People without Domestic Calling Plan (MCOPSTN1)", replies, StringComparison.Ordinal);
        Assert.Contains("People: 7", replies, StringComparison.Ordinal);
        Assert.Contains("Sam Taylor", replies, StringComparison.Ordinal);
        Assert.DoesNotContain("Alex Wilber", replies, StringComparison.Ordinal);
        Assert.DoesNotContain("plan.confirm", replies, StringComparison.Ordinal);
    }

    [Fact]
    public async Task BulkToADepartment_ListsWhoGetsWhat_ThenGivesAPerPersonOutcome()
    {
        await BuyAsync(Sku.PhoneSystem, 2);
        await AssignAsync(Sam, Sku.PhoneSystem);

        var plan = await SayAsync(Megan, "assign Teams Phone to everyone in Sales");
        var done = Shown(await ClickAsync(Megan, ConfirmData(plan)));

        Assert.Contains("Assign licenses — people: 2 (in the Sales department)", Shown(plan), StringComparison.Ordinal);
        Assert.Contains("gets Teams Phone Standard (MCOEV)", Shown(plan), StringComparison.Ordinal);
        Assert.Contains("already has Teams Phone Standard (MCOEV): nothing changes", Shown(plan), StringComparison.Ordinal);
        Assert.DoesNotContain("Lucas", Shown(plan), StringComparison.Ordinal);
        Assert.Contains("Alex Wilber: Teams Phone Standard (MCOEV)", done, StringComparison.Ordinal);
        Assert.Contains("Sam Taylor: already had it", done, StringComparison.Ordinal);
        Assert.True((await Phone.Licensing.ForUserAsync(Demo, Alex)).Value.HasPhoneSystem);
        Assert.Equal(2, (await SubscriptionAsync(Sku.PhoneSystem)).Consumed);
    }

    [Fact]
    public async Task BulkByUsageLocation_InFrench_RefusesThoseForWhomNoLicenseIsLeft_WithTheReason()
    {
        await BuyAsync(Sku.PhoneSystem, 2);
        await AssignAsync(Alex, Sku.PhoneSystem);

        var plan = await SayAsync(Camille, "attribue Teams Phone à tous les utilisateurs en France", "fr-FR");
        var done = Shown(await ClickAsync(Camille, ConfirmData(plan), "fr-FR"));

        Assert.Contains("Attribuer des licences — personnes : 3 (avec le lieu d’utilisation FR)", Shown(plan), StringComparison.Ordinal);
        Assert.Contains("reçoit Teams Phone Standard (MCOEV)", Shown(plan), StringComparison.Ordinal);
        Assert.Contains("sera refusée", Shown(plan), StringComparison.Ordinal);
        Assert.DoesNotContain("Oliver", Shown(plan), StringComparison.Ordinal);
        Assert.Contains("faites : 1, refusées : 2", done, StringComparison.Ordinal);
        Assert.Equal(2, (await SubscriptionAsync(Sku.PhoneSystem)).Consumed);
    }

    [Fact]
    public async Task BulkToEveryoneWithoutACallingPlan_SkipsThoseWhoHaveOne()
    {
        await BuyAsync(Sku.PhoneSystem, 10);
        await BuyAsync(Sku.DomesticCallingPlan, 10);
        await AssignAsync(Alex, Sku.PhoneSystem, Sku.DomesticCallingPlan);
        await AssignAsync(Sam, Sku.PhoneSystem);

        var plan = Shown(await SayAsync(Megan, "give a calling plan to everyone without a calling plan"));

        Assert.Contains("without Domestic Calling Plan (MCOPSTN1)", plan, StringComparison.Ordinal);
        Assert.Contains("Sam Taylor", plan, StringComparison.Ordinal);
        Assert.DoesNotContain("Alex Wilber", plan, StringComparison.Ordinal);
        Assert.Contains("plan.confirm", plan, StringComparison.Ordinal);
    }
}
