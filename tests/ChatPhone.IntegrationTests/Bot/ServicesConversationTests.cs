using ChatPhone.Core;
using ChatPhone.Core.Common;
using ChatPhone.Core.Credits;
using ChatPhone.Core.Directory;
using ChatPhone.Core.Licensing;
using ChatPhone.Core.Numbers;
using ChatPhone.Core.Numbers.Carrier;
using ChatPhone.Core.Numbers.Orders;
using ChatPhone.Core.ResourceAccounts;
using ChatPhone.Core.Tenants;
using ChatPhone.IntegrationTests.Infrastructure;
using Microsoft.Extensions.DependencyInjection;
using Newtonsoft.Json.Linq;
using static ChatPhone.IntegrationTests.Infrastructure.BotFactory;

namespace ChatPhone.IntegrationTests.Bot;

/// <summary>
/// Bulk licenses, audio conferencing, resource accounts and service numbers, credits and the audit trail by
/// chat through <c>POST /api/messages</c>, in English and French: plan card, confirm (applied once), result.
/// </summary>
[Collection(RedisCollection.Name)]
public sealed class ServicesConversationTests(RedisServerFixture redis) : IAsyncLifetime
{
    private const string Camille = BotFactory.Camille;
    private const string Priya = BotFactory.Priya;
    private static readonly TenantId Demo = TenantId.Parse("demo");
    private static readonly Actor Admin = new(Demo, Megan, "Megan Bowen", Role.Admin);
    private BotFactory _factory = null!;
    private HttpClient _client = null!;

    public async Task InitializeAsync()
    {
        _factory = new BotFactory(redis);
        _client = await _factory.ReadyClientAsync();
    }

    public async Task DisposeAsync() => await _factory.DisposeAsync();

    private PhoneSystem Phone => _factory.Services.GetRequiredService<PhoneSystem>();

    // ---- Bulk licenses ----

    [Fact]
    public async Task BulkLicenses_ListsWhoIsSkipped_AndAssignsTheOthersOnce_OnConfirm()
    {
        await BuyAsync(Sku.PhoneSystem, 10);
        await BuyAsync(Sku.DomesticCallingPlan, 10);
        var refused = await SendAsync(_client, Message(Alex, "assign Phone System and a domestic calling plan to alex, sam and zoe"));
        var plan = await SendAsync(_client, Message(Megan, "assign Phone System and a domestic calling plan to alex, sam and zoe"));

        var first = await SendAsync(_client, Invoke(Megan, ConfirmData(plan)));
        var again = await SendAsync(_client, Invoke(Megan, ConfirmData(plan)));

        Assert.Contains("Only an admin", Shown(refused), StringComparison.Ordinal);
        Assert.Contains("Alex Wilber", Shown(plan), StringComparison.Ordinal);
        Assert.Contains("Sam Taylor", Shown(plan), StringComparison.Ordinal);
        Assert.Contains("will be skipped", Shown(plan), StringComparison.Ordinal);
        Assert.Contains("zoe", Shown(plan), StringComparison.Ordinal);
        Assert.Contains("Licenses assigned: 2 people done, 0 refused", Shown(first), StringComparison.Ordinal);
        Assert.Contains("Already done by you", Shown(again), StringComparison.Ordinal);
        var phoneSystem = (await Phone.Licensing.SubscriptionsAsync(Demo)).Single(s => s.Sku == Sku.PhoneSystem);
        Assert.Equal(2, phoneSystem.Consumed);
    }

    [Fact]
    public async Task BulkLicenses_InFrench_AssignsAndReportsPerPerson()
    {
        await BuyAsync(Sku.PhoneSystem, 10);
        var plan = await SendAsync(_client, Message(Camille, "attribue Phone System à Alex, Sam et Lucas", "conv-bulk-fr", locale: "fr-FR"));

        var done = await SendAsync(_client, Invoke(Camille, ConfirmData(plan), "conv-bulk-fr", "fr-FR"));

        Assert.Contains("Lucas Bernard", Shown(plan), StringComparison.Ordinal);
        Assert.Contains("Licences attribuées : 3 personne(s) servie(s), 0 refus.", Shown(done), StringComparison.Ordinal);
    }

    [Fact]
    public async Task BulkLicenses_WithoutEnoughLicenses_ReportsTheRefusalsPerPerson()
    {
        await BuyAsync(Sku.PhoneSystem, 1);
        var plan = await SendAsync(_client, Message(Megan, "assign Phone System to alex and sam"));

        var done = await SendAsync(_client, Invoke(Megan, ConfirmData(plan)));

        Assert.Contains("1 people done, 1 refused", Shown(done), StringComparison.Ordinal);
    }

    // ---- Audio conferencing ----

    [Fact]
    public async Task SetupConferencing_UsesTheAdminsCountry_AndShowsTheBridgeNumbers_AppliedOnce()
    {
        await BuyAsync(Sku.AudioConferencing, 5);
        var refused = await SendAsync(_client, Message(Priya, "set up audio conferencing"));
        var plan = await SendAsync(_client, Message(Megan, "set up audio conferencing"));

        var first = await SendAsync(_client, Invoke(Megan, ConfirmData(plan)));
        var again = await SendAsync(_client, Invoke(Megan, ConfirmData(plan)));

        Assert.Contains("Only an admin", Shown(refused), StringComparison.Ordinal);
        Assert.Contains("United States", Shown(plan), StringComparison.Ordinal);
        Assert.Contains("Audio conferencing is on", Shown(first), StringComparison.Ordinal);
        Assert.Contains("Already done by you", Shown(again), StringComparison.Ordinal);
        var bridge = (await Phone.Conferencing.GetBridgeAsync(Admin)).Value;
        Assert.Equal("US", bridge.Bridge.Country);
        foreach (var number in bridge.Numbers)
        {
            Assert.Contains(number.Number.Number, Shown(first), StringComparison.Ordinal);
        }
    }

    [Fact]
    public async Task SetupConferencing_EnablesLicenseHoldersAsOrganizers_AndLaterOnesWhenAskedAgain_SoStepSixIsDone()
    {
        await BuyAsync(Sku.AudioConferencing, 5);
        Assert.True((await Phone.Licensing.AssignAsync(new AssignLicenses(Admin, IdempotencyKey.New(), Alex, [Sku.AudioConferencing]))).IsSuccess);

        var plan = await SendAsync(_client, Message(Megan, "set up audio conferencing"));
        var first = await SendAsync(_client, Invoke(Megan, ConfirmData(plan)));
        Assert.True((await Phone.Licensing.AssignAsync(new AssignLicenses(Admin, IdempotencyKey.New(), Sam, [Sku.AudioConferencing]))).IsSuccess);
        var later = await SendAsync(_client, Message(Megan, "set up audio conferencing"));
        var second = await SendAsync(_client, Invoke(Megan, ConfirmData(later)));
        var nothingLeft = await SendAsync(_client, Message(Megan, "set up audio conferencing"));

        Assert.Contains("Alex Wilber", Shown(plan), StringComparison.Ordinal);
        Assert.Contains("Organizers enabled: 1", Shown(first), StringComparison.Ordinal);
        Assert.Contains("Sam Taylor", Shown(later), StringComparison.Ordinal);
        Assert.DoesNotContain("Alex Wilber", Shown(later), StringComparison.Ordinal);
        Assert.Contains("Organizers enabled: 1", Shown(second), StringComparison.Ordinal);
        Assert.DoesNotContain("plan.confirm", Shown(nothingLeft), StringComparison.Ordinal);
        Assert.Equal(2, (await Phone.Conferencing.ListOrganizersAsync(Admin)).Value.Count);
        var steps = (await Phone.Setup.ChecklistAsync(Admin)).Value;
        Assert.Equal(ChatPhone.Core.Setup.StepStatus.Done, steps.Single(s => s.Step == ChatPhone.Core.Setup.SetupStepKind.AudioConferencing).Status);
    }

    [Theory]
    [InlineData("configure la conférence audio")]
    [InlineData("configurer l’audioconférence")]
    public async Task SetupConferencing_InFrench_UsesFrance(string text)
    {
        await BuyAsync(Sku.AudioConferencing, 5);
        var plan = await SendAsync(_client, Message(Camille, text, "conv-conf-fr", locale: "fr-FR"));

        var done = await SendAsync(_client, Invoke(Camille, ConfirmData(plan), "conv-conf-fr", "fr-FR"));

        Assert.Contains("France", Shown(plan), StringComparison.Ordinal);
        Assert.Contains("L’audioconférence est activée", Shown(done), StringComparison.Ordinal);
        Assert.Equal("FR", (await Phone.Conferencing.GetBridgeAsync(Admin)).Value.Bridge.Country);
    }

    [Fact]
    public async Task SetupConferencing_WithoutASubscription_SaysWhatToBuy_AndChangesNothing()
    {
        var plan = await SendAsync(_client, Message(Megan, "set up audio conferencing"));

        var failed = await SendAsync(_client, Invoke(Megan, ConfirmData(plan)));

        Assert.Contains("Audio conferencing needs an Audio Conferencing", Shown(failed), StringComparison.Ordinal);
        Assert.Contains("buy 10 audio conferencing licenses", Shown(failed), StringComparison.Ordinal);
        Assert.False((await Phone.Conferencing.GetBridgeAsync(Admin)).IsSuccess);
    }

    [Theory]
    [InlineData("set the PIN length to 6", "en-US", Megan, "5 → 6", "Organizers’ PINs now have 6 digits.", 6)]
    [InlineData("règle la longueur du code PIN à 8", "fr-FR", Camille, "de 5 à 8", "Les codes PIN des organisateurs ont désormais 8 chiffres.", 8)]
    public async Task SetPinLength_ShowsCurrentAndNew_AndAppliesOnce(string text, string locale, string admin, string change, string done, int expected)
    {
        var conversation = "conv-pin-" + locale;
        var plan = await SendAsync(_client, Message(admin, text, conversation, locale: locale));

        var first = await SendAsync(_client, Invoke(admin, ConfirmData(plan), conversation, locale));
        var again = await SendAsync(_client, Invoke(admin, ConfirmData(plan), conversation, locale));

        Assert.Contains(change, Shown(plan), StringComparison.Ordinal);
        Assert.Contains(done, Shown(first), StringComparison.Ordinal);
        Assert.DoesNotContain(done, Shown(again), StringComparison.Ordinal);
        Assert.Equal(expected, (await Phone.Conferencing.GetSettingsAsync(Admin)).Value.PinLength);
    }

    [Theory]
    [InlineData("set the PIN length to 3", "en-US", Megan, "A PIN length of 3 digits is not allowed")]
    [InlineData("règle la longueur du code PIN à 13", "fr-FR", Camille, "13")]
    public async Task SetPinLength_OutOfRange_GetsTheCoreErrorInTheirLanguage_AndNoPlan(string text, string locale, string admin, string expected)
    {
        var replies = await SendAsync(_client, Message(admin, text, "conv-pin-bad", locale: locale));

        var expectedMessage = new Error("conferencing.pin_length_out_of_range", text.Contains("13") ? 13 : 3, 4, 12)
            .Describe(LanguageExtensions.FromLocale(locale));
        Assert.Contains(expected, Shown(replies), StringComparison.Ordinal);
        Assert.Contains(expectedMessage, Shown(replies), StringComparison.Ordinal);
        Assert.DoesNotContain("plan.confirm", Shown(replies), StringComparison.Ordinal);
    }

    [Fact]
    public async Task SetPinLength_ByAUser_IsRefused()
    {
        var replies = await SendAsync(_client, Message(Alex, "set the PIN length to 6"));

        Assert.Contains("Only an admin", Shown(replies), StringComparison.Ordinal);
    }

    // ---- Resource accounts and service numbers ----

    [Fact]
    public async Task CreateResourceAccount_ProposesAUpn_CreatesAndLicensesIt_Once()
    {
        await BuyAsync(Sku.ResourceAccount, 5);
        var refused = await SendAsync(_client, Message(Alex, "create a resource account Sales for the call queue"));
        var plan = await SendAsync(_client, Message(Megan, "create a resource account Sales for the call queue"));

        var first = await SendAsync(_client, Invoke(Megan, ConfirmData(plan)));
        var again = await SendAsync(_client, Invoke(Megan, ConfirmData(plan)));

        Assert.Contains("Only an admin", Shown(refused), StringComparison.Ordinal);
        Assert.Contains("cq-sales@contoso.com", Shown(plan), StringComparison.Ordinal);
        Assert.Contains("The resource account Sales is ready and licensed.", Shown(first), StringComparison.Ordinal);
        Assert.Contains("Already done by you", Shown(again), StringComparison.Ordinal);
        var account = Assert.Single((await Phone.ResourceAccounts.ListAsync(Admin)).Value);
        Assert.Equal(ResourceAccountKind.CallQueue, account.Kind);
        Assert.Equal(Sku.ResourceAccount, account.License);
    }

    [Fact]
    public async Task CreateResourceAccount_ForAnExistingCallQueue_AssociatesIt_SoStepSevenIsDone()
    {
        await BuyAsync(Sku.ResourceAccount, 5);
        var queue = await Phone.CallQueues.CreateAsync(new ChatPhone.Core.CallQueues.CreateCallQueue(
            Admin, IdempotencyKey.New(), new ChatPhone.Core.CallQueues.CallQueueSettings { Name = "Sales" }));
        Assert.True(queue.IsSuccess, queue.Error?.Code);

        var plan = await SendAsync(_client, Message(Megan, "create a resource account Sales for the call queue", "conv-ra-serve"));
        var done = await SendAsync(_client, Invoke(Megan, ConfirmData(plan), "conv-ra-serve"));

        Assert.Contains("Serves", Shown(plan), StringComparison.Ordinal);
        Assert.Contains("ready and licensed", Shown(done), StringComparison.Ordinal);
        var account = Assert.Single((await Phone.ResourceAccounts.ListAsync(Admin)).Value);
        Assert.Equal(queue.Value.Queue.Id, account.AssociatedWith);
        var steps = (await Phone.Setup.ChecklistAsync(Admin)).Value;
        Assert.Equal(ChatPhone.Core.Setup.StepStatus.Done, steps.Single(s => s.Step == ChatPhone.Core.Setup.SetupStepKind.CallQueues).Status);
    }

    [Fact]
    public async Task CreateResourceAccount_WithoutAName_AsksForIt_AndTakesTheNextMessage()
    {
        await BuyAsync(Sku.ResourceAccount, 5);
        var asked = await SendAsync(_client, Message(Megan, "create a resource account for the call queue Sales", "conv-ra-ask"));
        var plan = await SendAsync(_client, Message(Megan, "Sales", "conv-ra-ask"));

        Assert.Contains("What name", Shown(asked), StringComparison.Ordinal);
        Assert.Contains("cq-sales@contoso.com", Shown(plan), StringComparison.Ordinal);
        Assert.Contains("plan.confirm", Shown(plan), StringComparison.Ordinal);
    }

    [Fact]
    public async Task CreateResourceAccount_InFrench_AsksForTheName_ThenPlans()
    {
        await BuyAsync(Sku.ResourceAccount, 5);
        const string conversation = "conv-ra-fr";
        var asked = await SendAsync(_client, Message(Camille, "crée un compte de ressources pour le standard automatique", conversation, locale: "fr-FR"));
        var plan = await SendAsync(_client, Message(Camille, "Accueil", conversation, locale: "fr-FR"));

        var done = await SendAsync(_client, Invoke(Camille, ConfirmData(plan), conversation, "fr-FR"));

        Assert.Contains("Quel nom", Shown(asked), StringComparison.Ordinal);
        Assert.Contains("aa-accueil@contoso.com", Shown(plan), StringComparison.Ordinal);
        Assert.Contains("Le compte de ressources Accueil est prêt et sous licence.", Shown(done), StringComparison.Ordinal);
        Assert.Equal(ResourceAccountKind.AutoAttendant, Assert.Single((await Phone.ResourceAccounts.ListAsync(Admin)).Value).Kind);
    }

    [Fact]
    public async Task CreateResourceAccount_WithAPersonsUpn_IsRefusedByCore_AndNothingIsCreated()
    {
        await BuyAsync(Sku.ResourceAccount, 5);
        var asked = await SendAsync(_client, Message(Megan, "create a resource account sam.taylor@contoso.com for the call queue", "conv-ra-bad"));
        var plan = await SendAsync(_client, Message(Megan, "Sales", "conv-ra-bad"));

        var failed = await SendAsync(_client, Invoke(Megan, ConfirmData(plan), "conv-ra-bad"));

        Assert.Contains("What name", Shown(asked), StringComparison.Ordinal);
        Assert.Contains("sam.taylor@contoso.com", Shown(failed), StringComparison.Ordinal);
        Assert.Empty((await Phone.ResourceAccounts.ListAsync(Admin)).Value);
    }

    [Fact]
    public async Task AssignServiceNumber_ToTheCallQueuesResourceAccount_AppliesOnce()
    {
        await BuyAsync(Sku.ResourceAccount, 5);
        await ConfirmAsync(await SendAsync(_client, Message(Megan, "create a resource account Sales for the call queue")));
        await BuyAsync(Sku.PhoneSystem, 5); // the service-number allowance comes from Phone System licenses
        var number = await AcquireAsync(NumberType.CallQueueToll);
        var refused = await SendAsync(_client, Message(Alex, $"assign {number} to the call queue Sales"));
        var plan = await SendAsync(_client, Message(Megan, $"assign {number} to the call queue Sales"));

        var first = await SendAsync(_client, Invoke(Megan, ConfirmData(plan)));
        var again = await SendAsync(_client, Invoke(Megan, ConfirmData(plan)));

        Assert.Contains("Only an admin", Shown(refused), StringComparison.Ordinal);
        Assert.Contains("cq-sales@contoso.com", Shown(plan), StringComparison.Ordinal);
        Assert.Contains($"{number} now rings Sales.", Shown(first), StringComparison.Ordinal);
        Assert.Contains("Already done by you", Shown(again), StringComparison.Ordinal);
        Assert.Equal(number, Assert.Single((await Phone.ResourceAccounts.ListAsync(Admin)).Value).Number);
    }

    [Fact]
    public async Task AssignServiceNumber_InFrench_ToAnUnknownQueue_SaysSo()
    {
        var replies = await SendAsync(_client, Message(Camille, "attribue le +33 1 84 88 00 02 à la file d'attente Ventes", "conv-sn-fr", locale: "fr-FR"));

        Assert.Contains("Ventes", Shown(replies), StringComparison.Ordinal);
        Assert.DoesNotContain("plan.confirm", Shown(replies), StringComparison.Ordinal);
    }

    [Fact]
    public async Task AssignServiceNumber_InFrench_ToTheResourceAccount_AppliesOnConfirm()
    {
        await BuyAsync(Sku.ResourceAccount, 5);
        await ConfirmAsync(await SendAsync(_client, Message(Megan, "create a resource account Ventes for the call queue")));
        await BuyAsync(Sku.PhoneSystem, 5); // the service-number allowance comes from Phone System licenses
        var number = await AcquireAsync(NumberType.CallQueueToll);
        var plan = await SendAsync(_client, Message(Camille, $"attribue le {number} à la file d'attente Ventes", "conv-sn-fr2", locale: "fr-FR"));

        var done = await SendAsync(_client, Invoke(Camille, ConfirmData(plan), "conv-sn-fr2", "fr-FR"));

        Assert.Contains($"Le {number} sonne désormais sur Ventes.", Shown(done), StringComparison.Ordinal);
    }

    [Fact]
    public async Task AssignServiceNumber_ToTheConferenceBridge_AddsItToTheBridge()
    {
        await BuyAsync(Sku.AudioConferencing, 5);
        await ConfirmAsync(await SendAsync(_client, Message(Megan, "set up audio conferencing")));
        var number = await AcquireAsync(NumberType.ConferenceToll);
        var plan = await SendAsync(_client, Message(Megan, $"assign {number} to the conference bridge"));

        var done = await SendAsync(_client, Invoke(Megan, ConfirmData(plan)));

        Assert.Contains("audio conferencing bridge", Shown(plan), StringComparison.Ordinal);
        Assert.Contains($"{number} now rings", Shown(done), StringComparison.Ordinal);
        Assert.NotNull((await Phone.Conferencing.GetBridgeAsync(Admin)).Value.Bridge.Find(number));
    }

    // ---- Credits ----

    [Fact]
    public async Task FundCredits_WithoutAPaymentMethod_AsksForOne_RefusesAFullCardNumber_ThenSetsItAndFundsOnConfirm()
    {
        const string Conversation = "conv-credits-card";
        var asked = await SendAsync(_client, Message(Megan, "add $50 of communications credits", Conversation));
        var fullNumber = await SendAsync(_client, Message(Megan, "4242 4242 4242 4242 12/2030", Conversation));
        var plan = await SendAsync(_client, Message(Megan, "4242 12/2030", Conversation));
        var before = await Phone.Credits.GetAccountAsync(Admin, DateTimeOffset.UtcNow);
        var done = await SendAsync(_client, Invoke(Megan, ConfirmData(plan), Conversation));

        Assert.Contains("Which payment method", Shown(asked), StringComparison.Ordinal);
        Assert.DoesNotContain("plan.confirm", Shown(asked), StringComparison.Ordinal);
        Assert.DoesNotContain("4242 4242", Shown(fullNumber), StringComparison.Ordinal);
        Assert.DoesNotContain("plan.confirm", Shown(fullNumber), StringComparison.Ordinal);
        Assert.Contains("4242", Shown(plan), StringComparison.Ordinal);
        Assert.False(before.IsSuccess && before.Value.PaymentMethod is not null);
        Assert.Contains("50", Shown(done), StringComparison.Ordinal);
        var account = (await Phone.Credits.GetAccountAsync(Admin, DateTimeOffset.UtcNow)).Value;
        Assert.Equal(("4242", 50m), (account.PaymentMethod?.CardLast4, account.Balance));
    }

    [Fact]
    public async Task FundCredits_AddsTheFunds_Once_AndShowsTheAccount()
    {
        await SetCardAsync();
        var refused = await SendAsync(_client, Message(Priya, "add $50 of communications credits"));
        var plan = await SendAsync(_client, Message(Megan, "add $50 of communications credits"));

        var first = await SendAsync(_client, Invoke(Megan, ConfirmData(plan)));
        var again = await SendAsync(_client, Invoke(Megan, ConfirmData(plan)));

        Assert.Contains("Only an admin", Shown(refused), StringComparison.Ordinal);
        Assert.Contains("card ending 4242", Shown(plan), StringComparison.Ordinal);
        Assert.Contains("50.00 added; the balance is now 50.00.", Shown(first), StringComparison.Ordinal);
        Assert.Contains("Already done by you", Shown(again), StringComparison.Ordinal);
        Assert.Equal(50m, (await Phone.Credits.GetAccountAsync(Admin, DateTimeOffset.UtcNow)).Value.Balance);
    }

    [Fact]
    public async Task FundCredits_InFrench_AddsTheFunds()
    {
        await SetCardAsync();
        var plan = await SendAsync(_client, Message(Camille, "ajoute 50 € de crédits de communication", "conv-credits-fr", locale: "fr-FR"));

        var done = await SendAsync(_client, Invoke(Camille, ConfirmData(plan), "conv-credits-fr", "fr-FR"));

        Assert.Contains("50,00 ajoutés", Shown(done), StringComparison.Ordinal);
    }

    [Fact]
    public async Task FundCredits_BelowTheFirstMinimum_GetsTheCoreError_AndNoPlan()
    {
        await SetCardAsync();
        var replies = await SendAsync(_client, Message(Megan, "add $5 of communications credits"));

        Assert.Contains(new Error("credits.first_funding_minimum", "5.00", "20.00").Describe(Language.English), Shown(replies), StringComparison.Ordinal);
        Assert.DoesNotContain("plan.confirm", Shown(replies), StringComparison.Ordinal);
    }

    // ---- Audit ----

    [Fact]
    public async Task ShowAudit_ListsTodaysChanges_ForAdminsAndHelpdesk_ButNotForUsers()
    {
        await BuyAsync(Sku.PhoneSystem, 3);
        var admin = await SendAsync(_client, Message(Megan, "who changed what today"));
        var helpdesk = await SendAsync(_client, Message(Priya, "who changed what today"));
        var user = await SendAsync(_client, Message(Alex, "who changed what today"));

        Assert.Contains("Megan Bowen", Shown(admin), StringComparison.Ordinal);
        Assert.Contains("Megan Bowen", Shown(helpdesk), StringComparison.Ordinal);
        Assert.DoesNotContain("Megan Bowen", Shown(user), StringComparison.Ordinal);
        Assert.Empty(user.SelectMany(r => r["attachments"]?.Children<JObject>() ?? []));
    }

    [Fact]
    public async Task ShowAudit_InFrench_AnswersInFrench()
    {
        await BuyAsync(Sku.PhoneSystem, 3);
        var replies = await SendAsync(_client, Message(Camille, "qui a modifié quoi aujourd'hui", "conv-audit-fr", locale: "fr-FR"));

        Assert.Contains("Modifications du", Shown(replies), StringComparison.Ordinal);
        Assert.Contains("Megan Bowen", Shown(replies), StringComparison.Ordinal);
    }

    // ---- helpers ----

    private async Task BuyAsync(Sku sku, int quantity) =>
        Assert.True((await Phone.Licensing.PurchaseAsync(new PurchaseLicenses(Admin, IdempotencyKey.New(), sku, quantity))).IsSuccess);

    private async Task SetCardAsync() =>
        Assert.True((await Phone.Credits.SetPaymentMethodAsync(new SetPaymentMethod(Admin, IdempotencyKey.New(), PaymentMethod.Card("4242", 2030, 12)))).IsSuccess);

    private async Task<string> AcquireAsync(NumberType type)
    {
        var search = await Phone.NumberOrders.SearchAsync(new SearchNumbers(Admin, IdempotencyKey.New(), "US", type, 1, new NumberPlace("WA", "Seattle")));
        Assert.True(search.IsSuccess, search.IsSuccess ? null : search.Error.Code);
        var order = await Phone.NumberOrders.AcquireAsync(new AcquireNumbers(Admin, IdempotencyKey.New(), search.Value.Id));
        Assert.True(order.IsSuccess, order.IsSuccess ? null : order.Error.Code);
        return Assert.Single(order.Value.Acquired ?? []);
    }

    private async Task<IReadOnlyList<JObject>> ConfirmAsync(IReadOnlyList<JObject> plan) =>
        await SendAsync(_client, Invoke(Megan, ConfirmData(plan)));

    /// <summary>Everything the turn returned, the invoke response's replacement card included.</summary>
}
