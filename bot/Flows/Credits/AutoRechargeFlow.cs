using System.Globalization;
using ChatPhone.Bot.Flows.Common;
using ChatPhone.Bot.Recognition;
using ChatPhone.Cards.AdaptiveCards;
using ChatPhone.Cards.Common;
using ChatPhone.Cards.Credits;
using ChatPhone.Core.Common;
using ChatPhone.Core.Credits;

namespace ChatPhone.Bot.Flows.Credits;

/// <summary>
/// Step 10, "turn on auto-recharge: add 20 when the balance drops below 5" / "désactive la recharge automatique":
/// checks the amounts, their currency against the billing currency and the payment method, shows the plan, and turns
/// auto-recharge on (or changes it) or off on confirm; the answer is the credits account card.
/// </summary>
public sealed class AutoRechargeFlow(CreditsService credits, BillingCurrency currency, TimeProvider clock) : IIntentFlow, IPlannedFlow
{
    /// <inheritdoc />
    public IReadOnlyCollection<IntentKind> Intents { get; } = [IntentKind.SetAutoRecharge];

    /// <inheritdoc />
    public string Name => "credits.autorecharge";

    /// <inheritdoc />
    public async Task RunAsync(FlowTurn turn, Intent intent, CancellationToken cancellationToken)
    {
        var language = turn.Language;
        if (!turn.Actor.IsAdmin)
        {
            await turn.SendTextAsync(new Error("auth.admin_required").Describe(language), cancellationToken);
            return;
        }

        var now = clock.GetUtcNow();
        var view = await credits.GetAccountAsync(turn.Actor, now, cancellationToken);
        if (!view.IsSuccess && view.Error.Code != "credits.not_set_up")
        {
            await turn.SendTextAsync(view.Error.Describe(language), cancellationToken);
            return;
        }

        var account = view.IsSuccess ? view.Value : CreditsView.Of(CreditsAccount.Empty, now);
        if (intent.Slots.GetValueOrDefault(SlotNames.Enabled) == "false")
        {
            await PlanOffAsync(turn, account, cancellationToken);
            return;
        }

        if (await currency.RefusalAsync(turn, intent.Slots.GetValueOrDefault(SlotNames.Currency), cancellationToken) is { } refusal)
        {
            await turn.SendTextAsync(refusal, cancellationToken);
            return;
        }

        if (Amount(intent.Slots, SlotNames.Amount) is not { } recharge || Amount(intent.Slots, SlotNames.Threshold) is not { } trigger)
        {
            await turn.SendTextAsync(BotText.Get(language, "AutoRecharge_HowMuch"), cancellationToken);
            return;
        }

        var invalid = CreditAmounts.Check(trigger, CreditAmounts.MaximumTrigger)
            ?? CreditAmounts.Check(recharge, CreditAmounts.MaximumRecharge)
            ?? (recharge < CreditAmounts.MinimumRecharge
                ? new Error("credits.recharge_minimum", CreditAmounts.Format(recharge), CreditAmounts.Format(CreditAmounts.MinimumRecharge))
                : null)
            ?? PaymentMethod.ChargeError(account.PaymentMethod, now);
        if (invalid is not null)
        {
            await turn.SendTextAsync(invalid.Describe(language), cancellationToken);
            return;
        }

        var culture = language.Culture();
        var (planId, key) = PendingPlans.Start(turn.State, Name, new Dictionary<string, string>
        {
            [SlotNames.Amount] = recharge.ToString(CultureInfo.InvariantCulture),
            [SlotNames.Threshold] = trigger.ToString(CultureInfo.InvariantCulture),
        });
        var plan = new PlanSummary(planId, BotText.Get(language, "AutoRecharge_PlanOnTitle"),
        [
            new Fact(BotText.Get(language, "AutoRecharge_Now"), Describe(account.AutoRecharge, language)),
            new Fact(BotText.Get(language, "AutoRecharge_After"), Describe(new AutoRecharge(trigger, recharge), language)),
        ])
        {
            Warnings = account.Balance < trigger
                ? [BotText.Get(language, "AutoRecharge_BuysNow", account.Balance.ToString("N2", culture), trigger.ToString("N2", culture), recharge.ToString("N2", culture))]
                : [],
        };
        await turn.SendCardAsync(PlanCard.Build(plan, key, language), cancellationToken);
    }

    /// <inheritdoc />
    public async Task<ActionResult> ApplyAsync(FlowTurn turn, IReadOnlyDictionary<string, string> slots, IdempotencyKey key, CancellationToken cancellationToken)
    {
        var language = turn.Language;
        if (!slots.ContainsKey(SlotNames.Amount))
        {
            var off = await credits.DisableAutoRechargeAsync(new DisableAutoRecharge(turn.Actor, key), cancellationToken);
            return off.IsSuccess
                ? new ActionResult(BotText.Get(language, "AutoRecharge_TurnedOff"), CreditsCard.Build(off.Value, language))
                : ActionResult.Failure(off.Error, language);
        }

        var recharge = decimal.Parse(slots[SlotNames.Amount], CultureInfo.InvariantCulture);
        var trigger = decimal.Parse(slots[SlotNames.Threshold], CultureInfo.InvariantCulture);
        var on = await credits.ConfigureAutoRechargeAsync(new ConfigureAutoRecharge(turn.Actor, key, trigger, recharge), cancellationToken);
        return on.IsSuccess
            ? new ActionResult(BotText.Get(language, "AutoRecharge_TurnedOn", Describe(on.Value.Account.AutoRecharge, language)), CreditsCard.Build(on.Value.Account, language))
            : ActionResult.Failure(on.Error, language);
    }

    private async Task PlanOffAsync(FlowTurn turn, CreditsView account, CancellationToken cancellationToken)
    {
        var language = turn.Language;
        if (account.AutoRecharge is null)
        {
            await turn.SendTextAsync(new Error("credits.auto_recharge_off").Describe(language), cancellationToken);
            return;
        }

        var (planId, key) = PendingPlans.Start(turn.State, Name, new Dictionary<string, string>());
        var plan = new PlanSummary(planId, BotText.Get(language, "AutoRecharge_PlanOffTitle"),
        [
            new Fact(BotText.Get(language, "AutoRecharge_Now"), Describe(account.AutoRecharge, language)),
            new Fact(BotText.Get(language, "AutoRecharge_After"), Describe(null, language)),
        ]);
        await turn.SendCardAsync(PlanCard.Build(plan, key, language), cancellationToken);
    }

    private static string Describe(AutoRecharge? settings, Language language) =>
        settings is null
            ? BotText.Get(language, "AutoRecharge_Off")
            : BotText.Get(language, "AutoRecharge_On", settings.RechargeAmount.ToString("N2", language.Culture()), settings.TriggerAmount.ToString("N2", language.Culture()));

    private static decimal? Amount(IReadOnlyDictionary<string, string> slots, string slot) =>
        decimal.TryParse(slots.GetValueOrDefault(slot), NumberStyles.Number, CultureInfo.InvariantCulture, out var value) ? value : null;
}
