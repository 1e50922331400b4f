using ChatPhone.Core.Common;
using ChatPhone.Core.Licensing;
using ChatPhone.Core.Tenants;
using ChatPhone.IntegrationTests.Infrastructure;
using Newtonsoft.Json.Linq;
using static ChatPhone.IntegrationTests.Infrastructure.BotFactory;

namespace ChatPhone.IntegrationTests.Bot.Audit;

/// <summary>
/// "undo the last change" through <c>POST /api/messages</c>, in English and French: undoing is not available yet, so the
/// bot shows the person's own last change, says nothing was undone, and gives the sentence that reverses it.
/// </summary>
[Collection(RedisCollection.Name)]
public sealed class UndoConversationTests(RedisServerFixture redis) : BotConversation(redis)
{
    private const string Boss = "00000000-0000-4000-8000-0000000000d1";
    private const string Helper = "00000000-0000-4000-8000-0000000000d2";
    private const string Worker = "00000000-0000-4000-8000-0000000000d3";
    private const string Oliver = "00000000-0000-4000-8000-0000000000d4";
    private readonly TenantId _tenant = TenantId.Parse("t-" + Guid.NewGuid().ToString("N")[..12]);

    protected override async Task ArrangeAsync()
    {
        await TenantSeed.PeopleAsync(Factory.Services, _tenant,
            (Boss, "boss@fabrikam.com", "Bo Boss", "US", "admin"),
            (Helper, "helper@fabrikam.com", "He Helper", "US", "helpdesk"),
            (Worker, "worker@fabrikam.com", "Wo Worker", "US", "user"),
            (Oliver, "oliver@fabrikam.com", "Oliver Smith", "US", "user"));
        foreach (var sku in new[] { Sku.PhoneSystem, Sku.DomesticCallingPlan })
        {
            var bought = await Phone.Licensing.PurchaseAsync(new PurchaseLicenses(TenantSeed.Admin(_tenant), IdempotencyKey.New(), sku, 10));
            Assert.True(bought.IsSuccess, bought.Error?.Code);
        }
    }

    [Fact]
    public async Task AfterAnAssignment_UndoShowsIt_SaysNothingWasUndone_AndItsReverseSentenceRemovesTheLicenses()
    {
        await DoAsync("give oliver@fabrikam.com Phone System and a calling plan", "en-US");

        var undo = Shown(await SayAsync(Boss, "undo the last change"));
        var reverse = "remove Teams Phone Standard (MCOEV), Domestic Calling Plan (MCOPSTN1) from oliver@fabrikam.com";
        var plan = await SayAsync(Boss, reverse);
        await ConfirmAsync(Boss, plan, "en-US");

        Assert.Contains("Your last change was on", undo, StringComparison.Ordinal);
        Assert.Contains("license.assign", undo, StringComparison.Ordinal);
        Assert.Contains("Undoing a change by chat is not available yet, so nothing was undone.", undo, StringComparison.Ordinal);
        Assert.Contains("To reverse it, say: “" + reverse + "”.", undo, StringComparison.Ordinal);
        Assert.Contains("licenses:" + Oliver, undo, StringComparison.Ordinal);
        Assert.Empty((await Phone.Licensing.ForUserAsync(_tenant, Oliver)).Value.Skus);
    }

    [Fact]
    public async Task InFrench_AfterARemoval_UndoShowsTheRemoval_AndHowToGiveTheLicenseBack()
    {
        await DoAsync("donne Phone System et un forfait d'appels à oliver@fabrikam.com", "fr-FR");
        await DoAsync("retire le forfait d'appels à Oliver", "fr-FR");

        var undo = Shown(await SayAsync(Boss, "annule la dernière modification", "fr-FR"));

        Assert.Contains("Votre dernière modification date du", undo, StringComparison.Ordinal);
        Assert.Contains("license.remove", undo, StringComparison.Ordinal);
        Assert.DoesNotContain("license.assign", undo, StringComparison.Ordinal);
        Assert.Contains("Annuler une modification par le chat n’est pas encore possible : rien n’a été annulé.", undo, StringComparison.Ordinal);
        Assert.Contains("« attribue Forfait d’appels nationaux (MCOPSTN1) à oliver@fabrikam.com »", undo, StringComparison.Ordinal);
        Assert.Equal([Sku.PhoneSystem], (await Phone.Licensing.ForUserAsync(_tenant, Oliver)).Value.Skus);
    }

    [Theory]
    [InlineData("en-US", "undo the last change", "You haven’t changed anything in the last 30 days, so there is nothing to undo.")]
    [InlineData("fr-FR", "annule la dernière modification", "Vous n’avez rien modifié ces 30 derniers jours : il n’y a rien à annuler.")]
    public async Task WithNoChangeOfTheirOwn_UndoSaysSo_EvenWhenOthersChangedThings(string locale, string text, string answer)
    {
        await DoAsync("give oliver@fabrikam.com Phone System", "en-US");

        var undo = Shown(await SayAsync(Helper, text, locale));

        Assert.Contains(answer, undo, StringComparison.Ordinal);
        Assert.DoesNotContain("license.assign", undo, StringComparison.Ordinal);
    }

    [Fact]
    public async Task APersonWhoCannotSeeTheAuditLog_IsRefused()
    {
        await DoAsync("give oliver@fabrikam.com Phone System", "en-US");

        var undo = Shown(await SayAsync(Worker, "undo the last change"));

        Assert.Contains("Only helpdesk staff or an admin can do this.", undo, StringComparison.Ordinal);
        Assert.DoesNotContain("license.assign", undo, StringComparison.Ordinal);
    }

    private async Task DoAsync(string text, string locale)
    {
        var plan = await SayAsync(Boss, text, locale);
        var done = await ConfirmAsync(Boss, plan, locale);
        Assert.DoesNotContain("plan.confirm", Shown(done), StringComparison.Ordinal);
    }

    private Task<IReadOnlyList<JObject>> SayAsync(string user, string text, string locale = "en-US") =>
        SendAsync(Client, Message(user, text, tenant: _tenant.Value, locale: locale));

    private Task<IReadOnlyList<JObject>> ConfirmAsync(string user, IReadOnlyList<JObject> plan, string locale)
    {
        var activity = Invoke(user, ConfirmData(plan), locale: locale);
        activity["conversation"]!["tenantId"] = _tenant.Value;
        return SendAsync(Client, activity);
    }
}
