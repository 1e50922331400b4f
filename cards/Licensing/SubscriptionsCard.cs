using System.Globalization;
using ChatPhone.Cards.AdaptiveCards;
using ChatPhone.Core.Common;
using ChatPhone.Core.Licensing;

namespace ChatPhone.Cards.Licensing;

/// <summary>The organisation's licenses: per SKU, the units bought, assigned and still available.</summary>
public static class SubscriptionsCard
{
    /// <summary>Builds the card; an empty list says that no license was bought yet.</summary>
    public static AdaptiveCard Build(IReadOnlyList<Subscription> subscriptions, Language language)
    {
        string T(string name, params object[] args) => CardText.Get(language, name, args);
        string N(int value) => value.ToString("N0", language.Culture());
        var title = new TextBlock(T("Subscriptions_Title")) { Size = TextSize.Medium, Bolder = true };
        if (subscriptions.Count == 0)
        {
            return new AdaptiveCard(title, new TextBlock(T("Subscriptions_None")));
        }

        var facts = subscriptions
            .Select(s => new Fact(SkuText.Name(s.Sku, language), T("Subscriptions_Counts", N(s.Purchased), N(s.Consumed), N(s.Available))))
            .ToArray();
        return new AdaptiveCard(title, new FactSet(facts), new TextBlock(T("Subscriptions_Hint")) { Subtle = true });
    }
}
