using ChatPhone.Cards.AdaptiveCards;
using ChatPhone.Core.Common;

namespace ChatPhone.Cards.Common;

/// <summary>
/// One object shown whole: its name, every setting as a fact, what to know about it, and the buttons that act on it
/// (Edit, Remove…: see <see cref="Actions.ObjectActionPayload"/>). Every kind's "show" card is this card.
/// </summary>
public static class DetailCard
{
    /// <summary>How many facts the card lists before summarising the rest (keeps it far under the 28 KB Teams ceiling).</summary>
    public const int MaxFacts = 60;

    /// <summary>Builds the card.</summary>
    public static AdaptiveCard Build(DetailSummary detail, Language language)
    {
        var body = new List<CardElement>
        {
            new TextBlock(CardLists.Clip(detail.Title, 120)) { Size = TextSize.Medium, Bolder = true },
        };
        if (detail.Subtitle is { } subtitle)
        {
            body.Add(new TextBlock(subtitle) { Subtle = true });
        }

        body.Add(new FactSet(detail.Facts.Take(MaxFacts).ToArray()));
        if (detail.Facts.Count > MaxFacts)
        {
            body.Add(CardLists.More(detail.Facts.Count - MaxFacts, language));
        }

        if (detail.Notes.Count > 0)
        {
            body.Add(new Container(detail.Notes.Select(n => (CardElement)new TextBlock("⚠ " + n) { Color = TextColor.Warning }).ToArray()) { Emphasis = true });
        }

        return new AdaptiveCard(body, detail.Actions);
    }
}

/// <summary>What <see cref="DetailCard"/> shows, worded in the reader's language by the flow.</summary>
/// <param name="Title">The object's name and kind ("Call queue Sales").</param>
/// <param name="Facts">Every setting, one fact each.</param>
/// <param name="Actions">The buttons (Edit, Remove…), already gated by the reader's role.</param>
public sealed record DetailSummary(string Title, IReadOnlyList<Fact> Facts, IReadOnlyList<CardAction> Actions)
{
    /// <summary>A line under the title (status, kind), if any.</summary>
    public string? Subtitle { get; init; }

    /// <summary>Things to know (a rule that blocks removal, a problem), shown as warnings.</summary>
    public IReadOnlyList<string> Notes { get; init; } = [];
}
