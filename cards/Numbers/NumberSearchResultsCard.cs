using ChatPhone.Cards.Actions;
using ChatPhone.Cards.AdaptiveCards;
using ChatPhone.Cards.Common;
using ChatPhone.Core.Common;
using ChatPhone.Core.Numbers.Orders;

namespace ChatPhone.Cards.Numbers;

/// <summary>
/// The numbers a search reserved, as check boxes (all ticked), when the reservation expires, and an
/// Acquire button. Once the order is no longer reserved (at <c>now</c>) the card says why, without buttons.
/// </summary>
public static class NumberSearchResultsCard
{
    /// <summary>How many numbers the card lists (an order may hold up to its quota; the card stays under 28 KB).</summary>
    public const int MaxListedNumbers = 150;

    /// <summary>Builds the card; <paramref name="idempotencyKey"/> travels in the Acquire button.</summary>
    public static AdaptiveCard Build(NumberOrder order, DateTimeOffset now, string idempotencyKey, Language language)
    {
        string T(string name, params object[] args) => CardText.Get(language, name, args);
        var culture = language.Culture();
        var status = order.StatusAt(now);

        var body = new List<CardElement>
        {
            new TextBlock(T("Numbers_Title", order.Numbers.Count.ToString(culture), order.Country)) { Size = TextSize.Medium, Bolder = true },
            new FactSet(
            [
                new Fact(T("Numbers_Type"), T("NumberType_" + order.Type)),
                new Fact(T("Numbers_Order"), order.Id),
            ]),
        };

        if (status != OrderStatus.Reserved)
        {
            var text = status == OrderStatus.Error ? T("Numbers_Status_Error_" + order.ErrorCode) : T("Numbers_Status_" + status);
            body.Add(new TextBlock(text) { Color = status == OrderStatus.Completed ? TextColor.Good : TextColor.Warning });
            return new AdaptiveCard([.. body]);
        }

        body.Add(new TextBlock(T("Numbers_Expires", CardDates.DateTime(order.ExpiresAt))) { Color = TextColor.Warning });
        var listed = order.Numbers.Take(MaxListedNumbers).ToArray();
        body.Add(new InputChoiceSet(
            AcquireNumbersPayload.NumbersInput,
            T("Numbers_Choose"),
            listed.Select(n => new Choice(Where(n) is { Length: > 0 } where ? $"{n.Number} · {where}" : n.Number, n.Number)).ToArray())
        {
            Style = ChoiceSetStyle.Expanded,
            IsMultiSelect = true,
            Selected = listed.Select(n => n.Number).ToArray(),
            IsRequired = true,
            ErrorMessage = T("Numbers_ChooseError"),
        });
        if (order.Numbers.Count > MaxListedNumbers)
        {
            body.Add(new TextBlock(T("Numbers_NotListed", (order.Numbers.Count - MaxListedNumbers).ToString(culture))) { Subtle = true });
        }

        var acquire = new CardAction(
            T("Numbers_Acquire"),
            AcquireNumbersPayload.Verb,
            CardPayloads.Write(new AcquireNumbersPayload(order.Id, idempotencyKey))) { Primary = true };
        return new AdaptiveCard(body, [acquire]);
    }

    private static string Where(OrderedNumber number) =>
        string.Join(", ", new[] { number.City, number.Subdivision }.Where(p => !string.IsNullOrWhiteSpace(p)));
}
