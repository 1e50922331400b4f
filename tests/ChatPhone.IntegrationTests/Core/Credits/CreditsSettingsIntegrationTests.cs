using ChatPhone.Core.Audit;
using ChatPhone.Core.Credits;
using ChatPhone.IntegrationTests.Infrastructure;

namespace ChatPhone.IntegrationTests.Core.Credits;

[Collection(RedisCollection.Name)]
public sealed class CreditsSettingsIntegrationTests(RedisServerFixture redis)
{
    [Fact]
    public async Task SetPaymentMethod_Card_StoresOnlyTheLastFourDigitsAndExpiry()
    {
        await using var scenario = new CreditsScenario(redis);

        var view = await scenario.SetCardAsync(2027, 3);

        Assert.Equal(new PaymentMethod(PaymentMethodKind.Card, "4242", 2027, 3), view.PaymentMethod);
        Assert.Equal(view.PaymentMethod, (await scenario.StoredAsync())!.PaymentMethod);
    }

    [Fact]
    public async Task SetPaymentMethod_FullCardNumber_IsRefusedAndNeverStored()
    {
        await using var scenario = new CreditsScenario(redis);

        var result = await scenario.Credits.SetPaymentMethodAsync(
            new SetPaymentMethod(scenario.Admin, CreditsScenario.Key(), PaymentMethod.Card("4111 1111 1111 1111", 2027, 3)));

        Assert.Equal("credits.full_card_number", result.Error?.Code);
        Assert.Null(await scenario.StoredAsync());
        Assert.Empty(await scenario.AuditAsync(AuditActions.Credits.PaymentMethodSet));
    }

    [Fact]
    public async Task SetPaymentMethod_EnterpriseAgreementReplacesTheCard_AndTheSameAgainChangesNothing()
    {
        await using var scenario = new CreditsScenario(redis);
        await scenario.SetCardAsync();
        var agreement = PaymentMethod.EnterpriseAgreement("87654321", "PO-42");

        var set = await scenario.Credits.SetPaymentMethodAsync(new SetPaymentMethod(scenario.Admin, CreditsScenario.Key(), agreement));
        var again = await scenario.Credits.SetPaymentMethodAsync(new SetPaymentMethod(scenario.Admin, CreditsScenario.Key(), agreement));

        Assert.Equal(agreement, set.Value.PaymentMethod);
        Assert.Equal("credits.payment_method_unchanged", again.Error?.Code);
        Assert.Equal(2, (await scenario.AuditAsync(AuditActions.Credits.PaymentMethodSet)).Count);
    }

    [Fact]
    public async Task ConfigureAutoRecharge_BalanceAboveTrigger_OnlySavesTheSettings()
    {
        await using var scenario = new CreditsScenario(redis);
        await scenario.SetCardAsync();
        await scenario.FundAsync(50m);

        var configured = (await scenario.Credits.ConfigureAutoRechargeAsync(new ConfigureAutoRecharge(scenario.Admin, CreditsScenario.Key(), 10m, 20m))).Value;
        var same = await scenario.Credits.ConfigureAutoRechargeAsync(new ConfigureAutoRecharge(scenario.Admin, CreditsScenario.Key(), 10m, 20m));

        Assert.Null(configured.Recharge);
        Assert.Equal(new AutoRecharge(10m, 20m), configured.Account.AutoRecharge);
        Assert.Equal(50m, configured.Account.Balance);
        Assert.Equal("credits.auto_recharge_unchanged", same.Error?.Code);
    }

    [Fact]
    public async Task ConfigureAutoRecharge_BalanceBelowTrigger_RechargesAtOnce()
    {
        await using var scenario = new CreditsScenario(redis);
        await scenario.SetCardAsync();

        var configured = (await scenario.Credits.ConfigureAutoRechargeAsync(new ConfigureAutoRecharge(scenario.Admin, CreditsScenario.Key(), 10m, 20m))).Value;

        Assert.Equal((20m, LotSource.AutoRecharge), (configured.Recharge?.Amount, configured.Recharge?.Source));
        Assert.Equal(20m, (await scenario.ViewAsync()).Balance);
    }

    [Theory]
    [InlineData("0", "20", "credits.amount_not_positive")]
    [InlineData("10000.01", "20", "credits.amount_too_large")]
    [InlineData("10", "19.99", "credits.recharge_minimum")]
    [InlineData("10", "10000.01", "credits.amount_too_large")]
    [InlineData("10", "20.001", "credits.amount_too_precise")]
    public async Task ConfigureAutoRecharge_OutOfRange_IsRefusedAndNothingChanges(string trigger, string amount, string code)
    {
        await using var scenario = new CreditsScenario(redis);
        await scenario.SetCardAsync();

        var result = await scenario.Credits.ConfigureAutoRechargeAsync(new ConfigureAutoRecharge(
            scenario.Admin, CreditsScenario.Key(), Parse(trigger), Parse(amount)));

        Assert.Equal(code, result.Error?.Code);
        Assert.Null((await scenario.StoredAsync())!.AutoRecharge);
    }

    [Fact]
    public async Task ConfigureAutoRecharge_AtTheBounds_IsAccepted()
    {
        await using var scenario = new CreditsScenario(redis);
        await scenario.SetCardAsync();
        await scenario.FundAsync(10_000m);

        var result = await scenario.Credits.ConfigureAutoRechargeAsync(new ConfigureAutoRecharge(scenario.Admin, CreditsScenario.Key(), 0.01m, 20m));
        var top = await scenario.Credits.ConfigureAutoRechargeAsync(new ConfigureAutoRecharge(scenario.Admin, CreditsScenario.Key(), 10_000m, 10_000m));

        Assert.True(result.IsSuccess, result.Error?.Code);
        Assert.True(top.IsSuccess, top.Error?.Code);
        Assert.Null(top.Value.Recharge);
    }

    [Fact]
    public async Task ConfigureAutoRecharge_WithoutPaymentMethod_IsRefused()
    {
        await using var scenario = new CreditsScenario(redis);

        var result = await scenario.Credits.ConfigureAutoRechargeAsync(new ConfigureAutoRecharge(scenario.Admin, CreditsScenario.Key(), 10m, 20m));

        Assert.Equal("credits.no_payment_method", result.Error?.Code);
        Assert.Null(await scenario.StoredAsync());
    }

    [Fact]
    public async Task DisableAutoRecharge_TurnsItOff_ThenSaysItIsAlreadyOff()
    {
        await using var scenario = new CreditsScenario(redis);
        await scenario.SetCardAsync();
        await scenario.FundAsync(50m);
        await scenario.Credits.ConfigureAutoRechargeAsync(new ConfigureAutoRecharge(scenario.Admin, CreditsScenario.Key(), 10m, 20m));

        var off = await scenario.Credits.DisableAutoRechargeAsync(new DisableAutoRecharge(scenario.Admin, CreditsScenario.Key()));
        var again = await scenario.Credits.DisableAutoRechargeAsync(new DisableAutoRecharge(scenario.Admin, CreditsScenario.Key()));

        Assert.Null(off.Value.AutoRecharge);
        Assert.Equal(50m, off.Value.Balance);
        Assert.Equal("credits.auto_recharge_off", again.Error?.Code);
        Assert.Null((await scenario.StoredAsync())!.AutoRecharge);
    }

    private static decimal Parse(string text) => decimal.Parse(text, System.Globalization.CultureInfo.InvariantCulture);
}
