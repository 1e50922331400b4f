using ChatPhone.Cards;
using ChatPhone.Cards.AdaptiveCards;
using ChatPhone.Core.Common;
using ChatPhone.Core.Numbers.Orders;

namespace ChatPhone.Bot.Flows.Objects.Numbers;

/// <summary>Every field of a number order or a manual number request, as the facts of its detail card.</summary>
internal static class NumberOrderDetails
{
    /// <summary>Status, type, quantity, place, numbers and dates of a search order.</summary>
    public static IReadOnlyList<Fact> Facts(NumberOrder order, Language language)
    {
        string T(string name, params object[] args) => BotText.Get(language, name, args);
        var facts = new List<Fact>
        {
            new(T("NumObj_OrderId"), order.Id),
            new(T("NumObj_OrderStatus"), CardText.Get(language, "NumberOrders_SearchStatus_" + order.Status)),
            new(T("NumObj_Type"), CardText.Get(language, "NumberType_" + order.Type)),
            new(T("NumObj_OrderQuantity"), order.Quantity.ToString("N0", language.Culture())),
            new(T("NumObj_Place"), Place(order)),
            new(T("NumObj_OrderNumbers"), order.Numbers.Count == 0 ? T("NumObj_None") : string.Join(", ", order.Numbers.Select(n => n.Number))),
            new(T("NumObj_OrderCreated"), order.CreatedAt.ToString("g", language.Culture())),
        };
        if (order.Status == OrderStatus.Reserved)
        {
            facts.Add(new(T("NumObj_OrderExpires"), order.ExpiresAt.ToString("g", language.Culture())));
        }

        if (order.ClosedAt is { } closed)
        {
            facts.Add(new(T("NumObj_OrderClosed"), closed.ToString("g", language.Culture())));
        }

        if (order.Acquired is { Count: > 0 } acquired)
        {
            facts.Add(new(T("NumObj_OrderAcquired"), string.Join(", ", acquired)));
        }

        if (order.ErrorCode != OrderErrorCode.NoError)
        {
            facts.Add(new(T("NumObj_OrderError"), order.ErrorCode.ToString()));
        }

        return facts;
    }

    /// <summary>Kind, status, type, quantity, country, notes and where a manual request went.</summary>
    public static IReadOnlyList<Fact> Facts(NumberRequest request, Language language)
    {
        string T(string name, params object[] args) => BotText.Get(language, name, args);
        return
        [
            new(T("NumObj_OrderId"), request.Id),
            new(T("NumObj_OrderStatus"), CardText.Get(language, "NumberOrders_RequestStatus_" + request.Status)),
            new(T("NumObj_Type"), CardText.Get(language, "NumberType_" + request.Type)),
            new(T("NumObj_OrderQuantity"), request.Quantity.ToString("N0", language.Culture())),
            new(T("NumObj_Country"), request.Country),
            new(T("NumObj_RequestSentTo"), request.SubmittedTo),
            new(T("NumObj_RequestNotes"), request.Notes ?? T("NumObj_None")),
            new(T("NumObj_OrderCreated"), request.CreatedAt.ToString("g", language.Culture())),
        ];
    }

    /// <summary>"Seattle, WA, US".</summary>
    public static string Place(NumberOrder order) =>
        string.Join(", ", new[] { order.Place.City, order.Place.Subdivision, order.Country }.Where(p => !string.IsNullOrWhiteSpace(p)));
}
