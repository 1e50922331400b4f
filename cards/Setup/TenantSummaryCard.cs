using ChatPhone.Cards.AdaptiveCards;
using ChatPhone.Cards.Common;
using ChatPhone.Core.Common;

namespace ChatPhone.Cards.Setup;

/// <summary>
/// "What's configured?": one card for the whole tenant, a line per step with its counts and a button to its list, then
/// the problems found, each with a button to the list that fixes it. Worded by the bot; the card only lays it out.
/// </summary>
public static class TenantSummaryCard
{
    /// <summary>How many problem lines the card shows (each already capped to a few names).</summary>
    public const int MaxProblems = 10;

    /// <summary>Builds the card.</summary>
    public static AdaptiveCard Build(TenantSummaryView view, Language language)
    {
        var body = new List<CardElement>
        {
            new TextBlock(CardLists.Clip(view.Title, 120)) { Size = TextSize.Medium, Bolder = true },
        };
        body.AddRange(view.Counts.Select(line => Line(line, TextColor.Default)));
        var problems = new List<CardElement> { new TextBlock(view.ProblemsTitle) { Bolder = true } };
        if (view.Problems.Count == 0)
        {
            problems.Add(new TextBlock(view.NoProblems) { Color = TextColor.Good });
        }
        else
        {
            problems.AddRange(view.Problems.Take(MaxProblems).Select(line => Line(line, TextColor.Warning)));
            if (view.Problems.Count > MaxProblems)
            {
                problems.Add(CardLists.More(view.Problems.Count - MaxProblems, language));
            }
        }

        body.Add(new Container(problems) { Separator = true, Emphasis = view.Problems.Count > 0 });
        return new AdaptiveCard(body, []);
    }

    private static CardElement Line(SummaryLine line, TextColor color)
    {
        var text = new TextBlock(line.Text) { Color = color };
        return line.Button is { } button
            ? new ColumnSet([new Column([text]), new Column([new ActionSet([button])]) { Width = ColumnWidth.Auto }])
            : text;
    }
}

/// <summary>What <see cref="TenantSummaryCard"/> shows, in the reader's language.</summary>
/// <param name="Title">"What's configured in Contoso".</param>
/// <param name="Counts">One line per step.</param>
/// <param name="ProblemsTitle">The heading of the problems.</param>
/// <param name="Problems">One line per problem found.</param>
/// <param name="NoProblems">What the card says when nothing is wrong.</param>
public sealed record TenantSummaryView(string Title, IReadOnlyList<SummaryLine> Counts, string ProblemsTitle, IReadOnlyList<SummaryLine> Problems, string NoProblems);

/// <summary>One line of the summary: what it counts and how many ("Phone numbers: 12 in all…"), and the button to its list.</summary>
/// <param name="Text">The line, worded.</param>
/// <param name="Button">A button to the list, if any.</param>
public sealed record SummaryLine(string Text, CardAction? Button = null);
