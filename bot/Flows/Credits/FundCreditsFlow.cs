using System.Globalization;
using ChatPhone.Bot.Flows.Common;
using ChatPhone.Bot.Flows.Setup;
using ChatPhone.Core.Setup;
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
public sealed class FundCreditsFlow(CreditsService credits, StepFormSender forms, BillingCurrency currency, TimeProvider clock) : IIntentFlow, IPlannedFlow, IQuestionFlow
{
    private const string PaymentQuestion = "credits.payment";
    private const string CardLast4Slot = "cardLast4";
    private const string CardExpirySlot = "cardExpiry";
    private const string AgreementSlot = "agreement";
    private const string PurchaseOrderSlot = "purchaseOrder";

    /// <inheritdoc />
    string IQuestionFlow.Name => PaymentQuestion;

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
            await forms.SendAsync(turn, SetupStepKind.CommunicationsCredits, cancellationToken);
            return;
        }

        if (await currency.RefusalAsync(turn, intent.Slots.GetValueOrDefault(SlotNames.Currency), cancellationToken) is { } refusal)
        {
            await turn.SendTextAsync(refusal, cancellationToken);
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
            // Ask for the method; the plan then sets it and adds the funds together, on one confirm.
            turn.State.ClearFlow();
            turn.State.PendingFlow = PaymentQuestion;
            turn.State.Slots[SlotNames.Amount] = amount.ToString(CultureInfo.InvariantCulture);
            await turn.SendTextAsync((unpayable.Code == "credits.no_payment_method" ? string.Empty : unpayable.Describe(language) + " ")
                + BotText.Get(language, "Credits_WhichPaymentMethod"), cancellationToken);
            return;
        }

        await PlanAsync(turn, amount, account, newMethod: null, cancellationToken);
    }

    /// <inheritdoc />
    public async Task AnswerAsync(FlowTurn turn, string text, CancellationToken cancellationToken)
    {
        var language = turn.Language;
        var method = PaymentMethodAnswer.Parse(text);
        var now = clock.GetUtcNow();
        var unusable = method.IsSuccess ? PaymentMethod.ChargeError(method.Value, now) : method.Error;
        if (unusable is not null || !decimal.TryParse(turn.State.Slots.GetValueOrDefault(SlotNames.Amount), NumberStyles.Number, CultureInfo.InvariantCulture, out var amount))
        {
            // Keep the question open; never repeat what was typed (it may hold card digits).
            await turn.SendTextAsync((unusable?.Describe(language) ?? string.Empty) + " " + BotText.Get(language, "Credits_WhichPaymentMethod"), cancellationToken);
            return;
        }

        var view = await credits.GetAccountAsync(turn.Actor, now, cancellationToken);
        var account = view.IsSuccess ? view.Value : CreditsView.Of(CreditsAccount.Empty, now);
        await PlanAsync(turn, amount, account, method.Value, cancellationToken);
    }

    private async Task PlanAsync(FlowTurn turn, decimal amount, CreditsView account, PaymentMethod? newMethod, CancellationToken cancellationToken)
    {
        var language = turn.Language;
        var culture = language.Culture();
        var slots = new Dictionary<string, string> { [SlotNames.Amount] = amount.ToString(CultureInfo.InvariantCulture) };
        if (newMethod is { Kind: PaymentMethodKind.Card })
        {
            slots[CardLast4Slot] = newMethod.CardLast4!;
            slots[CardExpirySlot] = $"{newMethod.CardExpiryYear}-{newMethod.CardExpiryMonth}";
        }
        else if (newMethod is not null)
        {
            slots[AgreementSlot] = newMethod.AgreementNumber!;
            if (newMethod.PurchaseOrder is { } po)
            {
                slots[PurchaseOrderSlot] = po;
            }
        }

        var (planId, key) = PendingPlans.Start(turn.State, Name, slots);
        var plan = new PlanSummary(planId, BotText.Get(language, "Credits_PlanTitle"),
        [
            new Fact(BotText.Get(language, "Credits_Add"), amount.ToString("N2", culture)),
            new Fact(BotText.Get(language, "Credits_BalanceAfter"),
                BotText.Get(language, "Conferencing_FromTo", account.Balance.ToString("N2", culture), (account.Balance + amount).ToString("N2", culture))),
            new Fact(BotText.Get(language, "Credits_PaidWith"), Payment((newMethod ?? account.PaymentMethod)!, language)),
        ]);
        await turn.SendCardAsync(PlanCard.Build(plan, key, language), cancellationToken);
    }

    /// <inheritdoc />
    public async Task<ActionResult> ApplyAsync(FlowTurn turn, IReadOnlyDictionary<string, string> slots, IdempotencyKey key, CancellationToken cancellationToken)
    {
        var language = turn.Language;
        var amount = decimal.Parse(slots[SlotNames.Amount], CultureInfo.InvariantCulture);
        if (MethodOf(slots) is { } method)
        {
            var set = await credits.SetPaymentMethodAsync(new SetPaymentMethod(turn.Actor, key.For("payment"), method), cancellationToken);
            if (!set.IsSuccess && set.Error.Code != "credits.payment_method_unchanged")
            {
                return ActionResult.Failure(set.Error, language);
            }
        }

        var funded = await credits.AddFundsAsync(new AddFunds(turn.Actor, key, amount), cancellationToken);
        return funded.IsSuccess
            ? new ActionResult(
                BotText.Get(language, "Credits_Funded", amount.ToString("N2", language.Culture()), funded.Value.Balance.ToString("N2", language.Culture())),
                CreditsCard.Build(funded.Value, language))
            : ActionResult.Failure(funded.Error, language);
    }

    private static PaymentMethod? MethodOf(IReadOnlyDictionary<string, string> slots)
    {
        if (slots.GetValueOrDefault(CardLast4Slot) is { } last4 && slots.GetValueOrDefault(CardExpirySlot)?.Split('-') is [var year, var month])
        {
            return PaymentMethod.Card(last4, int.Parse(year, CultureInfo.InvariantCulture), int.Parse(month, CultureInfo.InvariantCulture));
        }

        return slots.GetValueOrDefault(AgreementSlot) is { } agreement
            ? PaymentMethod.EnterpriseAgreement(agreement, slots.GetValueOrDefault(PurchaseOrderSlot))
            : null;
    }

    private static string Payment(PaymentMethod method, Language language) =>
        method.Kind == PaymentMethodKind.Card
            ? BotText.Get(language, "Credits_Card", method.CardLast4 ?? string.Empty, $"{method.CardExpiryMonth:00}/{method.CardExpiryYear}")
            : BotText.Get(language, "Credits_Agreement", method.AgreementNumber ?? string.Empty);
}
