using System.Globalization;
using ChatPhone.Cards.Actions;
using ChatPhone.Cards.AdaptiveCards;
using ChatPhone.Core.Common;
using ChatPhone.Core.Licensing;

namespace ChatPhone.Cards.Licensing;

/// <summary>
/// A subscription's edit form: today's counts, and the number of units to own after the change, prefilled with today's
/// count and never below the units assigned. Its button sends <see cref="EditSubscriptionPayload"/>; the bot turns a higher
/// total into a purchase and a lower one into a reduction, each through a plan card.
/// </summary>
public static class SubscriptionEditForm
{
    /// <summary>Builds the form for <paramref name="subscription"/>.</summary>
    public static AdaptiveCard Build(Subscription subscription, Language language)
    {
        string T(string name, params object[] args) => CardText.Get(language, name, args);
        string N(int value) => value.ToString("N0", language.Culture());
        var payload = new EditSubscriptionPayload(subscription.Sku.ToString(), subscription.Purchased);
        var submit = new CardAction(T("LicObj_FormSubmit"), EditSubscriptionPayload.Verb, CardPayloads.Write(payload)) { Primary = true };
        var lowest = Math.Min(subscription.Consumed, LicensingService.MaxQuantity);
        return new AdaptiveCard(
        [
            new TextBlock(T("LicObj_FormTitle", SkuText.Name(subscription.Sku, language))) { Size = TextSize.Medium, Bolder = true },
            new FactSet(
            [
                new Fact(T("LicObj_Bought"), N(subscription.Purchased)),
                new Fact(T("LicObj_Assigned"), N(subscription.Consumed)),
                new Fact(T("LicObj_Free"), N(Math.Max(0, subscription.Available))),
            ]),
            new InputNumber(SubscriptionEditFields.Total, T("LicObj_FormTotal", N(lowest)))
            {
                Value = subscription.Purchased,
                Min = lowest,
                Max = LicensingService.MaxQuantity,
                IsRequired = true,
                ErrorMessage = T("LicObj_FormTotalError", lowest.ToString(CultureInfo.InvariantCulture)),
            },
            new TextBlock(T("LicObj_FormHint")) { Subtle = true },
            new ActionSet([submit]),
        ], []);
    }
}
