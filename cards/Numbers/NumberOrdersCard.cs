using System.Globalization;
using ChatPhone.Cards.AdaptiveCards;
using ChatPhone.Cards.Common;
using ChatPhone.Core.Common;
using ChatPhone.Core.Numbers.Orders;

namespace ChatPhone.Cards.Numbers;

/// <summary>The number searches and manual number requests already made, newest first, with their status.</summary>
public static class NumberOrdersCard
{
    /// <summary>How many lines each section lists (the newest).</summary>
    public const int MaxListed = 25;

    /// <summary>Builds the card; with nothing to list it says so.</summary>
    public static AdaptiveCard Build(NumberOrderList list, Language language)
    {
        string T(string name, params object[] args) => CardText.Get(language, name, args);
        string N(int value) => value.ToString("N0", language.Culture());
        var body = new List<CardElement> { new TextBlock(T("NumberOrders_Title")) { Size = TextSize.Medium, Bolder = true } };
        if (list.Orders.Count == 0 && list.Requests.Count == 0)
        {
            body.Add(new TextBlock(T("NumberOrders_None")));
            return new AdaptiveCard([.. body]);
        }

        if (list.Requests.Count > 0)
        {
            var lines = list.Requests.Select(r => T("NumberOrders_Request", r.Id, N(r.Quantity), T("NumberType_" + r.Type), r.Country,
                T("NumberOrders_RequestStatus_" + r.Status), r.SubmittedTo, CardDates.Date(r.CreatedAt))).ToArray();
            body.Add(new Container([new TextBlock(T("NumberOrders_Requests")) { Bolder = true }, .. CardLists.Bullets(lines, MaxListed, language)]) { Separator = true });
        }

        if (list.Orders.Count > 0)
        {
            var lines = list.Orders.Select(o => T("NumberOrders_Search", o.Id, N(o.Quantity), T("NumberType_" + o.Type), Place(o),
                T("NumberOrders_SearchStatus_" + o.Status), CardDates.Date(o.CreatedAt))).ToArray();
            body.Add(new Container([new TextBlock(T("NumberOrders_Searches")) { Bolder = true }, .. CardLists.Bullets(lines, MaxListed, language)]) { Separator = true });
        }

        return new AdaptiveCard([.. body]);
    }

    private static string Place(NumberOrder order) =>
        string.Join(", ", new[] { order.Place.City, order.Place.Subdivision, order.Country }.Where(p => !string.IsNullOrWhiteSpace(p)));
}
