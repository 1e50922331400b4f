using ChatPhone.Cards.AdaptiveCards;
using ChatPhone.Cards.Common;
using ChatPhone.Core.Common;

namespace ChatPhone.Cards.Emergency;

/// <summary>
/// A list of objects of one kind, each with a line of detail and its own buttons (Show…), grouped under optional
/// headings; capped at <see cref="MaxRows"/> rows with "…and N more", so it stays far under the 28 KB Teams ceiling.
/// </summary>
public static class PlaceListCard
{
    /// <summary>How many rows the card shows.</summary>
    public const int MaxRows = 25;

    /// <summary>Builds the card.</summary>
    public static AdaptiveCard Build(PlaceList list, Language language)
    {
        var body = new List<CardElement> { new TextBlock(CardLists.Clip(list.Title, 120)) { Size = TextSize.Medium, Bolder = true } };
        string? heading = null;
        foreach (var row in list.Rows.Take(MaxRows))
        {
            if (row.Heading is { } h && h != heading)
            {
                heading = h;
                body.Add(new TextBlock(CardLists.Clip(h, 120)) { Bolder = true });
            }

            var items = new List<CardElement> { new TextBlock(CardLists.Clip(row.Name, 120)) };
            if (row.Detail is { } detail)
            {
                items.Add(new TextBlock(CardLists.Clip(detail, 200)) { Subtle = true });
            }

            if (row.Actions.Count > 0)
            {
                items.Add(new ActionSet(row.Actions));
            }

            body.Add(new Container(items));
        }

        if (list.Rows.Count > MaxRows)
        {
            body.Add(CardLists.More(list.Rows.Count - MaxRows, language));
        }

        return new AdaptiveCard(body, []);
    }
}

/// <summary>What <see cref="PlaceListCard"/> shows, worded by the flow.</summary>
/// <param name="Title">"Emergency addresses (3)".</param>
/// <param name="Rows">One row per object, in order.</param>
public sealed record PlaceList(string Title, IReadOnlyList<PlaceRow> Rows);

/// <summary>One object of an <see cref="PlaceList"/>.</summary>
/// <param name="Name">Its name.</param>
/// <param name="Detail">A line under it (status, address), if any.</param>
/// <param name="Actions">Its buttons (Show…).</param>
/// <param name="Heading">The group it belongs to (the address of a location); a heading is shown when it changes.</param>
public sealed record PlaceRow(string Name, string? Detail, IReadOnlyList<CardAction> Actions, string? Heading = null);
