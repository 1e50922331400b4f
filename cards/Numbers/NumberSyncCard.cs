using ChatPhone.Cards.AdaptiveCards;
using ChatPhone.Core.Common;
using ChatPhone.Core.Numbers.Microsoft365;

namespace ChatPhone.Cards.Numbers;

/// <summary>What a sync of numbers from Microsoft 365 did: the counts, then each number left as it was and why.</summary>
public static class NumberSyncCard
{
    /// <summary>The most problems listed; the rest are counted.</summary>
    public const int MaxListedProblems = 25;

    /// <summary>Builds the card.</summary>
    public static AdaptiveCard Build(NumberSyncOutcome outcome, string syncedBy, Language language)
    {
        string T(string name, params object[] args) => CardText.Get(language, name, args);
        var culture = language.Culture();
        var body = new List<CardElement>
        {
            new TextBlock(T("NumberSync_Title")) { Size = TextSize.Medium, Bolder = true, Color = TextColor.Good },
            new FactSet(
            [
                new Fact(T("NumberSync_Added"), outcome.Added.ToString(culture)),
                new Fact(T("NumberSync_Assigned"), outcome.Assigned.ToString(culture)),
                new Fact(T("NumberSync_Unchanged"), outcome.Unchanged.ToString(culture)),
                new Fact(T("NumberSync_OnlyHere"), outcome.OnlyInChatPhone.ToString(culture)),
                new Fact(T("NumberSync_Services"), outcome.Services.ToString(culture)),
            ]),
        };
        if (outcome.Problems.Count > 0)
        {
            body.Add(new TextBlock(T("NumberSync_ProblemsTitle")) { Bolder = true, Color = TextColor.Warning });
            body.AddRange(outcome.Problems.Take(MaxListedProblems).Select(p => new TextBlock(p.Reason.Describe(language))));
            if (outcome.Problems.Count > MaxListedProblems)
            {
                body.Add(new TextBlock(T("NumberSync_MoreProblems", outcome.Problems.Count - MaxListedProblems)) { Subtle = true });
            }
        }

        body.Add(new TextBlock(T("NumberSync_By", syncedBy)) { Subtle = true });
        return new AdaptiveCard([.. body]);
    }
}
