using ChatPhone.Core.Audit;
using ChatPhone.Core.Credits;
using ChatPhone.Core.Directory;
using ChatPhone.IntegrationTests.Infrastructure;

namespace ChatPhone.IntegrationTests.Core.Credits;

[Collection(RedisCollection.Name)]
public sealed class CreditsFundingIntegrationTests(RedisServerFixture redis)
{
    [Fact]
    public async Task AddFunds_FirstFundingOfTwenty_StoresALotExpiringTwelveMonthsLater()
    {
        await using var scenario = new CreditsScenario(redis);
        await scenario.SetCardAsync();

        var view = await scenario.FundAsync(20m);

        var lot = Assert.Single(view.Lots);
        Assert.Equal((20m, 20m, CreditsScenario.Start, CreditsScenario.Start.AddMonths(12)), (lot.Amount, lot.Remaining, lot.PurchasedAt, lot.ExpiresAt));
        Assert.Equal((20m, true), (view.Balance, view.HasPositiveBalance));
        Assert.Equal(20m, (await scenario.StoredAsync())!.Balance(CreditsScenario.Start));
    }

    [Fact]
    public async Task AddFunds_FirstFundingBelowTwenty_IsRefused_ThenLaterFundingsMayBeSmaller()
    {
        await using var scenario = new CreditsScenario(redis);
        await scenario.SetCardAsync();

        var tooSmall = await scenario.Credits.AddFundsAsync(new AddFunds(scenario.Admin, CreditsScenario.Key(), 19.99m));
        await scenario.FundAsync(20m);
        var small = await scenario.Credits.AddFundsAsync(new AddFunds(scenario.Admin, CreditsScenario.Key(), 5m));

        Assert.Equal(("credits.first_funding_minimum", "19.99", "20.00"), (tooSmall.Error!.Code, tooSmall.Error.Args[0], tooSmall.Error.Args[1]));
        Assert.Equal(25m, small.Value.Balance);
        Assert.Equal(2, (await scenario.StoredAsync())!.Lots.Count);
    }

    [Theory]
    [InlineData("0", "credits.amount_not_positive")]
    [InlineData("20.005", "credits.amount_too_precise")]
    [InlineData("10000.01", "credits.amount_too_large")]
    public async Task AddFunds_BadAmount_IsRefusedAndNothingStored(string amount, string code)
    {
        await using var scenario = new CreditsScenario(redis);
        await scenario.SetCardAsync();

        var result = await scenario.Credits.AddFundsAsync(new AddFunds(scenario.Admin, CreditsScenario.Key(), decimal.Parse(amount, System.Globalization.CultureInfo.InvariantCulture)));

        Assert.Equal(code, result.Error?.Code);
        Assert.Empty((await scenario.StoredAsync())!.Lots);
    }

    [Fact]
    public async Task AddFunds_UpToTheBalanceLimit_ThenOneCentMore_IsRefused()
    {
        await using var scenario = new CreditsScenario(redis);
        await scenario.SetCardAsync();
        for (var i = 0; i < 5; i++)
        {
            await scenario.FundAsync(10_000m);
        }

        var over = await scenario.Credits.AddFundsAsync(new AddFunds(scenario.Admin, CreditsScenario.Key(), 0.01m));

        Assert.Equal("credits.balance_limit", over.Error?.Code);
        Assert.Equal(50_000m, (await scenario.ViewAsync()).Balance);
    }

    [Fact]
    public async Task AddFunds_WithoutPaymentMethod_OrWithAnExpiredCard_IsRefused()
    {
        await using var scenario = new CreditsScenario(redis);

        var none = await scenario.Credits.AddFundsAsync(new AddFunds(scenario.Admin, CreditsScenario.Key(), 20m));
        await scenario.SetCardAsync(2026, 8);
        scenario.Clock.Set(new DateTimeOffset(2026, 9, 1, 0, 0, 0, TimeSpan.Zero));
        var expired = await scenario.Credits.AddFundsAsync(new AddFunds(scenario.Admin, CreditsScenario.Key(), 20m));

        Assert.Equal("credits.no_payment_method", none.Error?.Code);
        Assert.Equal(("credits.card_expired", "08/2026"), (expired.Error?.Code, expired.Error?.Args[0]));
        Assert.Empty((await scenario.StoredAsync())!.Lots);
    }

    [Fact]
    public async Task GetAccount_TwelveMonthsAfterPurchase_TheLotHasExpired()
    {
        await using var scenario = new CreditsScenario(redis);
        await scenario.SetCardAsync(2030, 1);
        await scenario.FundAsync(20m);
        scenario.Clock.Advance(TimeSpan.FromDays(100));
        await scenario.FundAsync(30m);
        var firstExpiry = CreditsScenario.Start.AddMonths(12);

        scenario.Clock.Set(firstExpiry.AddSeconds(-1));
        var before = await scenario.ViewAsync();
        scenario.Clock.Set(firstExpiry);
        var after = await scenario.ViewAsync();

        Assert.Equal((50m, 0m), (before.Balance, before.ExpiredAmount));
        Assert.Equal((30m, 20m, true), (after.Balance, after.ExpiredAmount, after.HasPositiveBalance));
        Assert.Equal([true, false], after.Lots.Select(l => l.Expired));
    }

    [Fact]
    public async Task GetAccount_BeforeAnySetUp_SaysSo()
    {
        await using var scenario = new CreditsScenario(redis);

        Assert.Equal("credits.not_set_up", (await scenario.Credits.GetAccountAsync(CreditsScenario.Tenant, CreditsScenario.Start)).Error?.Code);
    }

    [Fact]
    public async Task AddFunds_ReplayedKey_ReturnsTheFirstResult_WithOneLotAndOneAuditEntry()
    {
        await using var scenario = new CreditsScenario(redis);
        await scenario.SetCardAsync();
        var key = CreditsScenario.Key("fund-once");

        var first = await scenario.Credits.AddFundsAsync(new AddFunds(scenario.Admin, key, 40m));
        scenario.Clock.Advance(TimeSpan.FromMinutes(1));
        var replay = await scenario.Credits.AddFundsAsync(new AddFunds(scenario.Admin, key, 40m));

        Assert.Equal(first.Value.Balance, replay.Value.Balance);
        Assert.Equal(first.Value.AsOf, replay.Value.AsOf);
        Assert.Single((await scenario.StoredAsync())!.Lots);
        Assert.Single(await scenario.AuditAsync(AuditActions.Credits.AddFunds), e => e.Outcome == AuditOutcome.Applied);
    }

    [Theory]
    [InlineData(Role.Helpdesk)]
    [InlineData(Role.User)]
    public async Task Commands_ByANonAdmin_AreRefusedAndChangeNothing(Role role)
    {
        await using var scenario = new CreditsScenario(redis);
        await scenario.SetCardAsync();
        await scenario.FundAsync(20m);
        var actor = scenario.As(role);

        var results = new[]
        {
            (await scenario.Credits.AddFundsAsync(new AddFunds(actor, CreditsScenario.Key(), 100m))).Error?.Code,
            (await scenario.Credits.ConfigureAutoRechargeAsync(new ConfigureAutoRecharge(actor, CreditsScenario.Key(), 10m, 20m))).Error?.Code,
            (await scenario.Credits.DisableAutoRechargeAsync(new DisableAutoRecharge(actor, CreditsScenario.Key()))).Error?.Code,
            (await scenario.Credits.SetPaymentMethodAsync(new SetPaymentMethod(actor, CreditsScenario.Key(), PaymentMethod.EnterpriseAgreement("12345678")))).Error?.Code,
            (await scenario.Credits.RecordUsageAsync(new RecordUsage(actor, CreditsScenario.Key(), 5m, "call"))).Error?.Code,
            (await scenario.Credits.GetAccountAsync(actor, CreditsScenario.Start)).Error?.Code,
        };

        Assert.All(results, code => Assert.Equal("auth.admin_required", code));
        var stored = (await scenario.StoredAsync())!;
        Assert.Equal((20m, null, PaymentMethodKind.Card), (stored.Balance(CreditsScenario.Start), stored.AutoRecharge, stored.PaymentMethod!.Kind));
        Assert.Single(await scenario.AuditAsync(AuditActions.Credits.AddFunds), e => e.Outcome == AuditOutcome.Refused);
    }
}
