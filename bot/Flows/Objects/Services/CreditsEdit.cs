using System.Globalization;
using ChatPhone.Cards.Actions;
using ChatPhone.Cards.AdaptiveCards;
using ChatPhone.Core.Common;
using ChatPhone.Core.Credits;

namespace ChatPhone.Bot.Flows.Objects.Services;

/// <summary>
/// What a change of the credits account asks: auto-recharge off, or on with a threshold and an amount ("turn on
/// auto-recharge at 50 with 100", "set the threshold to 20", "recharge automatique à 50 avec 100"). A value not given
/// keeps today's; the plan carries both values and what auto-recharge was when planned.
/// </summary>
internal sealed record CreditsEdit(bool Off, decimal? Threshold, decimal? Amount)
{
    public const string OffSlot = "credits.off";
    public const string ThresholdSlot = "credits.threshold";
    public const string AmountSlot = "credits.amount";
    public const string SeenSlot = "credits.seen";

    public bool IsEmpty => !Off && Threshold is null && Amount is null;

    /// <summary>What <paramref name="text"/> asks.</summary>
    public static CreditsEdit Read(string text)
    {
        var threshold = ServiceSentence.AmountAfter(text, "threshold", "trigger", "below", "under", "seuil", "sous", "dessous", "at", "a");
        var amount = ServiceSentence.AmountAfter(text, "with", "avec", "amount", "montant", "add", "adds", "ajoute", "ajouter", "buy", "achete", "recharge of", "recharge de", "recharges of", "by");
        var off = threshold is null && amount is null && ServiceSentence.TurnsOff(text);
        return new CreditsEdit(off, threshold, amount);
    }

    /// <summary>What auto-recharge is, as the plan remembers it ("off", or "threshold|amount").</summary>
    public static string Seen(AutoRecharge? auto) =>
        auto is null ? "off" : string.Create(CultureInfo.InvariantCulture, $"{auto.TriggerAmount}|{auto.RechargeAmount}");

    /// <summary>"Add 100.00 when the balance falls below 50.00", or "Off".</summary>
    public static string Describe(AutoRecharge? auto, Language language) =>
        auto is null
            ? BotText.Get(language, "SvcObj_Off")
            : BotText.Get(language, "SvcObj_AutoRechargeOn", Money(auto.RechargeAmount, language), Money(auto.TriggerAmount, language));

    public static string Money(decimal amount, Language language) => amount.ToString("N2", language.Culture());

    /// <summary>The payment method with the agreement and order numbers masked (a card is already only its last four digits).</summary>
    public static string Payment(PaymentMethod? method, Language language) => method switch
    {
        null => BotText.Get(language, "SvcObj_PaymentNone"),
        { Kind: PaymentMethodKind.Card } card => BotText.Get(language, "SvcObj_PaymentCard", card.CardLast4 ?? "????",
            (card.CardExpiryMonth ?? 0).ToString("00", CultureInfo.InvariantCulture), card.CardExpiryYear?.ToString(CultureInfo.InvariantCulture) ?? "?"),
        _ => BotText.Get(language, "SvcObj_PaymentAgreement", Mask(method.AgreementNumber)),
    };

    /// <summary>Every setting of the account, one fact each.</summary>
    public static IReadOnlyList<Fact> Facts(CreditsView view, Language language)
    {
        string T(string name, params object[] args) => BotText.Get(language, name, args);
        var facts = new List<Fact>
        {
            new(T("SvcObj_Balance"), Money(view.Balance, language)),
            new(T("SvcObj_Expired"), Money(view.ExpiredAmount, language)),
            new(T("SvcObj_AutoRecharge"), view.AutoRecharge is null ? T("SvcObj_Off") : T("SvcObj_On")),
        };
        if (view.AutoRecharge is { } auto)
        {
            facts.Add(new(T("SvcObj_Threshold"), Money(auto.TriggerAmount, language)));
            facts.Add(new(T("SvcObj_Amount"), Money(auto.RechargeAmount, language)));
        }

        facts.Add(new(T("SvcObj_Payment"), Payment(view.PaymentMethod, language)));
        facts.Add(new(T("SvcObj_Lots"), view.Lots.Count.ToString(CultureInfo.InvariantCulture)));
        facts.Add(new(T("SvcObj_Gated"), T(view.HasPositiveBalance ? "SvcObj_GatedWorking" : "SvcObj_GatedStopped")));
        return facts;
    }

    /// <summary>The auto-recharge edit form, prefilled with today's values.</summary>
    public static AdaptiveCard Form(CreditsView view, Language language)
    {
        string T(string name, params object[] args) => BotText.Get(language, name, args);
        var submit = new CardAction(T("SvcObj_Submit"), EditCreditsPayload.Verb, CardPayloads.Write(new EditCreditsPayload(CreditsEdit.Seen(view.AutoRecharge)))) { Primary = true };
        return new AdaptiveCard(
        [
            new TextBlock(T("SvcObj_CreditsEditTitle")) { Size = TextSize.Medium, Bolder = true },
            new TextBlock(T("SvcObj_CreditsEditIntro", CreditsEdit.Money(view.Balance, language))) { Subtle = true },
            BridgeView.OnOffInput(ServiceObjectEditFields.AutoRecharge, T("SvcObj_AutoRecharge"), view.AutoRecharge is not null, language),
            new InputNumber(ServiceObjectEditFields.Threshold, T("SvcObj_Threshold")) { Value = view.AutoRecharge?.TriggerAmount, Min = 0, Max = CreditAmounts.MaximumTrigger },
            new InputNumber(ServiceObjectEditFields.Amount, T("SvcObj_Amount")) { Value = view.AutoRecharge?.RechargeAmount, Min = CreditAmounts.MinimumRecharge, Max = CreditAmounts.MaximumRecharge },
            new ActionSet([submit]),
        ], []);
    }

    private static string Mask(string? text) =>
        text is { Length: > 4 } ? new string('•', 4) + text[^4..] : new string('•', 4);
}
