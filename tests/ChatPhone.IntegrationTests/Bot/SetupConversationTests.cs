using ChatPhone.Core;
using ChatPhone.Core.Common;
using ChatPhone.Core.Directory;
using ChatPhone.Core.Emergency;
using ChatPhone.Core.Setup;
using ChatPhone.Core.Tenants;
using ChatPhone.IntegrationTests.Infrastructure;
using Microsoft.Extensions.DependencyInjection;
using Newtonsoft.Json.Linq;
using static ChatPhone.IntegrationTests.Infrastructure.BotFactory;

namespace ChatPhone.IntegrationTests.Bot;

/// <summary>Setup steps by chat through <c>POST /api/messages</c>, in English and French, with plan cards and clicks.</summary>
[Collection(RedisCollection.Name)]
public sealed class SetupConversationTests(RedisServerFixture redis) : IAsyncLifetime
{
    private static readonly TenantId Demo = TenantId.Parse("demo");
    private BotFactory _factory = null!;
    private HttpClient _client = null!;

    public async Task InitializeAsync()
    {
        _factory = new BotFactory(redis);
        _client = await _factory.ReadyClientAsync();
    }

    public async Task DisposeAsync() => await _factory.DisposeAsync();

    [Theory]
    [InlineData("start setup", "en-US")]
    [InlineData("configurer le système téléphonique", "fr-FR")]
    public async Task StartSetup_ShowsTheChecklist_WithAStartButtonPerReadyStep(string text, string locale)
    {
        var replies = await SendAsync(_client, Message(Megan, text, locale: locale));

        var card = CardOf(replies);
        Assert.Contains("setup.step.start", card.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task StartButton_OfStepOne_AsksTheCountry_AndTheNextMessageAnswersIt()
    {
        const string Conversation = "conv-start-1";
        // Step 1 is already Done for the demo people, so its button is the one of an older checklist.
        var start = new JObject { ["verb"] = "setup.step.start", ["step"] = "Availability" };

        var asked = await SendAsync(_client, Invoke(Megan, start, Conversation));
        var answered = await SendAsync(_client, Message(Megan, "Japon", Conversation));

        Assert.Contains("Step 1", Shown(asked), StringComparison.Ordinal);
        Assert.Contains("Japan", Shown(answered), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("is Phone System available in Japan?", "en-US", "Yes, available")]
    [InlineData("Phone System est-il disponible au Japon ?", "fr-FR", "Oui, disponible")]
    public async Task Availability_IsAnsweredWithTheCountry(string text, string locale, string expected)
    {
        var replies = await SendAsync(_client, Message(Megan, text, locale: locale));

        Assert.Contains(expected, Shown(replies), StringComparison.Ordinal);
        Assert.NotNull(CardOf(replies));
    }

    [Fact]
    public async Task Availability_WithoutACountry_AsksForIt_AndTakesTheNextMessageAsTheAnswer()
    {
        var asked = await SendAsync(_client, Message(Megan, "is Phone System available?", conversation: "conv-avail"));
        var answered = await SendAsync(_client, Message(Megan, "Japon", conversation: "conv-avail"));

        Assert.Contains("Which country", Shown(asked), StringComparison.Ordinal);
        Assert.Contains("Japan", Shown(answered), StringComparison.Ordinal);
    }

    [Fact]
    public async Task InAChannel_OneAdminsPendingQuestion_NeverCapturesAnotherAdminsMessage()
    {
        const string Channel = "19:general@thread.tacv2";
        var asked = await SendAsync(_client, Message(Megan, "is Phone System available?", conversation: Channel));
        var camille = await SendAsync(_client, Message(Camille, "Japon", conversation: Channel, locale: "fr-FR"));
        var camillePlan = await SendAsync(_client, Message(Camille, "achète 5 licences Phone System", conversation: Channel, locale: "fr-FR"));
        var megan = await SendAsync(_client, Message(Megan, "Japan", conversation: Channel));

        Assert.Contains("Which country", Shown(asked), StringComparison.Ordinal);
        Assert.DoesNotContain("Japon —", Shown(camille), StringComparison.Ordinal);
        Assert.Contains("plan.confirm", Shown(camillePlan), StringComparison.Ordinal);
        Assert.Contains("Yes, available", Shown(megan), StringComparison.Ordinal);
        var meganCannotConfirmCamillesPlan = await SendAsync(_client, Invoke(Megan, ConfirmData(camillePlan), conversation: Channel));
        Assert.Contains("out of date", Shown(meganCannotConfirmCamillesPlan), StringComparison.Ordinal);
        Assert.Empty(await SubscriptionsAsync());
    }

    [Fact]
    public async Task BuyLicenses_ByAUser_IsRefused_AndByAnAdmin_AppliesOnlyOnConfirm_Once()
    {
        var refused = await SendAsync(_client, Message(Alex, "buy 10 Phone System licenses"));
        var plan = await SendAsync(_client, Message(Megan, "buy 10 Phone System licenses"));
        var before = await SubscriptionsAsync();
        var confirm = ConfirmData(plan);

        var first = await SendAsync(_client, Invoke(Megan, confirm));
        var again = await SendAsync(_client, Invoke(Megan, confirm));

        Assert.Contains("Only an admin", Shown(refused), StringComparison.Ordinal);
        Assert.Empty(before);
        Assert.Contains("10 bought in all", Shown(first), StringComparison.Ordinal);
        Assert.Contains("Already done by you", Shown(again), StringComparison.Ordinal);
        Assert.Equal(10, Assert.Single(await SubscriptionsAsync()).Purchased);
    }

    [Fact]
    public async Task AnAdmin_BuysAssignsFindsAcquiresAndAssignsANumber_ThenTheUserSeesIt()
    {
        var phone = _factory.Services.GetRequiredService<PhoneSystem>();
        var admin = new Actor(Demo, Megan, "Megan Bowen", Role.Admin);
        var address = await phone.Emergency.AddAddressAsync(new AddAddress(admin, IdempotencyKey.New(), new AddressFields(
            "Contoso", "US", HouseNumber: "1", StreetName: "Microsoft", StreetSuffix: "Way", City: "Redmond", StateOrProvince: "WA", PostalCode: "98052")));
        Assert.True(address.Value.Address.IsValidated);

        await ConfirmAsync(await SendAsync(_client, Message(Megan, "buy 10 Phone System licenses")));
        await ConfirmAsync(await SendAsync(_client, Message(Megan, "buy 10 domestic calling plan licenses")));
        var licensed = await ConfirmAsync(await SendAsync(_client, Message(Megan, "give alex.wilber@contoso.com Phone System and a domestic calling plan")));
        var search = await SendAsync(_client, Message(Megan, "find 2 numbers in Seattle"));
        var acquireData = (JObject)ActionData(search, "numbers.acquire").DeepClone();
        var number = (string)CardOf(search).SelectTokens("$..choices[*].value").First()!;
        acquireData["numbers"] = number;
        var acquired = await SendAsync(_client, Invoke(Megan, acquireData));
        var assigned = await ConfirmAsync(await SendAsync(_client, Message(Megan, $"assign {number} to alex.wilber@contoso.com")));
        var mine = await SendAsync(_client, Message(Alex, "what's my number?"));

        Assert.Contains("Licenses updated for Alex Wilber", Shown(licensed), StringComparison.Ordinal);
        Assert.Contains("Numbers acquired: 1", Shown(acquired), StringComparison.Ordinal);
        Assert.Contains("is now Alex Wilber’s number", Shown(assigned), StringComparison.Ordinal);
        Assert.Contains(number, Shown(mine), StringComparison.Ordinal);
        var steps = (await phone.Setup.ChecklistAsync(admin)).Value;
        Assert.Equal(StepStatus.Done, steps.Single(s => s.Step == SetupStepKind.EmergencyAndAssignment).Status);
    }

    private async Task<IReadOnlyList<JObject>> ConfirmAsync(IReadOnlyList<JObject> plan) =>
        await SendAsync(_client, Invoke(Megan, ConfirmData(plan)));

    private async Task<IReadOnlyList<ChatPhone.Core.Licensing.Subscription>> SubscriptionsAsync() =>
        await _factory.Services.GetRequiredService<PhoneSystem>().Licensing.SubscriptionsAsync(Demo);
}
