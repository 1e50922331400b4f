using System.Globalization;
using ChatPhone.Cards.AdaptiveCards;
using ChatPhone.Core.Common;
using ChatPhone.Core.Licensing;

namespace ChatPhone.Cards.Licensing;

/// <summary>
/// The organisation's licenses: per SKU, the units bought, assigned and still available, with a warning for each SKU that
/// has more units assigned than bought or none left to assign, and the buttons the flow gives (a Show button per SKU).
/// </summary>
public static class SubscriptionsCard
{
    /// <summary>How many buttons one row holds (the Teams host's limit).</summary>
    public const int MaxButtonsPerRow = 5;

    /// <summary>Builds the card; an empty list says that no license was bought yet.</summary>
    public static AdaptiveCard Build(IReadOnlyList<Subscription> subscriptions, Language language, IReadOnlyList<CardAction>? actions = null)
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
        var body = new List<CardElement> { title, new FactSet(facts) };
        var problems = subscriptions.Select(s => Problem(s, language)).OfType<string>().ToArray();
        if (problems.Length > 0)
        {
            body.Add(new Container(problems.Select(p => (CardElement)new TextBlock("⚠ " + p) { Color = TextColor.Warning }).ToArray()) { Emphasis = true });
        }

        body.Add(new TextBlock(T("Subscriptions_Hint")) { Subtle = true });

        // Teams shows at most five buttons in a row: more go in rows of five under the list.
        var buttons = actions ?? [];
        if (buttons.Count <= MaxButtonsPerRow)
        {
            return new AdaptiveCard(body, buttons);
        }

        body.AddRange(buttons.Chunk(MaxButtonsPerRow).Select(row => new ActionSet(row)));
        return new AdaptiveCard(body, []);
    }

    /// <summary>What is wrong with <paramref name="subscription"/>: more units assigned than bought, or none left to assign; null when nothing is.</summary>
    public static string? Problem(Subscription subscription, Language language)
    {
        var name = SkuText.Name(subscription.Sku, language);
        var culture = language.Culture();
        if (subscription.Consumed > subscription.Purchased)
        {
            return CardText.Get(language, "LicObj_OverAssigned", name, subscription.Consumed.ToString("N0", culture), subscription.Purchased.ToString("N0", culture));
        }

        return subscription.Purchased > 0 && subscription.Available == 0 ? CardText.Get(language, "LicObj_NoneFree", name) : null;
    }
}
