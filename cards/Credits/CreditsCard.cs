using ChatPhone.Cards.AdaptiveCards;
using ChatPhone.Cards.Common;
using ChatPhone.Core.Common;
using ChatPhone.Core.Credits;

namespace ChatPhone.Cards.Credits;

/// <summary>The Communications Credits account: balance, what expired, auto-recharge, payment method and the newest lots.</summary>
public static class CreditsCard
{
    /// <summary>How many lots the card lists (the newest).</summary>
    public const int MaxListedLots = 20;

    /// <summary>Builds the card.</summary>
    public static AdaptiveCard Build(CreditsView view, Language language)
    {
        string T(string name, params object[] args) => CardText.Get(language, name, args);
        var culture = language.Culture();
        string Amount(decimal value) => value.ToString("N2", culture);

        var body = new List<CardElement>
        {
            new TextBlock(T("Credits_Title")) { Size = TextSize.Medium, Bolder = true },
            new FactSet(
            [
                new Fact(T("Credits_Balance"), Amount(view.Balance)),
                new Fact(T("Credits_Expired"), Amount(view.ExpiredAmount)),
                new Fact(T("Credits_AutoRecharge"), view.AutoRecharge is { } auto
                    ? T("Credits_AutoRechargeOn", Amount(auto.RechargeAmount), Amount(auto.TriggerAmount))
                    : T("Credits_AutoRechargeOff")),
                new Fact(T("Credits_Payment"), Payment(view.PaymentMethod, language)),
            ]),
            view.HasPositiveBalance
                ? new TextBlock(T("Credits_Working")) { Color = TextColor.Good }
                : new TextBlock(T("Credits_Stopped")) { Color = TextColor.Attention },
        };

        if (view.Lots.Count > 0)
        {
            var items = new List<CardElement> { new TextBlock(T("Credits_Lots")) { Bolder = true } };
            items.AddRange(view.Lots.Reverse().Take(MaxListedLots).Select(lot => new TextBlock(T(
                lot.Expired ? "Credits_LotExpired" : "Credits_Lot",
                lot.Id,
                Amount(lot.Remaining),
                Amount(lot.Amount),
                CardDates.Date(lot.ExpiresAt),
                T("Credits_Source_" + lot.Source))) { Subtle = lot.Expired }));
            if (view.Lots.Count > MaxListedLots)
            {
                items.Add(CardLists.More(view.Lots.Count - MaxListedLots, language));
            }

            body.Add(new Container(items) { Separator = true });
        }

        body.Add(new TextBlock(T("Credits_AsOf", CardDates.DateTime(view.AsOf))) { Subtle = true });
        return new AdaptiveCard([.. body]);
    }

    private static string Payment(PaymentMethod? method, Language language) => method switch
    {
        null => CardText.Get(language, "Credits_PaymentNone"),
        { Kind: PaymentMethodKind.Card } card => CardText.Get(
            language, "Credits_PaymentCard", card.CardLast4 ?? "????", (card.CardExpiryMonth ?? 0).ToString("00", language.Culture()), card.CardExpiryYear?.ToString(language.Culture()) ?? "?"),
        { PurchaseOrder: { Length: > 0 } po } agreement => CardText.Get(language, "Credits_PaymentAgreementPo", agreement.AgreementNumber ?? "?", po),
        _ => CardText.Get(language, "Credits_PaymentAgreement", method.AgreementNumber ?? "?"),
    };
}
