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
/// Step 10 by chat, "add $50 of communications credits": checks the amount and the payment method first
/// (without one nothing can be charged, so the admin is told to set it), shows the plan, and adds the funds
/// once on confirm; the answer is the credits account card.
/// </summary>
public sealed class FundCreditsFlow(CreditsService credits, TimeProvider clock) : IIntentFlow, IPlannedFlow
{
    /// <inheritdoc />
    public IReadOnlyCollection<IntentKind> Intents { get; } = [IntentKind.FundCredits];

    /// <inheritdoc />
    public string Name => "credits.fund";

    /// <inheritdoc />
    public async Task RunAsync(FlowTurn turn, Intent intent, CancellationToken cancellationToken)
    {
        var language = turn.Language;
        if (!turn.Actor.IsAdmin)
        {
            await turn.SendTextAsync(new Error("auth.admin_required").Describe(language), cancellationToken);
            return;
        }

        if (!decimal.TryParse(intent.Slots.GetValueOrDefault(SlotNames.Amount), NumberStyles.Number, CultureInfo.InvariantCulture, out var amount))
        {
            await turn.SendTextAsync(BotText.Get(language, "Credits_HowMuch"), cancellationToken);
            return;
        }

        // No account yet ("credits.not_set_up") is an empty one: no funds, no payment method.
        var now = clock.GetUtcNow();
        var view = await credits.GetAccountAsync(turn.Actor, now, cancellationToken);
        if (!view.IsSuccess && view.Error.Code != "credits.not_set_up")
        {
            await turn.SendTextAsync(view.Error.Describe(language), cancellationToken);
            return;
        }

        var account = view.IsSuccess ? view.Value : CreditsView.Of(CreditsAccount.Empty, now);

        // The core's rules and messages, before anything is planned (core checks them again on confirm).
        var invalid = CreditAmounts.Check(amount, CreditAmounts.MaximumFunding)
            ?? (account.Lots.Count == 0 && amount < CreditAmounts.MinimumFirstFunding
                ? new Error("credits.first_funding_minimum", CreditAmounts.Format(amount), CreditAmounts.Format(CreditAmounts.MinimumFirstFunding))
                : null);
        if (invalid is not null)
        {
            await turn.SendTextAsync(invalid.Describe(language), cancellationToken);
            return;
        }

        if (PaymentMethod.ChargeError(account.PaymentMethod, now) is { } unpayable)
        {
            await turn.SendTextAsync(unpayable.Code == "credits.no_payment_method"
                ? BotText.Get(language, "Credits_NoPaymentMethod")
                : unpayable.Describe(language) + " " + BotText.Get(language, "Credits_PaymentMethodHowTo"), cancellationToken);
            return;
        }

        var culture = language.Culture();
        var (planId, key) = PendingPlans.Start(turn.State, Name, new Dictionary<string, string>
        {
            [SlotNames.Amount] = amount.ToString(CultureInfo.InvariantCulture),
        });
        var plan = new PlanSummary(planId, BotText.Get(language, "Credits_PlanTitle"),
        [
            new Fact(BotText.Get(language, "Credits_Add"), amount.ToString("N2", culture)),
            new Fact(BotText.Get(language, "Credits_BalanceAfter"),
                BotText.Get(language, "Conferencing_FromTo", account.Balance.ToString("N2", culture), (account.Balance + amount).ToString("N2", culture))),
            new Fact(BotText.Get(language, "Credits_PaidWith"), Payment(account.PaymentMethod!, language)),
        ]);
        await turn.SendCardAsync(PlanCard.Build(plan, key, language), cancellationToken);
    }

    /// <inheritdoc />
    public async Task<ActionResult> ApplyAsync(FlowTurn turn, IReadOnlyDictionary<string, string> slots, IdempotencyKey key, CancellationToken cancellationToken)
    {
        var language = turn.Language;
        var amount = decimal.Parse(slots[SlotNames.Amount], CultureInfo.InvariantCulture);
        var funded = await credits.AddFundsAsync(new AddFunds(turn.Actor, key, amount), cancellationToken);
        return funded.IsSuccess
            ? new ActionResult(
                BotText.Get(language, "Credits_Funded", amount.ToString("N2", language.Culture()), funded.Value.Balance.ToString("N2", language.Culture())),
                CreditsCard.Build(funded.Value, language))
            : new ActionResult(funded.Error.Describe(language), ErrorCard.Build(funded.Error, language));
    }

    private static string Payment(PaymentMethod method, Language language) =>
        method.Kind == PaymentMethodKind.Card
            ? BotText.Get(language, "Credits_Card", method.CardLast4 ?? string.Empty, $"{method.CardExpiryMonth:00}/{method.CardExpiryYear}")
            : BotText.Get(language, "Credits_Agreement", method.AgreementNumber ?? string.Empty);
}
