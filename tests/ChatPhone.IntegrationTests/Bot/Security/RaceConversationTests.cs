using ChatPhone.Core.Common;
using ChatPhone.Core.Directory;
using ChatPhone.Core.Integrity;
using ChatPhone.Core.Licensing;
using ChatPhone.Core.Tenants;
using ChatPhone.IntegrationTests.Infrastructure;
using Microsoft.Extensions.DependencyInjection;
using Newtonsoft.Json.Linq;
using static ChatPhone.IntegrationTests.Infrastructure.BotFactory;

namespace ChatPhone.IntegrationTests.Bot.Security;

/// <summary>
/// Races through the bot (issue 8, R2): fifty admins, each with their own plan card, confirm at the same instant
/// for the one license left. Exactly one wins; the others are told plainly why; the books still balance.
/// </summary>
[Collection(RedisCollection.Name)]
public sealed class RaceConversationTests(RedisServerFixture redis) : IAsyncLifetime
{
    private const int Admins = 50;
    private static readonly TenantId Tenant = TenantId.Parse("racers");
    private BotFactory _factory = null!;
    private HttpClient _client = null!;

    public async Task InitializeAsync()
    {
        _factory = new BotFactory(redis);
        _client = await _factory.ReadyClientAsync();
        var people = Enumerable.Range(0, Admins)
            .SelectMany(i => new[]
            {
                (Id: AdminOf(i), Upn: $"admin{i}@racers.example", Name: $"Admin {i}", UsageLocation: "US", Role: "admin"),
                (Id: UserOf(i), Upn: $"user{i}@racers.example", Name: $"User {i}", UsageLocation: "US", Role: "user"),
            })
            .ToArray();
        await TenantSeed.PeopleAsync(_factory.Services, Tenant, people);
        var admin = new Actor(Tenant, AdminOf(0), "Admin 0", Role.Admin);
        Assert.True((await _factory.Services.GetRequiredService<LicensingService>().PurchaseAsync(new PurchaseLicenses(admin, IdempotencyKey.New(), Sku.PhoneSystem, 1))).IsSuccess);
    }

    public async Task DisposeAsync() => await _factory.DisposeAsync();

    [Fact]
    public async Task FiftyAdminsConfirmingTheLastLicenseAtOnce_HaveExactlyOneWinner_AndTheOthersAreToldWhy()
    {
        var plans = new List<(int Admin, JObject Confirm)>();
        for (var i = 0; i < Admins; i++)
        {
            var plan = await SendAsync(_client, In(Message(AdminOf(i), $"give user{i}@racers.example Phone System", $"conv-race-{i}")));
            plans.Add((i, ConfirmData(plan)));
        }

        var answers = await Task.WhenAll(plans.Select(p => Task.Run(() => SendAsync(_client, In(Invoke(AdminOf(p.Admin), p.Confirm, $"conv-race-{p.Admin}"))))));

        var shown = answers.Select(Shown).ToArray();
        Assert.Single(shown, s => s.Contains("Licenses updated for User", StringComparison.Ordinal));
        Assert.Equal(Admins - 1, shown.Count(s => s.Contains("license is free (1 bought, all assigned)", StringComparison.Ordinal)));
        var subscription = (await _factory.Services.GetRequiredService<LicensingService>().SubscriptionsAsync(Tenant)).Single(s => s.Sku == Sku.PhoneSystem);
        Assert.Equal((1, 1), (subscription.Purchased, subscription.Consumed));
        Assert.Empty(await _factory.Services.GetRequiredService<InvariantChecker>().CheckAsync(Tenant));
    }

    private static JObject In(JObject activity)
    {
        activity["conversation"]!["tenantId"] = Tenant.ToString();
        return activity;
    }

    private static string AdminOf(int i) => $"00000000-0000-4000-8000-{i:000000000000}";

    private static string UserOf(int i) => $"00000000-0000-4000-9000-{i:000000000000}";
}
