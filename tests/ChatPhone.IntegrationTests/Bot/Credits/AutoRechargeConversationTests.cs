using ChatPhone.Core.Common;
using ChatPhone.Core.Credits;
using ChatPhone.Core.Tenants;
using ChatPhone.IntegrationTests.Infrastructure;
using Microsoft.Extensions.DependencyInjection;
using static ChatPhone.IntegrationTests.Infrastructure.BotFactory;

namespace ChatPhone.IntegrationTests.Bot.Credits;

/// <summary>
/// Auto-recharge on and off by chat (plan card, Confirm, the credits card), and money written in a currency the
/// organisation is not billed in: refused with both currencies named, never converted (the demo tenant bills in USD).
/// </summary>
[Collection(RedisCollection.Name)]
public sealed class AutoRechargeConversationTests(RedisServerFixture redis) : BotConversation(redis)
{
    [Fact]
    public async Task SetAutoRecharge_InEnglish_TurnsOnThenOff_ThroughPlanAndConfirm_AndTheCreditsCardShowsIt()
    {
        await SetCardAsync();

        var onPlan = await SendAsync(Client, Message(Megan, "turn on auto-recharge: add $50 when the balance drops below $10", "ar-en"));
        var before = await AccountAsync();
        var on = await SendAsync(Client, Invoke(Megan, ConfirmData(onPlan), "ar-en"));
        var afterOn = await AccountAsync();
        var offPlan = await SendAsync(Client, Message(Megan, "turn off auto-recharge", "ar-en"));
        var off = await SendAsync(Client, Invoke(Megan, ConfirmData(offPlan), "ar-en"));

        Assert.Contains("Turn on auto-recharge", Shown(onPlan), StringComparison.Ordinal);
        Assert.Contains("add 50.00 whenever the balance falls below 10.00", Shown(onPlan), StringComparison.Ordinal);
        Assert.Null(before?.AutoRecharge);
        Assert.Contains("Auto-recharge is on: add 50.00 whenever the balance falls below 10.00.", Shown(on), StringComparison.Ordinal);
        Assert.Contains("Adds 50.00 when the balance falls below 10.00", Shown(on), StringComparison.Ordinal);
        Assert.Equal(new AutoRecharge(10m, 50m), afterOn?.AutoRecharge);
        Assert.Contains("Turn off auto-recharge", Shown(offPlan), StringComparison.Ordinal);
        Assert.Contains("Auto-recharge is off; the balance is unchanged.", Shown(off), StringComparison.Ordinal);
        Assert.Null((await AccountAsync())?.AutoRecharge);
    }

    [Fact]
    public async Task SetAutoRecharge_InFrench_TurnsOnThenOff()
    {
        await SetCardAsync();

        var onPlan = await SendAsync(Client, Message(Camille, "active la recharge automatique : ajoute 20 quand le solde passe sous 5", "ar-fr", locale: "fr-FR"));
        var on = await SendAsync(Client, Invoke(Camille, ConfirmData(onPlan), "ar-fr", "fr-FR"));
        var offPlan = await SendAsync(Client, Message(Camille, "désactive la recharge automatique", "ar-fr", locale: "fr-FR"));
        var off = await SendAsync(Client, Invoke(Camille, ConfirmData(offPlan), "ar-fr", "fr-FR"));
        var again = await SendAsync(Client, Message(Camille, "désactive la recharge automatique", "ar-fr", locale: "fr-FR"));

        Assert.Contains("Activer la recharge automatique", Shown(onPlan), StringComparison.Ordinal);
        Assert.Contains("La recharge automatique est activée : ajouter 20,00 quand le solde passe sous 5,00.", Shown(on), StringComparison.Ordinal);
        Assert.Contains("Ajoute 20,00 quand le solde passe sous 5,00", Shown(on), StringComparison.Ordinal);
        Assert.Contains("La recharge automatique est désactivée", Shown(off), StringComparison.Ordinal);
        Assert.Null((await AccountAsync())?.AutoRecharge);
        Assert.DoesNotContain("plan.confirm", Shown(again), StringComparison.Ordinal);
    }

    [Fact]
    public async Task SetAutoRecharge_WithoutAmounts_AsksForThem_AndAUserIsRefused()
    {
        await SetCardAsync();

        var asked = Shown(await SendAsync(Client, Message(Megan, "turn on auto-recharge", "ar-ask")));
        var demande = Shown(await SendAsync(Client, Message(Camille, "active la recharge automatique", "ar-ask-fr", locale: "fr-FR")));
        var refused = Shown(await SendAsync(Client, Message(Alex, "turn on auto-recharge: add $50 when the balance drops below $10", "ar-user")));

        Assert.Contains("How much should I add, and below which balance?", asked, StringComparison.Ordinal);
        Assert.Contains("Combien dois-je ajouter, et sous quel solde ?", demande, StringComparison.Ordinal);
        Assert.Contains("Only an admin", refused, StringComparison.Ordinal);
        Assert.DoesNotContain("plan.confirm", asked + demande + refused, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("turn on auto-recharge: add 20 € when the balance drops below 5 €", "en-US", "Communications credits are billed in USD, but that amount is in EUR.")]
    [InlineData("turn on auto-recharge: add $20 when the balance drops below 5 €", "en-US", "Communications credits are billed in USD, but that amount is in EUR.")]
    [InlineData("add 50 € of communications credits", "en-US", "Communications credits are billed in USD, but that amount is in EUR.")]
    [InlineData("add £50 of communications credits", "en-US", "Communications credits are billed in USD, but that amount is in GBP.")]
    [InlineData("ajoute 50 € de crédits de communication", "fr-FR", "Les crédits de communication sont facturés en USD, mais ce montant est en EUR.")]
    [InlineData("active la recharge automatique : ajoute 20 euros quand le solde passe sous 5 euros", "fr-FR", "Les crédits de communication sont facturés en USD, mais ce montant est en EUR.")]
    public async Task MoneyInAnotherCurrency_ThanTheUsdBilling_IsRefused_NamingBoth_AndNothingIsPlanned(string text, string locale, string expected)
    {
        await SetCardAsync();

        var replies = Shown(await SendAsync(Client, Message(Megan, text, "money", locale: locale)));

        Assert.Contains(expected, replies, StringComparison.Ordinal);
        Assert.DoesNotContain("plan.confirm", replies, StringComparison.Ordinal);
        Assert.Equal(0m, (await AccountAsync())?.Balance ?? 0m);
    }

    [Fact]
    public async Task Euros_AreKeptAsEuros_WhenTheOrganisationIsBilledInEuros()
    {
        await SetCardAsync();
        Assert.True((await Factory.Services.GetRequiredService<ProfileService>().SetAsync(new SetProfile(Admin, IdempotencyKey.New(), Currency: "EUR"))).IsSuccess);

        var plan = Shown(await SendAsync(Client, Message(Camille, "ajoute 50 € de crédits de communication", "eur", locale: "fr-FR")));
        var dollars = Shown(await SendAsync(Client, Message(Megan, "add $50 of communications credits", "eur-usd")));

        Assert.Contains("plan.confirm", plan, StringComparison.Ordinal);
        Assert.Contains("50,00", plan, StringComparison.Ordinal);
        Assert.Contains("Communications credits are billed in EUR, but that amount is in USD.", dollars, StringComparison.Ordinal);
    }

    private async Task SetCardAsync() =>
        Assert.True((await Phone.Credits.SetPaymentMethodAsync(new SetPaymentMethod(Admin, IdempotencyKey.New(), PaymentMethod.Card("4242", 2030, 12)))).IsSuccess);

    private async Task<CreditsView?> AccountAsync()
    {
        var account = await Phone.Credits.GetAccountAsync(Admin, DateTimeOffset.UtcNow);
        return account.IsSuccess ? account.Value : null;
    }
}
