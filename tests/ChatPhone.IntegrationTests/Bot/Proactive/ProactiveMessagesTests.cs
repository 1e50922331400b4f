using ChatPhone.Core;
using ChatPhone.Core.Common;
using ChatPhone.Core.Directory;
using ChatPhone.Core.Emergency;
using ChatPhone.Core.Licensing;
using ChatPhone.Core.Notifications;
using ChatPhone.Core.Numbers;
using ChatPhone.Core.Numbers.Assignment;
using ChatPhone.Core.Numbers.Carrier;
using ChatPhone.Core.Numbers.Orders;
using ChatPhone.Core.Tenants;
using ChatPhone.IntegrationTests.Infrastructure;
using Microsoft.Extensions.DependencyInjection;
using Newtonsoft.Json.Linq;
using static ChatPhone.IntegrationTests.Infrastructure.BotFactory;

namespace ChatPhone.IntegrationTests.Bot.Proactive;

/// <summary>
/// Proactive messages end to end: the real bot host, its background sender and a fake Bot Connector on loopback
/// that receives them (and fails on demand). People talk to the bot through <c>POST /api/messages</c> with the
/// connector as <c>serviceUrl</c>, so the bot stores references it can really send to.
/// </summary>
[Collection(RedisCollection.Name)]
public sealed partial class ProactiveMessagesTests(RedisServerFixture redis) : IAsyncLifetime
{
    private const string AlexChat = "a:alex-personal";
    private const string MeganChat = "a:megan-personal";
    private static readonly TenantId Demo = TenantId.Parse("demo");
    private static readonly Actor Admin = new(Demo, Megan, "Megan Bowen", Role.Admin);
    private static readonly TimeSpan Patience = TimeSpan.FromSeconds(30);
    private BotFactory _factory = null!;
    private HttpClient _client = null!;
    private FakeConnector _connector = null!;

    public async Task InitializeAsync()
    {
        _connector = await FakeConnector.StartAsync();
        // Short delays so retries happen within a test; the rules (statuses, Retry-After, limits) are the real ones.
        _factory = new BotFactory(redis,
            ("ChatPhone:Proactive:PollSeconds", "0.2"),
            ("ChatPhone:Proactive:TenantScanSeconds", "0.5"),
            ("ChatPhone:Proactive:BaseDelayMs", "20"),
            ("ChatPhone:Proactive:MaxDelayMs", "200"),
            ("ChatPhone:Proactive:SendTimeoutMs", "1500"),
            ("ChatPhone:Proactive:MaxAttempts", "30"));
        _client = await _factory.ReadyClientAsync();
    }

    public async Task DisposeAsync()
    {
        await _factory.DisposeAsync();
        await _connector.DisposeAsync();
    }

    private PhoneSystem Phone => _factory.Services.GetRequiredService<PhoneSystem>();

    [Fact]
    public async Task AssigningANumberByChat_SendsYourNewNumber_ToThePersonsPersonalChat_Once()
    {
        await SayAsync(Alex, "hi", AlexChat);
        var number = (await SeedNumbersAsync(1))[0];

        var plan = await SayAsync(Megan, $"assign {number} to alex.wilber@contoso.com", MeganChat);
        var done = await SendAsync(_client, Via(Invoke(Megan, ConfirmData(plan), MeganChat)));
        var message = await SentAsync(m => m.Data["number"] == number);

        Assert.Contains($"{number} is now Alex Wilber", Shown(done), StringComparison.Ordinal);
        var received = Assert.Single(_connector.DeliveredTo(AlexChat));
        Assert.Equal($"Your new phone number is {number} ({E164Number.TryParse(number).Value.National()}). It shows in Teams above the dial pad in Calls; people can call you on it now.", received.Text);
        Assert.Equal(received.ActivityId, message.ActivityId);
        Assert.Equal("29:" + Alex, (string?)received.Activity["recipient"]?["id"]);
        Assert.Equal(1, message.Attempts);
    }

    [Fact]
    public async Task APersonWhoLastWroteInFrench_GetsTheMessageInFrench()
    {
        await SayAsync(Alex, "bonjour, quel est mon numéro ?", AlexChat, locale: "fr-FR");
        var number = (await SeedNumbersAsync(1))[0];

        await AssignAsync(number, Alex);
        await SentAsync(m => m.Data["number"] == number);

        Assert.StartsWith($"Votre nouveau numéro de téléphone est le {number}", Assert.Single(_connector.DeliveredTo(AlexChat)).Text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task APersonWhoNeverTalkedToTheBot_WaitsForContact_ThenGetsTheMessageWhenTheySayHi()
    {
        var number = (await SeedNumbersAsync(1))[0];

        await AssignAsync(number, Alex);
        var waiting = await OutboxMessageAsync(m => m.Status == DeliveryStatus.WaitingForContact);
        Assert.Equal("delivery.no_conversation", waiting.Failure?.Code);
        Assert.Empty(_connector.Calls);

        await SayAsync(Alex, "hi", AlexChat);
        var sent = await SentAsync(m => m.Id == waiting.Id);

        Assert.Contains(number, Assert.Single(_connector.DeliveredTo(AlexChat)).Text, StringComparison.Ordinal);
        Assert.Null(sent.LastError);
    }

    [Fact]
    public async Task APersonWithoutAPersonalChat_GetsOneOpened_WhenTheTenantIsKnown()
    {
        await SayAsync(Megan, "help", MeganChat);
        var number = (await SeedNumbersAsync(1))[0];

        await AssignAsync(number, Alex);
        await SentAsync(m => m.Data["number"] == number);

        var opened = Assert.Single(_connector.Conversations);
        Assert.Equal(Alex, (string?)opened.Activity["members"]?[0]?["id"]);
        Assert.Equal(false, (bool?)opened.Activity["isGroup"]);
        Assert.Contains(number, Assert.Single(_connector.DeliveredTo(opened.Conversation)).Text, StringComparison.Ordinal);
        var reference = await _factory.Services.GetRequiredService<ChatPhone.Bot.Proactive.ConversationReferenceStore>().FindPersonAsync(Demo, Alex);
        Assert.Equal(opened.Conversation, reference.Value.Conversation.Id);
    }

    [Fact]
    public async Task ToTheHelpdeskChannel_WithoutOne_FailsWithTheReason_WithOne_PostsANewMessageInTheChannel()
    {
        var store = _factory.Services.GetRequiredService<ChatPhone.Bot.Proactive.ConversationReferenceStore>();
        await SeedOutboxAsync(Helpdesk("h1"));
        var failed = await OutboxMessageAsync(m => m.Id == "h1" && m.Status == DeliveryStatus.Failed);
        Assert.Equal("No helpdesk channel set: say 'use this channel for helpdesk tickets' in it.", failed.LastError);

        var thread = Via(Message(Megan, "use this channel for helpdesk tickets", "19:helpdesk@thread.tacv2;messageid=1712"), personal: false);
        var reference = thread.ToObject<Microsoft.Bot.Schema.Activity>()!.GetConversationReference();
        await store.SaveHelpdeskChannelAsync(Demo, reference, Language.French);
        await SeedOutboxAsync(Helpdesk("h2"));
        await SentAsync(m => m.Id == "h2");

        var posted = Assert.Single(_connector.DeliveredTo("19:helpdesk@thread.tacv2"));
        Assert.StartsWith("Votre nouveau numéro", posted.Text, StringComparison.Ordinal);
        Assert.Null((string?)posted.Activity["replyToId"]);
    }

    // ---- helpers ----

    /// <summary>A turn from <paramref name="user"/> in a chat whose connector is the fake one; replies come back in the response.</summary>
    private Task<IReadOnlyList<JObject>> SayAsync(string user, string text, string conversation, string locale = "en-US", bool personal = true) =>
        SendAsync(_client, Via(Message(user, text, conversation, locale: locale), personal));

    private JObject Via(JObject activity, bool personal = true) => _connector.Route(activity, personal, expectReplies: true);

    private async Task<IReadOnlyList<string>> SeedNumbersAsync(int count)
    {
        var address = await Phone.Emergency.AddAddressAsync(new AddAddress(Admin, IdempotencyKey.New(), new AddressFields(
            "Contoso", "US", HouseNumber: "1", StreetName: "Microsoft", StreetSuffix: "Way", City: "Redmond", StateOrProvince: "WA", PostalCode: "98052")));
        Assert.True((await Phone.Licensing.PurchaseAsync(new PurchaseLicenses(Admin, IdempotencyKey.New(), Sku.PhoneSystem, 20))).IsSuccess);
        Assert.True((await Phone.Licensing.PurchaseAsync(new PurchaseLicenses(Admin, IdempotencyKey.New(), Sku.DomesticCallingPlan, 20))).IsSuccess);
        foreach (var person in new[] { Alex, Sam, Megan })
        {
            Assert.True((await Phone.Licensing.AssignAsync(new AssignLicenses(Admin, IdempotencyKey.New(), UserId.Parse(person), [Sku.PhoneSystem, Sku.DomesticCallingPlan]))).IsSuccess);
        }

        var order = await Phone.NumberOrders.SearchAsync(new SearchNumbers(
            Admin, IdempotencyKey.New(), "US", NumberType.UserSubscriber, count, new NumberPlace("WA", "Seattle"), address.Value.Address.Id));
        Assert.True(order.IsSuccess, order.Error?.Code);
        var acquired = await Phone.NumberOrders.AcquireAsync(new AcquireNumbers(Admin, IdempotencyKey.New(), order.Value.Id));
        Assert.True(acquired.IsSuccess, acquired.Error?.Code);
        return acquired.Value.Acquired!;
    }

    private async Task AssignAsync(string number, string person)
    {
        var assigned = await Phone.NumberAssignment.AssignAsync(new AssignNumber(Admin, IdempotencyKey.New(), number, UserId.Parse(person)));
        Assert.True(assigned.IsSuccess, assigned.Error?.Code);
    }

    private Task SeedOutboxAsync(params OutboxMessage[] messages) =>
        TenantSeed.PutAsync(_factory.Services, Demo, NotificationCollections.Outbox, messages.Select(m => (m.Id, m)).ToArray());

    private static OutboxMessage ToPerson(string id, string person, string number = "+12065550100") =>
        new(id, NotificationKind.NumberAssigned, RecipientKind.Person, person,
            new Dictionary<string, string> { ["number"] = number }, DateTimeOffset.UtcNow);

    private static OutboxMessage Helpdesk(string id) =>
        new(id, NotificationKind.NumberAssigned, RecipientKind.HelpdeskChannel, null,
            new Dictionary<string, string> { ["number"] = "+12065550100" }, DateTimeOffset.UtcNow);

    private Task<OutboxMessage> SentAsync(Func<OutboxMessage, bool> which) =>
        OutboxMessageAsync(m => which(m) && m.Status == DeliveryStatus.Sent);

    private async Task<OutboxMessage> OutboxMessageAsync(Func<OutboxMessage, bool> which)
    {
        OutboxMessage? found = null;
        await EventuallyAsync(async () => (found = (await Phone.Outbox.ListAsync(Demo)).FirstOrDefault(which)) is not null,
            () => "outbox: " + string.Join("; ", Phone.Outbox.ListAsync(Demo).Result.Select(m => $"{m.Id} {m.Status} x{m.Attempts} {m.LastError}")));
        return found!;
    }

    private static async Task EventuallyAsync(Func<Task<bool>> condition, Func<string> state)
    {
        var until = DateTimeOffset.UtcNow + Patience;
        while (!await condition())
        {
            if (DateTimeOffset.UtcNow > until)
            {
                Assert.Fail($"Not reached within {Patience.TotalSeconds} s; {state()}");
            }

            await Task.Delay(50);
        }
    }
}
