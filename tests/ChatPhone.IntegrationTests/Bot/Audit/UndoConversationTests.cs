using ChatPhone.Core.CallQueues;
using ChatPhone.Core.Common;
using ChatPhone.Core.Credits;
using ChatPhone.Core.Licensing;
using ChatPhone.Core.ResourceAccounts;
using ChatPhone.Core.Tenants;
using ChatPhone.Core.VoiceApps;
using ChatPhone.IntegrationTests.Infrastructure;
using Newtonsoft.Json.Linq;
using static ChatPhone.IntegrationTests.Infrastructure.BotFactory;

namespace ChatPhone.IntegrationTests.Bot.Audit;

/// <summary>
/// Undo through <c>POST /api/messages</c>, in English and French: "undo the last change" and the Undo button of a result
/// card plan the inverse from the audit trail's before/after, and Confirm applies it once; a change since, something
/// that depends on what the change created, money paid, another admin's change, and people who aren't admins are refused.
/// </summary>
[Collection(RedisCollection.Name)]
public sealed class UndoConversationTests(RedisServerFixture redis) : BotConversation(redis)
{
    private const string Boss = "00000000-0000-4000-8000-0000000000d1";
    private const string Helper = "00000000-0000-4000-8000-0000000000d2";
    private const string Worker = "00000000-0000-4000-8000-0000000000d3";
    private const string Oliver = "00000000-0000-4000-8000-0000000000d4";
    private const string Other = "00000000-0000-4000-8000-0000000000d5";
    private readonly TenantId _tenant = TenantId.Parse("t-" + Guid.NewGuid().ToString("N")[..12]);

    protected override async Task ArrangeAsync()
    {
        await TenantSeed.PeopleAsync(Factory.Services, _tenant,
            (Boss, "boss@fabrikam.com", "Bo Boss", "US", "admin"),
            (Helper, "helper@fabrikam.com", "He Helper", "US", "helpdesk"),
            (Worker, "worker@fabrikam.com", "Wo Worker", "US", "user"),
            (Oliver, "oliver@fabrikam.com", "Oliver Smith", "US", "user"),
            (Other, "other@fabrikam.com", "Ot Other", "US", "admin"));
        foreach (var sku in new[] { Sku.PhoneSystem, Sku.DomesticCallingPlan })
        {
            var bought = await Phone.Licensing.PurchaseAsync(new PurchaseLicenses(TenantSeed.Admin(_tenant), IdempotencyKey.New(), sku, 10));
            Assert.True(bought.IsSuccess, bought.Error?.Code);
        }
    }

    [Fact]
    public async Task UndoButtonOfTheResultCard_PlansTheInverse_AndConfirmTakesTheLicensesBack_Once()
    {
        var done = await DoAsync("give oliver@fabrikam.com Phone System and a calling plan", "en-US");
        Assert.Equal(2, (await Phone.Licensing.ForUserAsync(_tenant, Oliver)).Value.Skus.Count);

        var plan = await SendAsync(Client, InTenant(Invoke(Boss, ActionData(done, "undo.change"))));
        var shown = Shown(plan);
        Assert.Contains("Undo your change of", shown, StringComparison.Ordinal);
        Assert.Contains("licenses of Oliver Smith", shown, StringComparison.Ordinal);
        Assert.Equal(2, (await Phone.Licensing.ForUserAsync(_tenant, Oliver)).Value.Skus.Count);

        var undone = Shown(await ConfirmAsync(Boss, plan, "en-US"));
        var again = Shown(await ConfirmAsync(Boss, plan, "en-US"));

        Assert.Contains("Undone.", undone, StringComparison.Ordinal);
        Assert.DoesNotContain("undo.change", undone, StringComparison.Ordinal);
        Assert.DoesNotContain("Undone.", again, StringComparison.Ordinal);
        Assert.Empty((await Phone.Licensing.ForUserAsync(_tenant, Oliver)).Value.Skus);
        Assert.All(await Phone.Licensing.SubscriptionsAsync(_tenant), s => Assert.Equal(0, s.Consumed));
    }

    [Fact]
    public async Task InFrench_UndoingARemoval_GivesTheLicenseBack_AndSayingItAgainGoesOneChangeFurtherBack()
    {
        await DoAsync("donne Phone System et un forfait d'appels à oliver@fabrikam.com", "fr-FR");
        await DoAsync("retire le forfait d'appels à Oliver", "fr-FR");
        Assert.Equal([Sku.PhoneSystem], (await Phone.Licensing.ForUserAsync(_tenant, Oliver)).Value.Skus);

        var first = await SayAsync(Boss, "annule la dernière modification", "fr-FR");
        Assert.Contains("Annuler votre modification du", Shown(first), StringComparison.Ordinal);
        Assert.Contains("licences de Oliver Smith", Shown(first), StringComparison.Ordinal);
        Assert.DoesNotContain("license.", Shown(first), StringComparison.Ordinal);
        Assert.Contains("Annulé.", Shown(await ConfirmAsync(Boss, first, "fr-FR")), StringComparison.Ordinal);
        Assert.Equal(2, (await Phone.Licensing.ForUserAsync(_tenant, Oliver)).Value.Skus.Count);

        var second = await SayAsync(Boss, "annule la dernière modification", "fr-FR");
        Assert.Contains("licences de Oliver Smith", Shown(second), StringComparison.Ordinal);
        Assert.DoesNotContain("license.", Shown(second), StringComparison.Ordinal);
        await ConfirmAsync(Boss, second, "fr-FR");
        Assert.Empty((await Phone.Licensing.ForUserAsync(_tenant, Oliver)).Value.Skus);
    }

    [Theory]
    [InlineData("en-US", "undo the last change", "has been changed since by Ot Other")]
    [InlineData("fr-FR", "annule la dernière modification", "a été modifié depuis par Ot Other")]
    public async Task AChangeSinceByAnotherAdmin_RefusesTheUndo_AndChangesNothing(string locale, string text, string reason)
    {
        var created = await Phone.CallQueues.CreateAsync(new CreateCallQueue(Actor(Boss), IdempotencyKey.New(), new CallQueueSettings { Name = "Sales" }));
        Assert.True(created.IsSuccess, created.Error?.Code);
        var renamed = await Phone.CallQueues.UpdateAsync(new UpdateCallQueue(
            Actor(Other), IdempotencyKey.New(), created.Value.Queue.Id, created.Value.Queue.Settings with { Name = "Ventes" }));
        Assert.True(renamed.IsSuccess, renamed.Error?.Code);

        var refused = Shown(await SayAsync(Boss, text, locale));

        Assert.Contains(reason, refused, StringComparison.Ordinal);
        Assert.DoesNotContain("plan.confirm", refused, StringComparison.Ordinal);
        Assert.Equal("Ventes", (await Phone.VoiceApps.GetCallQueueAsync(Actor(Boss), created.Value.Queue.Id)).Value.Settings.Name);
    }

    [Theory]
    [InlineData("en-US", "undo the last change", "depends on it")]
    [InlineData("fr-FR", "annule la dernière modification", "en dépend")]
    public async Task UndoingACreation_IsRefused_WhenSomethingMadeSinceDependsOnIt(string locale, string text, string reason)
    {
        var account = await Phone.ResourceAccounts.CreateAsync(new CreateResourceAccount(
            Actor(Other), IdempotencyKey.New(), "cq-sales@fabrikam.com", "Sales line", ResourceAccountKind.CallQueue));
        Assert.True(account.IsSuccess, account.Error?.Code);
        await Phone.Licensing.PurchaseAsync(new PurchaseLicenses(Actor(Other), IdempotencyKey.New(), Sku.ResourceAccount, 1));
        var licensed = await Phone.ResourceAccounts.LicenseAsync(new LicenseResourceAccount(Actor(Other), IdempotencyKey.New(), account.Value.Id, Sku.ResourceAccount));
        Assert.True(licensed.IsSuccess, licensed.Error?.Code);
        var queue = await Phone.CallQueues.CreateAsync(new CreateCallQueue(Actor(Boss), IdempotencyKey.New(), new CallQueueSettings { Name = "Sales" }));
        var linked = await Phone.Associations.AssociateAsync(new AssociateResourceAccount(Actor(Other), IdempotencyKey.New(), account.Value.Id, queue.Value.Queue.Id));
        Assert.True(linked.IsSuccess, linked.Error?.Code);

        var refused = Shown(await SayAsync(Boss, text, locale));

        Assert.Contains(reason, refused, StringComparison.Ordinal);
        Assert.True((await Phone.VoiceApps.GetCallQueueAsync(Actor(Boss), queue.Value.Queue.Id)).IsSuccess);
    }

    [Theory]
    [InlineData("en-US", "undo the last change", "Money paid")]
    [InlineData("fr-FR", "annule la dernière modification", "Un paiement")]
    public async Task MoneyPaid_IsNotUndone(string locale, string text, string reason)
    {
        var paid = await Phone.Credits.SetPaymentMethodAsync(new SetPaymentMethod(Actor(Other), IdempotencyKey.New(), PaymentMethod.Card("4242", 2030, 8)));
        Assert.True(paid.IsSuccess, paid.Error?.Code);
        var funded = await Phone.Credits.AddFundsAsync(new AddFunds(Actor(Boss), IdempotencyKey.New(), 50m));
        Assert.True(funded.IsSuccess, funded.Error?.Code);

        var refused = Shown(await SayAsync(Boss, text, locale));

        Assert.Contains(reason, refused, StringComparison.Ordinal);
        Assert.DoesNotContain("plan.confirm", refused, StringComparison.Ordinal);
    }

    [Fact]
    public async Task AnotherAdminsChange_CannotBeUndoneWithAForgedButton_NorAChangeOfAnotherTenant()
    {
        var done = await DoAsync("give oliver@fabrikam.com Phone System", "en-US");
        var button = ActionData(done, "undo.change");

        var byOther = Shown(await SendAsync(Client, InTenant(Invoke(Other, button))));
        var forged = (JObject)button.DeepClone();
        forged["entryId"] = Guid.NewGuid().ToString("N");
        var unknown = Shown(await SendAsync(Client, InTenant(Invoke(Boss, forged))));
        var elsewhere = Shown(await SendAsync(Client, Invoke(Megan, button)));

        Assert.Contains("This change was made by Bo Boss: only they can undo it.", byOther, StringComparison.Ordinal);
        Assert.Contains("I can’t find that change", unknown, StringComparison.Ordinal);
        Assert.Contains("I can’t find that change", elsewhere, StringComparison.Ordinal);
        Assert.Equal([Sku.PhoneSystem], (await Phone.Licensing.ForUserAsync(_tenant, Oliver)).Value.Skus);
    }

    [Fact]
    public async Task AnOldUndoButton_SaysToUseTheSentence()
    {
        var old = new JObject
        {
            ["verb"] = "undo.change",
            ["at"] = DateTimeOffset.UtcNow.AddMinutes(-30).UtcTicks,
            ["entryId"] = Guid.NewGuid().ToString("N"),
        };

        var expired = Shown(await SendAsync(Client, InTenant(Invoke(Boss, old))));

        Assert.Contains("The Undo button works for 10 minutes after a change.", expired, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(Helper, "Only an admin can do this.")]
    [InlineData(Worker, "Only an admin can do this.")]
    public async Task PeopleWhoAreNotAdmins_AreRefused(string user, string refusal)
    {
        await DoAsync("give oliver@fabrikam.com Phone System", "en-US");

        var undo = Shown(await SayAsync(user, "undo the last change"));

        Assert.Contains(refusal, undo, StringComparison.Ordinal);
        Assert.Equal([Sku.PhoneSystem], (await Phone.Licensing.ForUserAsync(_tenant, Oliver)).Value.Skus);
    }

    private Actor Actor(string user) => new(_tenant, user, user == Boss ? "Bo Boss" : "Ot Other", ChatPhone.Core.Directory.Role.Admin);

    private async Task<IReadOnlyList<JObject>> DoAsync(string text, string locale)
    {
        var plan = await SayAsync(Boss, text, locale);
        var done = await ConfirmAsync(Boss, plan, locale);
        Assert.DoesNotContain("plan.confirm", Shown(done), StringComparison.Ordinal);
        return done;
    }

    private Task<IReadOnlyList<JObject>> SayAsync(string user, string text, string locale = "en-US") =>
        SendAsync(Client, Message(user, text, tenant: _tenant.Value, locale: locale));

    private Task<IReadOnlyList<JObject>> ConfirmAsync(string user, IReadOnlyList<JObject> plan, string locale) =>
        SendAsync(Client, InTenant(Invoke(user, ConfirmData(plan), locale: locale)));

    private JObject InTenant(JObject activity)
    {
        activity["conversation"]!["tenantId"] = _tenant.Value;
        return activity;
    }
}
