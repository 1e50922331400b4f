using ChatPhone.Core;
using ChatPhone.Core.Common;
using ChatPhone.Core.Directory;
using ChatPhone.Core.Emergency;
using ChatPhone.Core.Licensing;
using ChatPhone.Core.Numbers;
using ChatPhone.Core.Tenants;
using ChatPhone.IntegrationTests.Infrastructure;
using Microsoft.Extensions.DependencyInjection;
using Newtonsoft.Json.Linq;
using static ChatPhone.IntegrationTests.Infrastructure.BotFactory;

namespace ChatPhone.IntegrationTests.Bot;

/// <summary>
/// The checklist's Start buttons open each step's form card; a form's button runs the same flow as the
/// typed sentence (plan card, confirm), so a whole step can be done by clicking. Through <c>POST /api/messages</c>.
/// </summary>
[Collection(RedisCollection.Name)]
public sealed class StepFormsConversationTests(RedisServerFixture redis) : IAsyncLifetime
{
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

    private static JObject Start(string step) => new() { ["verb"] = "setup.step.start", ["step"] = step };

    [Theory]
    [InlineData("Licenses", "en-US", "BuyLicenses", "Buy licenses")]
    [InlineData("Licenses", "fr-FR", "AssignLicensesBulk", "Attribuer des licences")]
    [InlineData("UserNumbers", "en-US", "SearchNumbers", "Get user numbers")]
    [InlineData("ServiceNumbers", "fr-FR", "SearchNumbers", "Obtenir des numéros de service")]
    [InlineData("AudioConferencing", "en-US", "SetupConferencing", "Set up Audio Conferencing")]
    [InlineData("CallQueues", "fr-FR", "CreateCallQueue", "Créer une file d'attente")]
    [InlineData("AutoAttendants", "en-US", "CreateAutoAttendant", "Create an auto attendant")]
    [InlineData("ServiceNumberAssignment", "en-US", "CreateResourceAccount", "Create a resource account")]
    [InlineData("CommunicationsCredits", "fr-FR", "FundCredits", "Crédits de communication")]
    public async Task EachStartButton_OpensItsStepsForm_InThePersonsLanguage(string step, string locale, string intent, string title)
    {
        var conversation = "conv-form-" + step + locale;
        // The language of a click is the one the person last wrote in.
        await SendAsync(_client, Message(Megan, locale == "fr-FR" ? "aide" : "help", conversation, locale: locale));

        var opened = await SendAsync(_client, Invoke(Megan, Start(step), conversation, locale));

        Assert.Contains(title, Shown(opened), StringComparison.Ordinal);
        Assert.Equal(intent, (string?)FormData(opened, intent)["intent"]);
    }

    [Theory]
    [InlineData("create a call queue", "en-US", "CreateCallQueue", "What should the call queue be called?")]
    [InlineData("crée un standard automatique", "fr-FR", "CreateAutoAttendant", "Comment s’appellera le standard automatique")]
    [InlineData("find numbers", "en-US", "SearchNumbers", "Where should the numbers be?")]
    [InlineData("ajoute des crédits de communication", "fr-FR", "FundCredits", "Quel montant ajouter")]
    [InlineData("buy licenses", "en-US", "BuyLicenses", "Say which license and how many")]
    public async Task ASentenceMissingWhatMatters_IsAnsweredWithTheQuestion_AndTheStepsForm(string text, string locale, string intent, string question)
    {
        var replies = await SendAsync(_client, Message(Megan, text, "conv-form-missing-" + intent, locale: locale));

        Assert.Contains(question, Shown(replies), StringComparison.Ordinal);
        Assert.Equal(intent, (string?)FormData(replies, intent)["intent"]);
    }

    [Fact]
    public async Task AStepForm_IsAdminsOnly_FromTheButtonAndFromTheForm()
    {
        var start = await SendAsync(_client, Invoke(Alex, Start("Licenses"), "conv-form-alex"));
        var forged = await SendAsync(_client, Invoke(Alex, new JObject
        {
            ["verb"] = "form.submit", ["intent"] = "BuyLicenses", ["section"] = "buy", ["buy.sku"] = "PhoneSystem", ["buy.quantity"] = "5",
        }, "conv-form-alex"));

        Assert.Contains("Only an admin", Shown(start), StringComparison.Ordinal);
        Assert.Contains("Only an admin", Shown(forged), StringComparison.Ordinal);
        Assert.DoesNotContain("form.submit", Shown(start), StringComparison.Ordinal);
        Assert.Equal(0, (await Phone.Licensing.SubscriptionsAsync(Demo)).Sum(s => s.Purchased));
    }

    [Theory]
    [InlineData("ShowAudit")]
    [InlineData("StartSetup")]
    [InlineData("Nonsense")]
    public async Task AForm_NamingAnIntentNoFormHas_IsRefused(string intent)
    {
        var replies = await SendAsync(_client, Invoke(Megan, new JObject { ["verb"] = "form.submit", ["intent"] = intent }, "conv-form-forged"));

        Assert.Contains("This button is not recognised", Shown(replies), StringComparison.Ordinal);
    }

    [Fact]
    public async Task AForm_WithAForgedValue_ChangesNothing_AndNamesTheField()
    {
        var form = await SendAsync(_client, Invoke(Megan, Start("Licenses"), "conv-form-bad"));

        var replies = await SendAsync(_client, Invoke(Megan, FormData(form, "BuyLicenses", ("buy.sku", "Root")), "conv-form-bad"));

        Assert.Contains("The value sent for “sku” is not valid; nothing was changed.", Shown(replies), StringComparison.Ordinal);
        Assert.DoesNotContain("plan.confirm", Shown(replies), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Licenses_BoughtAndGiven_ByClickingTheForm()
    {
        const string Conversation = "conv-form-licenses";
        var form = await SendAsync(_client, Invoke(Megan, Start("Licenses"), Conversation));

        var buyPlan = await SendAsync(_client, Invoke(Megan, FormData(form, "BuyLicenses", ("buy.quantity", "5")), Conversation));
        var bought = await SendAsync(_client, Invoke(Megan, ConfirmData(buyPlan), Conversation));
        var givePlan = await SendAsync(_client, Invoke(Megan, FormData(form, "AssignLicensesBulk",
            ("assign.people", "alex.wilber@contoso.com,sam.taylor@contoso.com"), ("assign.skus", "PhoneSystem")), Conversation));
        var given = await SendAsync(_client, Invoke(Megan, ConfirmData(givePlan), Conversation));

        Assert.Contains("Teams Phone Standard", Shown(buyPlan), StringComparison.Ordinal);
        Assert.Contains("5 bought in all", Shown(bought), StringComparison.Ordinal);
        Assert.Contains("Alex Wilber", Shown(givePlan), StringComparison.Ordinal);
        Assert.Contains("Sam Taylor", Shown(givePlan), StringComparison.Ordinal);
        var subscriptions = (await Phone.Licensing.SubscriptionsAsync(Demo));
        Assert.Equal((5, 2), (subscriptions.Single(s => s.Sku == Sku.PhoneSystem).Purchased, subscriptions.Single(s => s.Sku == Sku.PhoneSystem).Consumed));
        Assert.NotEmpty(given);
    }

    [Fact]
    public async Task UserNumbers_FoundAcquiredAndAssigned_ByClickingCardsOnly_ThenTheUserSeesTheirNumber()
    {
        const string Conversation = "conv-form-numbers";
        await SeedPrerequisitesAsync();

        var searchForm = await SendAsync(_client, Invoke(Megan, Start("UserNumbers"), Conversation));
        var results = await SendAsync(_client, Invoke(Megan, FormData(searchForm, "SearchNumbers", ("place", "US/WA/Seattle"), ("quantity", "2")), Conversation));
        var acquired = await SendAsync(_client, Invoke(Megan, ActionData(results, "numbers.acquire"), Conversation));
        var number = (string)FormData(acquired, "AssignNumber")["phoneNumber"]!;
        var plan = await SendAsync(_client, Invoke(Megan, FormData(acquired, "AssignNumber", ("person", "alex.wilber@contoso.com")), Conversation));
        var done = await SendAsync(_client, Invoke(Megan, ConfirmData(plan), Conversation));
        var mine = await SendAsync(_client, Message(Alex, "what's my number?", "conv-alex"));

        Assert.Contains("Numbers acquired: 2.", Shown(acquired), StringComparison.Ordinal);
        Assert.StartsWith("+1206", number, StringComparison.Ordinal);
        Assert.Contains("Alex Wilber", Shown(plan), StringComparison.Ordinal);
        Assert.Contains($"{number} is now Alex Wilber’s number.", Shown(done), StringComparison.Ordinal);
        Assert.Contains(number, Shown(mine), StringComparison.Ordinal);
    }

    [Fact]
    public async Task EmergencyAndAssignment_WithoutAnAddress_OpensTheAddressFormFirst()
    {
        var opened = await SendAsync(_client, Invoke(Megan, Start("EmergencyAndAssignment"), "conv-form-911"));

        Assert.Contains("emergency.address.submit", Shown(opened), StringComparison.Ordinal);
        Assert.Contains("no unassigned user numbers yet", Shown(opened), StringComparison.Ordinal);
    }

    [Fact]
    public async Task CallQueue_AndAutoAttendant_Builders_EndInTheirPlanCards()
    {
        const string Conversation = "conv-form-voiceapps";
        Assert.True((await Phone.Licensing.PurchaseAsync(new PurchaseLicenses(Admin, IdempotencyKey.New(), Sku.PhoneSystem, 10))).IsSuccess);
        foreach (var agent in new[] { Alex, Sam })
        {
            Assert.True((await Phone.Licensing.AssignAsync(new AssignLicenses(Admin, IdempotencyKey.New(), UserId.Parse(agent), [Sku.PhoneSystem]))).IsSuccess);
        }

        var queueForm = await SendAsync(_client, Invoke(Megan, Start("CallQueues"), Conversation));
        var queuePlan = await SendAsync(_client, Invoke(Megan, FormData(queueForm, "CreateCallQueue",
            ("name", "Sales"), ("routingMethod", "RoundRobin"), ("people", "alex.wilber@contoso.com,sam.taylor@contoso.com")), Conversation));
        var attendantForm = await SendAsync(_client, Invoke(Megan, Start("AutoAttendants"), Conversation));
        var attendantPlan = await SendAsync(_client, Invoke(Megan, FormData(attendantForm, "CreateAutoAttendant",
            ("name", "Main line"), ("open", "08:30"), ("close", "18:00"), ("days", "Monday,Tuesday,Wednesday")), Conversation));

        Assert.Contains("Sales", Shown(queuePlan), StringComparison.Ordinal);
        Assert.Contains("Round robin", Shown(queuePlan), StringComparison.Ordinal);
        Assert.Contains("Sam Taylor", Shown(queuePlan), StringComparison.Ordinal);
        Assert.Contains("plan.confirm", Shown(queuePlan), StringComparison.Ordinal);
        Assert.Contains("Main line", Shown(attendantPlan), StringComparison.Ordinal);
        Assert.Contains("8:30", Shown(attendantPlan), StringComparison.Ordinal);
        Assert.Contains("plan.confirm", Shown(attendantPlan), StringComparison.Ordinal);
    }

    private async Task SeedPrerequisitesAsync()
    {
        var address = await Phone.Emergency.AddAddressAsync(new AddAddress(Admin, IdempotencyKey.New(), new AddressFields(
            "Contoso", "US", HouseNumber: "1", StreetName: "Microsoft", StreetSuffix: "Way", City: "Redmond", StateOrProvince: "WA", PostalCode: "98052")));
        Assert.True(address.IsSuccess, address.Error?.Code);
        foreach (var sku in new[] { Sku.PhoneSystem, Sku.DomesticCallingPlan })
        {
            Assert.True((await Phone.Licensing.PurchaseAsync(new PurchaseLicenses(Admin, IdempotencyKey.New(), sku, 10))).IsSuccess);
        }

        var licensed = await Phone.Licensing.AssignAsync(new AssignLicenses(Admin, IdempotencyKey.New(), UserId.Parse(Alex), [Sku.PhoneSystem, Sku.DomesticCallingPlan]));
        Assert.True(licensed.IsSuccess, licensed.Error?.Code);
    }
}
