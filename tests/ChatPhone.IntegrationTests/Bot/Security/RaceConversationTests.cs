using ChatPhone.Core;
using ChatPhone.Core.Common;
using ChatPhone.Core.Directory;
using ChatPhone.Core.Helpdesk;
using ChatPhone.Core.Integrity;
using ChatPhone.Core.Licensing;
using ChatPhone.Core.Numbers;
using ChatPhone.Core.Tenants;
using ChatPhone.Core.Triage;
using ChatPhone.IntegrationTests.Infrastructure;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Newtonsoft.Json.Linq;
using Xunit.Abstractions;
using static ChatPhone.IntegrationTests.Infrastructure.BotFactory;

namespace ChatPhone.IntegrationTests.Bot.Security;

/// <summary>
/// Races through the bot (issue 8, R2): fifty admins act on the same thing at the same instant — the last license,
/// the same reserved number, the same free number, the same ticket, the same call queue name. Exactly one wins; the
/// others are told plainly why; the books still balance. Run on each store (<see cref="RaceStores"/>): on the Redis
/// Cluster a unit spanning two hash slots would fail with CROSSSLOT, and every key of a tenant is checked to share one slot.
/// </summary>
public abstract partial class RaceConversationTests(IRespServer server, ITestOutputHelper output) : IAsyncLifetime
{
    private const int Admins = 50;
    private static readonly TenantId Tenant = TenantId.Parse("racers");
    private static readonly Actor Owner = new(Tenant, AdminOf(0), "Admin 0", Role.Admin);
    private BotFactory _factory = null!;
    private HttpClient _client = null!;

    public async Task InitializeAsync()
    {
        _factory = new BotFactory(server);
        _client = await _factory.ReadyClientAsync();
        var people = Enumerable.Range(0, Admins)
            .SelectMany(i => new[]
            {
                (Id: AdminOf(i), Upn: $"admin{i}@racers.example", Name: $"Admin {i}", UsageLocation: "US", Role: "admin"),
                (Id: UserOf(i), Upn: $"user{i}@racers.example", Name: $"User {i}", UsageLocation: "US", Role: "user"),
            })
            .ToArray();
        await TenantSeed.PeopleAsync(_factory.Services, Tenant, people);
    }

    public async Task DisposeAsync()
    {
        try
        {
            Assert.Empty(await _factory.Services.GetRequiredService<InvariantChecker>().CheckAsync(Tenant));
            await AssertEachTenantLivesInOneSlotAsync();
        }
        finally
        {
            await _factory.DisposeAsync();
        }
    }

    private PhoneSystem Phone => _factory.Services.GetRequiredService<PhoneSystem>();

    [Fact]
    public async Task TheLastLicense_OneOfFiftyConfirmsWins_TheOthersAreToldNoneIsFree()
    {
        await BuyAsync(Sku.PhoneSystem, 1);
        var confirms = await PlansAsync(i => $"give user{i}@racers.example Phone System");

        var shown = await AllAtOnceAsync(confirms, "license");

        Assert.Single(shown, s => s.Contains("Licenses updated for User", StringComparison.Ordinal));
        Assert.Equal(Admins - 1, shown.Count(s => s.Contains("license is free (1 bought, all assigned)", StringComparison.Ordinal)));
        var subscription = (await Phone.Licensing.SubscriptionsAsync(Tenant)).Single(s => s.Sku == Sku.PhoneSystem);
        Assert.Equal((1, 1), (subscription.Purchased, subscription.Consumed));
    }

    [Fact]
    public async Task TheSameReservedNumber_FiftyAdminsAcquireIt_OneGetsIt_TheOthersAreToldTheOrderIsDone()
    {
        await PrerequisitesAsync();
        var acquire = await ReservedNumberAsync();
        // Each admin has their own copy of the results card (their own idempotency key), so nothing is a replay.
        var clicks = Enumerable.Range(0, Admins).Select(i =>
        {
            var data = (JObject)acquire.DeepClone();
            data["idempotencyKey"] = Guid.NewGuid().ToString("N");
            return (Admin: i, Data: data);
        }).ToArray();

        var shown = await AllAtOnceAsync(clicks, "acquire");

        Assert.Single(shown, s => s.Contains("Numbers acquired: 1", StringComparison.Ordinal));
        Assert.Equal(Admins - 1, shown.Count(s => s.Contains("only a reserved order can be completed or cancelled", StringComparison.Ordinal)));
        Assert.Equal(1, (await Phone.Numbers.ListAsync(Owner, new NumberFilter())).Value.Total);
    }

    [Fact]
    public async Task TheSameFreeNumber_FiftyAdminsGiveItToFiftyPeople_OnePersonGetsIt()
    {
        await PrerequisitesAsync();
        var bulk = await Phone.Licensing.AssignInBulkAsync(new AssignLicensesInBulk(
            Owner, IdempotencyKey.New(), [.. Enumerable.Range(0, Admins).Select(UserOf)], [Sku.PhoneSystem, Sku.DomesticCallingPlan]));
        Assert.True(bulk.IsSuccess && bulk.Value.Rows.All(r => r.Error is null), bulk.Error?.Code);
        var number = await AcquiredNumberAsync();
        var confirms = await PlansAsync(i => $"assign {number} to user{i}@racers.example");

        var shown = await AllAtOnceAsync(confirms, "assign");

        var winner = Assert.Single(shown, s => s.Contains($"{number} is now User ", StringComparison.Ordinal));
        Assert.Equal(Admins - 1, shown.Count(s => s.Contains($"{number} is already assigned", StringComparison.Ordinal)));
        var holders = new List<string>();
        for (var i = 0; i < Admins; i++)
        {
            if ((await Phone.Numbers.LinesOfAsync(Owner, UserOf(i))).Value.Any(l => l.Number == number))
            {
                holders.Add($"User {i}");
            }
        }

        Assert.Contains($"{number} is now {Assert.Single(holders)}’s number", winner, StringComparison.Ordinal);
    }

    [Fact]
    public async Task TheSameTicket_FiftyStaffClaimIt_OneHasIt_TheOthersAreToldWho()
    {
        var ticket = await OpenTicketAsync();
        var clicks = Enumerable.Range(0, Admins).Select(i => (Admin: i, Data: new JObject
        {
            ["verb"] = "ticket.claim", ["ticketId"] = ticket.Id, ["idempotencyKey"] = Guid.NewGuid().ToString("N"),
        })).ToArray();

        var shown = await AllAtOnceAsync(clicks, "claim");

        Assert.Single(shown, s => s.Contains($"You have ticket {ticket.Id} now.", StringComparison.Ordinal));
        var stored = (await _factory.Services.GetRequiredService<TicketService>().GetAsync(Owner, ticket.Id)).Value;
        Assert.Equal(Admins - 1, shown.Count(s => s.Contains($"{stored.AssigneeName} already took ticket {ticket.Id}", StringComparison.Ordinal)));
    }

    [Fact]
    public async Task TheSameCallQueueName_FiftyAdminsCreateIt_OneQueueExists()
    {
        await BuyAsync(Sku.PhoneSystem, 1);
        Assert.True((await Phone.Licensing.AssignAsync(new AssignLicenses(Owner, IdempotencyKey.New(), UserId.Parse(UserOf(0)), [Sku.PhoneSystem]))).IsSuccess);
        var confirms = await PlansAsync(_ => "create a call queue Sales, round robin, agents user0@racers.example");

        var shown = await AllAtOnceAsync(confirms, "queue");

        Assert.Single(shown, s => s.Contains("Call queue “Sales” created", StringComparison.Ordinal));
        Assert.Equal(Admins - 1, shown.Count(s => s.Contains("A call queue called “Sales” already exists", StringComparison.Ordinal)));
        Assert.Equal("Sales", Assert.Single((await Phone.VoiceApps.ListCallQueuesAsync(Owner)).Value).Name);
    }
}
