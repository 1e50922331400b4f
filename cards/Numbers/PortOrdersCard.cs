using System.Globalization;
using ChatPhone.Cards.AdaptiveCards;
using ChatPhone.Cards.Common;
using ChatPhone.Core.Common;
using ChatPhone.Core.Numbers.Porting;

namespace ChatPhone.Cards.Numbers;

/// <summary>The port orders (number transfers), newest first: how many numbers, where each stands and the transfer date.</summary>
public static class PortOrdersCard
{
    /// <summary>How many orders the card lists (the newest).</summary>
    public const int MaxListed = 25;

    /// <summary>Builds the card; with no order it says so.</summary>
    public static AdaptiveCard Build(IReadOnlyList<PortOrder> orders, Language language)
    {
        string T(string name, params object[] args) => CardText.Get(language, name, args);
        var body = new List<CardElement> { new TextBlock(T("PortOrders_Title")) { Size = TextSize.Medium, Bolder = true } };
        if (orders.Count == 0)
        {
            body.Add(new TextBlock(T("PortOrders_None")));
            return new AdaptiveCard([.. body]);
        }

        var lines = orders.Select(o => T("PortOrders_Order", o.Id, o.Numbers.Count.ToString("N0", language.Culture()),
                T("PortOrders_Status_" + o.Status), CardDates.Date(o.SubmittedAt))
            + (o.FocDate is { } foc ? " " + T("PortOrders_Foc", CardDates.Date(foc)) : string.Empty)).ToArray();
        body.AddRange(CardLists.Bullets(lines, MaxListed, language));
        return new AdaptiveCard([.. body]);
    }
}
