using ChatPhone.Core.CallQueues;
using ChatPhone.Core.Common;
using ChatPhone.Core.Licensing;
using ChatPhone.Core.ResourceAccounts;
using ChatPhone.Core.Tenants;
using ChatPhone.IntegrationTests.Infrastructure;
using Newtonsoft.Json.Linq;
using static ChatPhone.IntegrationTests.Infrastructure.BotFactory;

namespace ChatPhone.IntegrationTests.Bot.Objects;

/// <summary>
/// Resource accounts through <c>POST /api/messages</c>, in English and French: list → show → change (sentence and Edit
/// form) → Confirm → show → remove → Confirm → list; the roles; Teams' rule that the number goes before the account;
/// plans confirmed after the account changed or disappeared; confirming twice; and licensing an account created without one.
/// </summary>
[Collection(RedisCollection.Name)]
public sealed class ResourceAccountObjectConversationTests(RedisServerFixture redis) : BotConversation(redis)
{
    private const string Boss = "00000000-0000-4000-8000-0000000000d1";
    private const string Helper = "00000000-0000-4000-8000-0000000000d2";
    private const string Worker = "00000000-0000-4000-8000-0000000000d3";
    private readonly TenantId _tenant = TenantId.Parse("t-" + Guid.NewGuid().ToString("N")[..12]);

    private Actor TenantAdmin => TenantSeed.Admin(_tenant);

    protected override async Task ArrangeAsync()
    {
        await TenantSeed.PeopleAsync(Factory.Services, _tenant,
            (Boss, "boss@fabrikam.com", "Bo Boss", "US", "admin"),
            (Helper, "helper@fabrikam.com", "He Helper", "US", "helpdesk"),
            (Worker, "worker@fabrikam.com", "Wo Worker", "US", "user"));
        var bought = await Phone.Licensing.PurchaseAsync(new PurchaseLicenses(TenantAdmin, IdempotencyKey.New(), Sku.ResourceAccount, 5));
        Assert.True(bought.IsSuccess, bought.Error?.Code);
    }

    [Theory]
    [InlineData("en-US", "list the resource accounts", "show the resource account cq-sales", "rename the resource account cq-sales to Sales line",
        "delete the resource account cq-sales", "Resource accounts (1)", "Application id", "The resource account Sales is now called Sales line.",
        "The resource account Edited by form is removed.", "There is no resource account yet.")]
    [InlineData("fr-FR", "liste les comptes de ressources", "montre le compte de ressources cq-sales", "renomme le compte de ressources cq-sales en Ligne ventes",
        "supprime le compte de ressources cq-sales", "Comptes de ressources (1)", "Identifiant d’application", "Le compte de ressources Sales s’appelle désormais Ligne ventes.",
        "Le compte de ressources Edited by form est supprimé.", "Il n’y a encore aucun compte de ressources.")]
    public async Task ListShowRenameEditRemove_GoesThroughPlansAndConfirm_AndTheListNoLongerHasIt(
        string locale, string list, string show, string rename, string remove, string listed, string shownField, string renamed, string removed, string empty)
    {
        var account = await CreateAsync("cq-sales@fabrikam.com", "Sales", Sku.ResourceAccount);

        var listing = Shown(await SayAsync(Boss, list, locale));
        var card = Shown(await SayAsync(Boss, show, locale));
        var renamePlan = await SayAsync(Boss, rename, locale);
        var renameDone = Shown(await ConfirmAsync(Boss, renamePlan, locale));
        var newName = (await GetAsync(account.Id))!.DisplayName;
        var again = Shown(await SayAsync(Boss, show, locale));

        var editForm = await ClickAsync(Boss, ButtonData(await SayAsync(Boss, show, locale), "ChangeObject"), locale);
        var formData = ActionData(editForm, "resourceaccount.act");
        formData["displayName"] = "Edited by form";
        var editPlan = await ClickAsync(Boss, formData, locale);
        await ConfirmAsync(Boss, editPlan, locale);
        var edited = (await GetAsync(account.Id))!.DisplayName;

        var removePlan = await SayAsync(Boss, remove, locale);
        var removeDone = Shown(await ConfirmAsync(Boss, removePlan, locale));
        var after = Shown(await SayAsync(Boss, list, locale));

        Assert.Contains(listed, listing, StringComparison.Ordinal);
        Assert.Contains("cq-sales@fabrikam.com", listing, StringComparison.Ordinal);
        Assert.Contains(shownField, card, StringComparison.Ordinal);
        Assert.Contains(ResourceAccount.CallQueueApplicationId, card, StringComparison.Ordinal);
        Assert.Contains("ChangeObject", card, StringComparison.Ordinal);
        Assert.Contains("RemoveObject", card, StringComparison.Ordinal);
        Assert.Contains("plan.confirm", Shown(renamePlan), StringComparison.Ordinal);
        Assert.Contains(renamed, renameDone, StringComparison.Ordinal);
        Assert.Equal(locale == "en-US" ? "Sales line" : "Ligne ventes", newName);
        Assert.Contains(newName, again, StringComparison.Ordinal);
        Assert.Contains("plan.confirm", Shown(editPlan), StringComparison.Ordinal);
        Assert.Equal("Edited by form", edited);
        Assert.Contains(removed, removeDone, StringComparison.Ordinal);
        Assert.Null(await GetAsync(account.Id));
        Assert.Contains(empty, after, StringComparison.Ordinal);
        Assert.Equal(0, (await SubscriptionAsync(Sku.ResourceAccount)).Consumed);

        var undo = await SayAsync(Boss, locale == "fr-FR" ? "annule la dernière modification" : "undo the last change", locale);
        await ConfirmAsync(Boss, undo, locale);
        Assert.Equal("Edited by form", (await GetAsync(account.Id))!.DisplayName);
        Assert.Equal(1, (await SubscriptionAsync(Sku.ResourceAccount)).Consumed);
    }

    [Theory]
    [InlineData("en-US", "show the resource account cq-sales", "rename the resource account cq-sales to Other", "delete the resource account cq-sales", "Only an admin can do this.")]
    [InlineData("fr-FR", "montre le compte de ressources cq-sales", "renomme le compte de ressources cq-sales en Autre", "supprime le compte de ressources cq-sales", "Seul un administrateur peut faire cela.")]
    public async Task Helpdesk_SeesTheCardWithoutEditOrRemove_AndIsRefusedChanges(string locale, string show, string rename, string remove, string refusal)
    {
        var account = await CreateAsync("cq-sales@fabrikam.com", "Sales", Sku.ResourceAccount);

        var card = Shown(await SayAsync(Helper, show, locale));
        var renamed = Shown(await SayAsync(Helper, rename, locale));
        var removed = Shown(await SayAsync(Helper, remove, locale));

        Assert.Contains("cq-sales@fabrikam.com", card, StringComparison.Ordinal);
        Assert.DoesNotContain("ChangeObject", card, StringComparison.Ordinal);
        Assert.DoesNotContain("RemoveObject", card, StringComparison.Ordinal);
        Assert.DoesNotContain("resourceaccount.act", card, StringComparison.Ordinal);
        Assert.Contains(refusal, renamed, StringComparison.Ordinal);
        Assert.Contains(refusal, removed, StringComparison.Ordinal);
        Assert.DoesNotContain("plan.confirm", renamed + removed, StringComparison.Ordinal);
        Assert.Equal("Sales", (await GetAsync(account.Id))!.DisplayName);
    }

    [Theory]
    [InlineData("en-US", "list the resource accounts", "Only helpdesk staff or an admin can do this.")]
    [InlineData("fr-FR", "liste les comptes de ressources", "Seuls le support ou un administrateur peuvent faire cela.")]
    public async Task APlainUser_IsRefused(string locale, string list, string refusal)
    {
        await CreateAsync("cq-sales@fabrikam.com", "Sales", Sku.ResourceAccount);

        var replies = Shown(await SayAsync(Worker, list, locale));

        Assert.Contains(refusal, replies, StringComparison.Ordinal);
        Assert.DoesNotContain("cq-sales@fabrikam.com", replies, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("en-US", "delete the resource account cq-main", "Main line still has the number +12065550110, and Teams requires", "Release the number")]
    [InlineData("fr-FR", "supprime le compte de ressources cq-main", "Main line a encore le numéro +12065550110, et Teams exige", "Libérer le numéro")]
    public async Task RemovingAnAccountWithANumber_IsRefusedWithTheReason_AndItsReleaseButtonClearsTheWay(string locale, string remove, string reason, string button)
    {
        var account = await CreateAsync("cq-main@fabrikam.com", "Main line", Sku.ResourceAccount);
        await TenantSeed.PutAsync(Factory.Services, _tenant, ResourceAccountCollections.Accounts, (account.Id, account with { Number = "+12065550110" }));

        var refused = await SayAsync(Boss, remove, locale);
        var releasePlan = await ClickAsync(Boss, ActionData(refused, "resourceaccount.act"), locale);
        await ConfirmAsync(Boss, releasePlan, locale);
        var released = await GetAsync(account.Id);
        var removePlan = await SayAsync(Boss, remove, locale);
        await ConfirmAsync(Boss, removePlan, locale);

        Assert.Contains(reason, Shown(refused), StringComparison.Ordinal);
        Assert.Contains(button, Shown(refused), StringComparison.Ordinal);
        Assert.DoesNotContain("plan.confirm", Shown(refused), StringComparison.Ordinal);
        Assert.Contains("+12065550110", Shown(releasePlan), StringComparison.Ordinal);
        Assert.Null(released!.Number);
        Assert.Null(await GetAsync(account.Id));
    }

    [Fact]
    public async Task ARenamePlanConfirmedAfterTheAccountWasRenamedElsewhere_IsRefusedClearly()
    {
        var account = await CreateAsync("cq-sales@fabrikam.com", "Sales", Sku.ResourceAccount);
        var plan = await SayAsync(Boss, "rename the resource account cq-sales to Sales line");
        Assert.True((await Phone.ResourceAccounts.RenameAsync(new RenameResourceAccount(TenantAdmin, IdempotencyKey.New(), account.Id, "Renamed elsewhere"))).IsSuccess);

        var confirmed = Shown(await ConfirmAsync(Boss, plan, "en-US"));

        Assert.Contains("was changed since the plan was made (its name is now “Renamed elsewhere”)", confirmed, StringComparison.Ordinal);
        Assert.Equal("Renamed elsewhere", (await GetAsync(account.Id))!.DisplayName);
    }

    [Theory]
    [InlineData("en-US", "The resource account Sales no longer exists, so nothing was changed.")]
    [InlineData("fr-FR", "Le compte de ressources Sales n’existe plus : rien n’a été modifié.")]
    public async Task ARemovalConfirmedAfterTheAccountDisappeared_SaysSo(string locale, string gone)
    {
        var account = await CreateAsync("cq-sales@fabrikam.com", "Sales", license: null);
        var plan = await SayAsync(Boss, locale == "en-US" ? "delete the resource account cq-sales" : "supprime le compte de ressources cq-sales", locale);
        Assert.True((await Phone.ResourceAccounts.DeleteAsync(new DeleteResourceAccount(TenantAdmin, IdempotencyKey.New(), account.Id))).IsSuccess);

        var confirmed = Shown(await ConfirmAsync(Boss, plan, locale));

        Assert.Contains(gone, confirmed, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ConfirmingTwice_AppliesOnce()
    {
        var account = await CreateAsync("cq-sales@fabrikam.com", "Sales", Sku.ResourceAccount);
        var plan = await SayAsync(Boss, "rename the resource account cq-sales to Sales line");

        var first = Shown(await ConfirmAsync(Boss, plan, "en-US"));
        Assert.True((await Phone.ResourceAccounts.RenameAsync(new RenameResourceAccount(TenantAdmin, IdempotencyKey.New(), account.Id, "Sales again"))).IsSuccess);
        var second = Shown(await ConfirmAsync(Boss, plan, "en-US"));

        Assert.Contains("is now called Sales line", first, StringComparison.Ordinal);
        Assert.Contains("Already done by you", second, StringComparison.Ordinal);
        Assert.Equal("Sales again", (await GetAsync(account.Id))!.DisplayName);
    }

    [Theory]
    [InlineData("en-US", "show the resource account cq-ventes", "It has no license", "The resource account Ventes is licensed.")]
    [InlineData("fr-FR", "montre le compte de ressources cq-ventes", "Il n’a pas de licence", "Le compte de ressources Ventes a sa licence.")]
    public async Task AnAccountCreatedWithoutALicense_GetsTheFreeLicenseFromItsCardsLicenseButton(string locale, string show, string note, string done)
    {
        var account = await CreateAsync("cq-ventes@fabrikam.com", "Ventes", license: null);

        var card = await SayAsync(Boss, show, locale);
        var plan = await ClickAsync(Boss, ActionData(card, "resourceaccount.act"), locale);
        var confirmed = Shown(await ConfirmAsync(Boss, plan, locale));

        Assert.Contains(note, Shown(card), StringComparison.Ordinal);
        Assert.Contains("plan.confirm", Shown(plan), StringComparison.Ordinal);
        Assert.Contains(done, confirmed, StringComparison.Ordinal);
        Assert.Equal(Sku.ResourceAccount, (await GetAsync(account.Id))!.License);
        Assert.Equal(1, (await SubscriptionAsync(Sku.ResourceAccount)).Consumed);
        Assert.DoesNotContain(await Phone.Licensing.SubscriptionsAsync(_tenant), s => s.Sku == Sku.PhoneSystem);
    }

    [Fact]
    public async Task LicenseTheResourceAccount_BySentence_PlansTheFreeLicense_AndAppliesItOnConfirm()
    {
        var account = await CreateAsync("cq-ventes@fabrikam.com", "Ventes", license: null);

        // Read as "show" (the account's handler plans the change the sentence asks), or, when the model is not sure, the
        // "did you mean…?" card offers changing an item, which plans it.
        var said = await SayAsync(Boss, "license the resource account cq-ventes");
        var change = CardOf(said).SelectTokens("$..data").OfType<JObject>().FirstOrDefault(d => (string?)d["verb"] == "intent.choose" && (string?)d["intent"] == "ChangeObject");
        var plan = change is null ? said : await ClickAsync(Boss, change, "en-US");
        await ConfirmAsync(Boss, plan, "en-US");

        Assert.Contains("Teams Phone Resource Account", Shown(plan), StringComparison.Ordinal);
        Assert.Equal(Sku.ResourceAccount, (await GetAsync(account.Id))!.License);
    }

    [Fact]
    public async Task LinkTheResourceAccount_ToAQueue_BySentence_LinksItOnConfirm()
    {
        var account = await CreateAsync("cq-sales@fabrikam.com", "Sales", Sku.ResourceAccount);
        var queue = await Phone.CallQueues.CreateAsync(new CreateCallQueue(TenantAdmin, IdempotencyKey.New(), new CallQueueSettings { Name = "Support" }));
        Assert.True(queue.IsSuccess, queue.Error?.Code);

        var plan = await SayAsync(Boss, "link the resource account cq-sales to the Support queue");
        await ConfirmAsync(Boss, plan, "en-US");
        var card = Shown(await SayAsync(Boss, "show the resource account cq-sales"));

        Assert.Contains("Support", Shown(plan), StringComparison.Ordinal);
        Assert.Equal(queue.Value.Queue.Id, (await GetAsync(account.Id))!.AssociatedWith);
        Assert.Contains("Support", card, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("en-US", "buy Teams Phone Resource Account licenses")]
    [InlineData("fr-FR", "achète des licences Compte de ressources Teams Phone")]
    public async Task BuyingResourceAccountLicensesWithoutAQuantity_OpensTheFormOnThatLicense_AndBuysItNotPhoneSystem(string locale, string text)
    {
        var form = await SayAsync(Boss, text, locale);
        var plan = await ClickAsync(Boss, FormData(form, "BuyLicenses", ("buy.quantity", "3")), locale);
        await ConfirmAsync(Boss, plan, locale);

        Assert.Equal(8, (await SubscriptionAsync(Sku.ResourceAccount)).Purchased);
        Assert.DoesNotContain(await Phone.Licensing.SubscriptionsAsync(_tenant), s => s.Sku == Sku.PhoneSystem);
    }

    private async Task<ResourceAccount> CreateAsync(string upn, string name, Sku? license)
    {
        var created = await Phone.ResourceAccounts.CreateAsync(new CreateResourceAccount(TenantAdmin, IdempotencyKey.New(), upn, name, ResourceAccountKind.CallQueue));
        Assert.True(created.IsSuccess, created.Error?.Code);
        if (license is not { } sku)
        {
            return created.Value;
        }

        var licensed = await Phone.ResourceAccounts.LicenseAsync(new LicenseResourceAccount(TenantAdmin, IdempotencyKey.New(), created.Value.Id, sku));
        Assert.True(licensed.IsSuccess, licensed.Error?.Code);
        return licensed.Value;
    }

    private Task<ResourceAccount?> GetAsync(string id) => TenantSeed.GetAsync(Factory.Services, _tenant, ResourceAccountCollections.Accounts, id);

    private async Task<Subscription> SubscriptionAsync(Sku sku) =>
        (await Phone.Licensing.SubscriptionsAsync(_tenant)).Single(s => s.Sku == sku);

    // The data of the object button that runs <paramref name="intent"/> (Edit = ChangeObject, Remove = RemoveObject).
    private static JObject ButtonData(IReadOnlyList<JObject> replies, string intent) =>
        (JObject)CardOf(replies).SelectTokens("$..data").OfType<JObject>().First(d => (string?)d["intent"] == intent);

    private Task<IReadOnlyList<JObject>> SayAsync(string user, string text, string locale = "en-US") =>
        SendAsync(Client, Message(user, text, tenant: _tenant.Value, locale: locale));

    private Task<IReadOnlyList<JObject>> ClickAsync(string user, JObject data, string locale)
    {
        var activity = Invoke(user, data, locale: locale);
        activity["conversation"]!["tenantId"] = _tenant.Value;
        return SendAsync(Client, activity);
    }

    private Task<IReadOnlyList<JObject>> ConfirmAsync(string user, IReadOnlyList<JObject> plan, string locale) =>
        ClickAsync(user, ConfirmData(plan), locale);
}
