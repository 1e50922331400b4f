using ChatPhone.Core;
using ChatPhone.Core.Common;
using ChatPhone.Core.Directory;
using ChatPhone.Core.Emergency;
using ChatPhone.Core.Helpdesk;
using ChatPhone.Core.Licensing;
using ChatPhone.Core.Numbers;
using ChatPhone.Core.Numbers.Assignment;
using ChatPhone.Core.Numbers.Carrier;
using ChatPhone.Core.Numbers.Orders;
using ChatPhone.Core.Tenants;
using ChatPhone.IntegrationTests.Infrastructure;
using Microsoft.Extensions.DependencyInjection;
using Newtonsoft.Json.Linq;
using static ChatPhone.IntegrationTests.Infrastructure.BotFactory;

namespace ChatPhone.IntegrationTests.Bot.Helpdesk;

/// <summary>
/// A user who cannot call, end to end: the diagnosis in their language, the ticket card posted to the helpdesk
/// channel through the connector, the admin's one-click fix, the user told. Plus helpdesk checks and self-service.
/// </summary>
[Collection(RedisCollection.Name)]
public sealed class HelpdeskConversationTests(RedisServerFixture redis) : IAsyncLifetime
{
    private const string AlexChat = "a:alex-personal";
    private const string Channel = "19:helpdesk@thread.tacv2";
    private static readonly TenantId Demo = TenantId.Parse("demo");
    private static readonly Actor Admin = new(Demo, Megan, "Megan Bowen", Role.Admin);
    private BotFactory _factory = null!;
    private HttpClient _client = null!;
    private FakeConnector _connector = null!;

    public async Task InitializeAsync()
    {
        _connector = await FakeConnector.StartAsync();
        _factory = new BotFactory(redis, ("ChatPhone:Proactive:PollSeconds", "0.2"), ("ChatPhone:Proactive:TenantScanSeconds", "0.5"));
        _client = await _factory.ReadyClientAsync();
    }

    public async Task DisposeAsync()
    {
        await _factory.DisposeAsync();
        await _connector.DisposeAsync();
    }

    private PhoneSystem Phone => _factory.Services.GetRequiredService<PhoneSystem>();

    [Fact]
    public async Task AUserWhoCannotCall_IsToldWhy_TheHelpdeskGetsATicket_AnAdminFixesItWithOneClick_AndTheUserIsTold()
    {
        Assert.True((await Phone.Licensing.PurchaseAsync(new PurchaseLicenses(Admin, IdempotencyKey.New(), Sku.PhoneSystem, 5))).IsSuccess);
        await SayAsync(Megan, "use this channel for helpdesk tickets", Channel, personal: false);
        Assert.Contains(_connector.DeliveredTo(Channel), c => c.Text.Contains("new helpdesk tickets will be posted in this conversation", StringComparison.Ordinal));

        await SayAsync(Alex, "I can't call out", AlexChat);
        var told = string.Join("\n", _connector.DeliveredTo(AlexChat).Select(c => c.Activity.ToJsonString(Readable)));
        Assert.Contains("You don’t have a Teams Phone license yet", told, StringComparison.Ordinal);
        Assert.Matches(@"I opened ticket T-\d+ for the helpdesk", told);

        var card = await EventuallyAsync(() => _connector.DeliveredTo(Channel).FirstOrDefault(c => c.Text.StartsWith("New ticket", StringComparison.Ordinal)));
        var fix = (JObject)JObject.Parse(card.Activity.ToJsonString()).SelectTokens("$..data").OfType<JObject>().First(d => (string?)d["verb"] == "ticket.fix");
        await SendAsync(_client, Via(Invoke(Priya, fix, Channel), personal: false));
        await SendAsync(_client, Via(Invoke(Megan, fix, Channel), personal: false));
        var news = await EventuallyAsync(() => _connector.DeliveredTo(AlexChat).FirstOrDefault(c => c.Text.Contains("fixed a cause of your ticket", StringComparison.Ordinal)));

        Assert.Contains(_connector.DeliveredTo(Channel), c => c.Text.StartsWith("Only an admin", StringComparison.Ordinal));
        Assert.StartsWith("Megan Bowen fixed a cause of your ticket T-", news.Text, StringComparison.Ordinal);
        Assert.Contains(Sku.PhoneSystem, (await Phone.Licensing.ForUserAsync(Demo, Alex)).Value.Skus);
    }

    [Fact]
    public async Task AHelpdeskOnDirectLine_GetsTheTicketCardWithSubmitButtons_AndItsFixWorksBySubmit()
    {
        const string Helpdesk = "dl-helpdesk";
        Assert.True((await Phone.Licensing.PurchaseAsync(new PurchaseLicenses(Admin, IdempotencyKey.New(), Sku.PhoneSystem, 5))).IsSuccess);
        await SendAsync(_client, Via(On(DirectLine, Message(Megan, "use this channel for helpdesk tickets", Helpdesk)), personal: false));

        await SayAsync(Alex, "I can't call out", "a:alex-dl");
        var card = await EventuallyAsync(() => _connector.DeliveredTo(Helpdesk).FirstOrDefault(c => c.Text.StartsWith("New ticket", StringComparison.Ordinal)));
        var fix = (JObject)JObject.Parse(card.Activity.ToJsonString()).SelectTokens("$..data").OfType<JObject>().First(d => (string?)d["verb"] == "ticket.fix");
        await SendAsync(_client, Via(Submit(Megan, fix, Helpdesk), personal: false));
        await EventuallyAsync(() => _connector.DeliveredTo("a:alex-dl").FirstOrDefault(c => c.Text.Contains("fixed a cause of your ticket", StringComparison.Ordinal)));

        // The proactive card is written for the helpdesk conversation's channel, from its stored reference.
        AssertRunnableOn(DirectLine, [JObject.Parse(card.Activity.ToJsonString())]);
        Assert.Contains(Sku.PhoneSystem, (await Phone.Licensing.ForUserAsync(Demo, Alex)).Value.Skus);
    }

    [Fact]
    public async Task InFrench_TheDiagnosisAndTheTicketAreInFrench()
    {
        var replies = await SendAsync(_client, Message(Lucas, "je ne peux pas appeler", "a:lucas", locale: "fr-FR"));

        Assert.Contains("Vous n’avez pas encore de licence Teams Phone", Shown(replies), StringComparison.Ordinal);
        Assert.Contains("J’ai ouvert le ticket T-", Shown(replies), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("check my phone setup", "en-US", "Open a ticket")]
    [InlineData("vérifie ma configuration téléphonique", "fr-FR", "Ouvrir un ticket")]
    public async Task AUserCheckingTheirOwnSetup_IsOfferedATicket_NoneIsOpenedUnasked(string text, string locale, string button)
    {
        var replies = await SendAsync(_client, Message(Lucas, text, "a:lucas-check", locale: locale));
        var open = await _factory.Services.GetRequiredService<TicketService>().ListOpenAsync(Admin);

        Assert.Contains("ticket.open", Shown(replies), StringComparison.Ordinal);
        Assert.Contains(button, Shown(replies), StringComparison.Ordinal);
        Assert.DoesNotContain("T-", string.Join("\n", replies.Select(r => (string?)r["text"])), StringComparison.Ordinal);
        Assert.Empty(open.Value);
    }

    [Fact]
    public async Task TheHelpdeskChecksSomeonesSetup_AUserCannot_AndTheChannelCommandIsForAdminsInAChannel()
    {
        var check = await SendAsync(_client, Message(Priya, "check Alex's phone setup", "a:priya"));
        var refused = await SendAsync(_client, Message(Sam, "check Alex's phone setup", "a:sam"));
        var personal = await SendAsync(_client, Message(Megan, "use this channel for helpdesk tickets", "a:megan"));
        var notAdmin = await SendAsync(_client, Message(Priya, "use this channel for helpdesk tickets", Channel));

        Assert.Contains("Alex Wilber", Shown(check), StringComparison.Ordinal);
        Assert.Contains("ticket.open", Shown(check), StringComparison.Ordinal);
        Assert.Contains("Only helpdesk staff or an admin", Shown(refused), StringComparison.Ordinal);
        Assert.DoesNotContain("Teams Phone", Shown(refused), StringComparison.Ordinal);
        Assert.Contains("Say this in the channel", Shown(personal), StringComparison.Ordinal);
        Assert.Contains("Only an admin", Shown(notAdmin), StringComparison.Ordinal);
    }

    [Fact]
    public async Task SelfService_TellsMyEmergencyAddress_MyLicensesWithMinutesLeft_AndMyDialIn()
    {
        var address = (await Phone.Emergency.AddAddressAsync(new AddAddress(Admin, IdempotencyKey.New(), new AddressFields(
            "Contoso", "US", HouseNumber: "1", StreetName: "Microsoft", StreetSuffix: "Way", City: "Redmond", StateOrProvince: "WA", PostalCode: "98052")))).Value.Address;
        foreach (var sku in new[] { Sku.PhoneSystem, Sku.DomesticCallingPlan })
        {
            Assert.True((await Phone.Licensing.PurchaseAsync(new PurchaseLicenses(Admin, IdempotencyKey.New(), sku, 5))).IsSuccess);
        }

        Assert.True((await Phone.Licensing.AssignAsync(new AssignLicenses(Admin, IdempotencyKey.New(), UserId.Parse(Alex), [Sku.PhoneSystem, Sku.DomesticCallingPlan]))).IsSuccess);
        var order = await Phone.NumberOrders.SearchAsync(new SearchNumbers(Admin, IdempotencyKey.New(), "US", NumberType.UserSubscriber, 1, new NumberPlace("WA", "Seattle"), address.Id));
        var number = (await Phone.NumberOrders.AcquireAsync(new AcquireNumbers(Admin, IdempotencyKey.New(), order.Value.Id))).Value.Acquired![0];
        Assert.True((await Phone.NumberAssignment.AssignAsync(new AssignNumber(Admin, IdempotencyKey.New(), number, UserId.Parse(Alex), LocationId: address.DefaultLocation.Id))).IsSuccess);

        var where = await SendAsync(_client, Message(Alex, "what's my emergency address?", "a:alex"));
        var licenses = await SendAsync(_client, Message(Alex, "quelles sont mes licences ?", "a:alex", locale: "fr-FR"));
        var dialIn = await SendAsync(_client, Message(Alex, "what are my dial-in numbers?", "a:alex"));

        Assert.Contains($"{number} (", Shown(where), StringComparison.Ordinal);
        Assert.Contains("1 Microsoft Way", Shown(where), StringComparison.Ordinal);
        Assert.Contains("Vos licences : Teams Phone Standard", Shown(licenses), StringComparison.Ordinal);
        Assert.Contains("Minutes restantes ce mois-ci", Shown(licenses), StringComparison.Ordinal);
        Assert.Contains("not set up for Audio Conferencing", Shown(dialIn), StringComparison.Ordinal);
    }

    private const string Lucas = "00000000-0000-4000-8000-000000000006";

    private static readonly System.Text.Json.JsonSerializerOptions Readable = new() { Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    private Task<IReadOnlyList<JObject>> SayAsync(string user, string text, string conversation, bool personal = true) =>
        SendAsync(_client, Via(Message(user, text, conversation), personal));

    // Normal delivery through the fake connector, as Teams does.
    private JObject Via(JObject activity, bool personal = true) => _connector.Route(activity, personal);

    private static async Task<ConnectorCall> EventuallyAsync(Func<ConnectorCall?> find)
    {
        var until = DateTimeOffset.UtcNow + TimeSpan.FromSeconds(30);
        while (find() is not { } found)
        {
            Assert.True(DateTimeOffset.UtcNow < until, "The connector did not receive the expected message within 30 s.");
            await Task.Delay(50);
        }

        return find()!;
    }
}
