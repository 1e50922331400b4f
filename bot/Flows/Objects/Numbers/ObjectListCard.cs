using ChatPhone.Cards.AdaptiveCards;

namespace ChatPhone.Bot.Flows.Objects.Numbers;

/// <summary>One line of an <see cref="ObjectListCard"/>: what the object is, and the button that shows it whole.</summary>
/// <param name="Line">The object on one line, worded by the flow.</param>
/// <param name="Show">The Show button.</param>
public sealed record ListedObject(string Line, CardAction Show);

/// <summary>A part of an <see cref="ObjectListCard"/> under its own heading, with what it leaves out ("…and 12 more").</summary>
/// <param name="Heading">The heading, or null for none.</param>
/// <param name="Rows">The objects shown (the caller caps them to a page).</param>
/// <param name="More">What is left out, or null.</param>
public sealed record ListedSection(string? Heading, IReadOnlyList<ListedObject> Rows, string? More = null);

/// <summary>A titled page of objects, each on one line with its Show button, in sections when the kind has several.</summary>
public static class ObjectListCard
{
    /// <summary>Builds a card of one section.</summary>
    public static AdaptiveCard Build(string title, IReadOnlyList<ListedObject> rows, string? more) =>
        Build(title, [new ListedSection(null, rows, more)]);

    /// <summary>Builds the card.</summary>
    public static AdaptiveCard Build(string title, IReadOnlyList<ListedSection> sections)
    {
        var body = new List<CardElement> { new TextBlock(title) { Size = TextSize.Medium, Bolder = true } };
        foreach (var section in sections.Where(s => s.Rows.Count > 0))
        {
            var items = new List<CardElement>();
            if (section.Heading is not null)
            {
                items.Add(new TextBlock(section.Heading) { Bolder = true });
            }

            items.AddRange(section.Rows.Select(row => (CardElement)new ColumnSet(
                [new Column([new TextBlock(row.Line)]), new Column([new ActionSet([row.Show])]) { Width = ColumnWidth.Auto }])));
            if (section.More is not null)
            {
                items.Add(new TextBlock(section.More) { Subtle = true });
            }

            body.Add(new Container(items) { Separator = section.Heading is not null });
        }

        return new AdaptiveCard(body, []);
    }
}
