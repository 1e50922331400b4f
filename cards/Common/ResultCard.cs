using ChatPhone.Cards.AdaptiveCards;
using ChatPhone.Core.Common;

namespace ChatPhone.Cards.Common;

/// <summary>Replaces a plan card once it is applied: what changed and the suggested next step, no buttons.</summary>
public static class ResultCard
{
    /// <summary>How many changes the card lists before summarising the rest.</summary>
    public const int MaxListedChanges = 40;

    /// <summary>Builds the card.</summary>
    public static AdaptiveCard Build(ResultSummary result, Language language)
    {
        var body = new List<CardElement>
        {
            new TextBlock("✅ " + result.Title) { Size = TextSize.Medium, Bolder = true, Color = TextColor.Good },
        };
        if (result.Changes.Count > 0)
        {
            body.Add(new TextBlock(CardText.Get(language, "Result_Changed")) { Subtle = true });
            body.Add(new FactSet(result.Changes.Take(MaxListedChanges).ToArray()));
            if (result.Changes.Count > MaxListedChanges)
            {
                body.Add(CardLists.More(result.Changes.Count - MaxListedChanges, language));
            }
        }

        if (result.NextStep is { } next)
        {
            body.Add(new TextBlock(CardText.Get(language, "Result_Next", next)) { Bolder = true });
        }

        return new AdaptiveCard([.. body]);
    }
}
