using ChatPhone.Core.Audit;
using ChatPhone.Core.Credits;
using ChatPhone.IntegrationTests.Infrastructure;

namespace ChatPhone.IntegrationTests.Core.Credits;

[Collection(RedisCollection.Name)]
public sealed class CreditsUsageIntegrationTests(RedisServerFixture redis)
{
    [Fact]
    public async Task RecordUsage_SpendsTheOldestUnexpiredLotFirst()
    {
        await using var scenario = new CreditsScenario(redis);
        await scenario.SetCardAsync();
        await scenario.FundAsync(20m);
        scenario.Clock.Advance(TimeSpan.FromDays(30));
        await scenario.FundAsync(50m);

        var usage = (await scenario.Credits.RecordUsageAsync(new RecordUsage(scenario.Admin, CreditsScenario.Key(), 25.50m, "  Toll-free minutes  "))).Value;

        Assert.Equal(("Toll-free minutes", 25.50m, 0m, false), (usage.Description, usage.Charged, usage.Unpaid, usage.CreditGatedFeaturesStopped));
        Assert.Equal([0m, 44.50m], (await scenario.StoredAsync())!.Lots.Select(l => l.Remaining));
    }

    [Fact]
    public async Task RecordUsage_FallingBelowTheTrigger_RechargesInTheSameChange()
    {
        await using var scenario = new CreditsScenario(redis);
        await scenario.SetCardAsync();
        await scenario.FundAsync(20m);
        await scenario.Credits.ConfigureAutoRechargeAsync(new ConfigureAutoRecharge(scenario.Admin, CreditsScenario.Key(), 10m, 25m));

        var atTrigger = (await scenario.Credits.RecordUsageAsync(new RecordUsage(scenario.Admin, CreditsScenario.Key(), 10m, "calls"))).Value;
        var below = (await scenario.Credits.RecordUsageAsync(new RecordUsage(scenario.Admin, CreditsScenario.Key(), 0.01m, "calls"))).Value;

        Assert.Empty(atTrigger.Recharges);
        Assert.Equal(10m, atTrigger.Account.Balance);
        var recharge = Assert.Single(below.Recharges);
        Assert.Equal((25m, LotSource.AutoRecharge), (recharge.Amount, recharge.Source));
        Assert.Equal(34.99m, below.Account.Balance);
        Assert.Equal(34.99m, (await scenario.ViewAsync()).Balance);
        Assert.Equal(2, (await scenario.AuditAsync(AuditActions.Credits.UsageRecord)).Count);
    }

    [Fact]
    public async Task RecordUsage_BeyondTheBalance_RechargesUntilPaid()
    {
        await using var scenario = new CreditsScenario(redis);
        await scenario.SetCardAsync();
        await scenario.FundAsync(20m);
        await scenario.Credits.ConfigureAutoRechargeAsync(new ConfigureAutoRecharge(scenario.Admin, CreditsScenario.Key(), 5m, 25m));

        var usage = (await scenario.Credits.RecordUsageAsync(new RecordUsage(scenario.Admin, CreditsScenario.Key(), 50m, "international calls"))).Value;

        Assert.Equal((50m, 0m, 2), (usage.Charged, usage.Unpaid, usage.Recharges.Count));
        Assert.Equal(20m, usage.Account.Balance);
        Assert.Equal(["lot-2", "lot-3"], usage.Recharges.Select(l => l.Id));
    }

    [Fact]
    public async Task RecordUsage_DownToZeroWithoutRecharge_StopsCreditGatedFeatures_AndLeavesTheRestUnpaid()
    {
        await using var scenario = new CreditsScenario(redis);
        await scenario.SetCardAsync();
        await scenario.FundAsync(20m);

        var almost = (await scenario.Credits.RecordUsageAsync(new RecordUsage(scenario.Admin, CreditsScenario.Key(), 19.99m, "calls"))).Value;
        var last = (await scenario.Credits.RecordUsageAsync(new RecordUsage(scenario.Admin, CreditsScenario.Key(), 5m, "calls"))).Value;
        var after = (await scenario.Credits.RecordUsageAsync(new RecordUsage(scenario.Admin, CreditsScenario.Key(), 1m, "calls"))).Value;

        Assert.False(almost.CreditGatedFeaturesStopped);
        Assert.Equal((0.01m, 4.99m, true), (last.Charged, last.Unpaid, last.CreditGatedFeaturesStopped));
        Assert.Equal((0m, 1m, true), (after.Charged, after.Unpaid, after.CreditGatedFeaturesStopped));
        Assert.False((await scenario.ViewAsync()).HasPositiveBalance);
        Assert.Equal(2, (await scenario.AuditAsync(AuditActions.Credits.UsageRecord)).Count);
    }

    [Fact]
    public async Task RecordUsage_RechargeWithAnExpiredCard_ReportsTheFailureAndBuysNothing()
    {
        await using var scenario = new CreditsScenario(redis);
        await scenario.SetCardAsync(2026, 8);
        await scenario.FundAsync(20m);
        await scenario.Credits.ConfigureAutoRechargeAsync(new ConfigureAutoRecharge(scenario.Admin, CreditsScenario.Key(), 10m, 20m));
        scenario.Clock.Set(new DateTimeOffset(2026, 9, 2, 0, 0, 0, TimeSpan.Zero));

        var usage = (await scenario.Credits.RecordUsageAsync(new RecordUsage(scenario.Admin, CreditsScenario.Key(), 15m, "calls"))).Value;

        Assert.Empty(usage.Recharges);
        Assert.Equal("credits.card_expired", usage.RechargeFailure?.Code);
        Assert.Equal(5m, usage.Account.Balance);
    }

    [Fact]
    public async Task RecordUsage_ReplayedKey_ChargesOnce()
    {
        await using var scenario = new CreditsScenario(redis);
        await scenario.SetCardAsync();
        await scenario.FundAsync(20m);
        var key = CreditsScenario.Key("usage-once");

        var first = await scenario.Credits.RecordUsageAsync(new RecordUsage(scenario.Admin, key, 5m, "calls"));
        var replay = await scenario.Credits.RecordUsageAsync(new RecordUsage(scenario.Admin, key, 5m, "calls"));

        Assert.Equal(first.Value.Account.Balance, replay.Value.Account.Balance);
        Assert.Equal(15m, (await scenario.ViewAsync()).Balance);
        Assert.Single(await scenario.AuditAsync(AuditActions.Credits.UsageRecord));
    }

    [Theory]
    [InlineData("", "credits.invalid_usage_description")]
    [InlineData("line\nbreak", "credits.invalid_usage_description")]
    public async Task RecordUsage_BadDescription_IsRefused(string description, string code)
    {
        await using var scenario = new CreditsScenario(redis);
        await scenario.SetCardAsync();
        await scenario.FundAsync(20m);

        var result = await scenario.Credits.RecordUsageAsync(new RecordUsage(scenario.Admin, CreditsScenario.Key(), 1m, description));

        Assert.Equal(code, result.Error?.Code);
        Assert.Equal(20m, (await scenario.ViewAsync()).Balance);
    }

    [Fact]
    public async Task RecordUsage_BeforeAnyFunding_SaysCreditsAreNotSetUp()
    {
        await using var scenario = new CreditsScenario(redis);

        var result = await scenario.Credits.RecordUsageAsync(new RecordUsage(scenario.Admin, CreditsScenario.Key(), 1m, "calls"));

        Assert.Equal("credits.not_set_up", result.Error?.Code);
        Assert.Null(await scenario.StoredAsync());
    }
}
