using ChatPhone.Core.Common;
using ChatPhone.Core.Credits;
using static ChatPhone.IntegrationTests.Infrastructure.BotFactory;

namespace ChatPhone.IntegrationTests.Bot.Objects;

/// <summary>The credits account: show, auto-recharge on by a sentence, the threshold by a sentence and by the form, off by Remove.</summary>
public sealed partial class ServicesObjectConversationTests
{
    [Theory]
    [InlineData("en-US", "turn on auto-recharge at 50 with 100", "set the credits threshold to 20", "ending 4242", "Auto-recharge is on", "Auto-recharge is off")]
    [InlineData("fr-FR", "active la recharge automatique des crédits à 50 avec 100", "passe le seuil des crédits à 20", "se terminant par 4242", "La recharge automatique est activée",
        "La recharge automatique est désactivée")]
    public async Task Credits_ShowChangeEditTurnOff_GoesThroughPlansAndConfirm(string locale, string turnOn, string threshold, string card, string on, string off)
    {
        await CreditsAsync();

        var shown = Shown(await ClickAsync(Boss, Object("ShowObject", "Credits", "credits"), locale));
        var onPlan = await ClickAsync(Boss, Choose("ChangeObject", turnOn), locale);
        var onDone = Shown(await ConfirmAsync(Boss, onPlan, locale));
        var afterOn = (await AccountAsync()).AutoRecharge;
        var thresholdPlan = await SayAsync(Boss, threshold, locale);
        await ConfirmAsync(Boss, thresholdPlan, locale);
        var afterThreshold = (await AccountAsync()).AutoRecharge;

        var form = await ClickAsync(Boss, ButtonData(await ClickAsync(Boss, Object("ShowObject", "Credits", "credits"), locale), "ChangeObject"), locale);
        var formPlan = await ClickAsync(Boss, Submit(form, "credits.edit", ("svcThreshold", "30")), locale);
        await ConfirmAsync(Boss, formPlan, locale);
        var afterForm = (await AccountAsync()).AutoRecharge;

        var offPlan = await ClickAsync(Boss, ButtonData(await ClickAsync(Boss, Object("ShowObject", "Credits", "credits"), locale), "RemoveObject"), locale);
        var offDone = Shown(await ConfirmAsync(Boss, offPlan, locale));
        var twice = Shown(await ConfirmAsync(Boss, offPlan, locale));
        var afterOff = await AccountAsync();

        Assert.Contains(card, shown, StringComparison.Ordinal);
        Assert.Contains("ChangeObject", shown, StringComparison.Ordinal);
        Assert.Contains("plan.confirm", Shown(onPlan), StringComparison.Ordinal);
        Assert.Contains(on, onDone, StringComparison.Ordinal);
        Assert.Equal(new AutoRecharge(50, 100), afterOn);
        Assert.Equal(new AutoRecharge(20, 100), afterThreshold);
        Assert.Equal(new AutoRecharge(30, 100), afterForm);
        Assert.Contains(off, offDone, StringComparison.Ordinal);
        Assert.DoesNotContain(off, twice, StringComparison.Ordinal);
        Assert.Null(afterOff.AutoRecharge);
        Assert.Equal(100m, afterOff.Balance);

        // Undo: auto-recharge comes back on with the form's threshold; the balance (money) is untouched.
        var undone = Shown(await ConfirmAsync(Boss, await SayAsync(Boss, locale == "fr-FR" ? "annule la dernière modification" : "undo the last change", locale), locale));
        Assert.Contains(locale == "fr-FR" ? "Annulé." : "Undone.", undone, StringComparison.Ordinal);
        var back = await AccountAsync();
        Assert.Equal(new AutoRecharge(30, 100), back.AutoRecharge);
        Assert.Equal(100m, back.Balance);
    }

    [Fact]
    public async Task Credits_APlanConfirmedAfterAutoRechargeChangedElsewhere_IsRefused_AndHelpdeskIsRefusedTheAccount()
    {
        await CreditsAsync();
        var plan = await ClickAsync(Boss, Choose("ChangeObject", "turn on auto-recharge at 50 with 100"));
        Assert.True((await Phone.Credits.ConfigureAutoRechargeAsync(new ConfigureAutoRecharge(TenantAdmin, IdempotencyKey.New(), 10, 40))).IsSuccess);

        var confirmed = Shown(await ConfirmAsync(Boss, plan));
        var helpdesk = Shown(await ClickAsync(Helper, Object("ShowObject", "Credits", "credits")));

        Assert.Contains("changed since this plan", confirmed, StringComparison.Ordinal);
        Assert.Equal(new AutoRecharge(10, 40), (await AccountAsync()).AutoRecharge);
        Assert.Contains("Only an admin can do this.", helpdesk, StringComparison.Ordinal);
        Assert.DoesNotContain("4242", helpdesk, StringComparison.Ordinal);
    }

    private async Task CreditsAsync()
    {
        Assert.True((await Phone.Credits.SetPaymentMethodAsync(new SetPaymentMethod(TenantAdmin, IdempotencyKey.New(), PaymentMethod.Card("4242", 2035, 12)))).IsSuccess);
        Assert.True((await Phone.Credits.AddFundsAsync(new AddFunds(TenantAdmin, IdempotencyKey.New(), 100))).IsSuccess);
    }

    private async Task<CreditsView> AccountAsync() => (await Phone.Credits.GetAccountAsync(_tenant, DateTimeOffset.UtcNow)).Value;
}
