using ChatPhone.Cards.AdaptiveCards;
using ChatPhone.Cards.Common;
using ChatPhone.Core.Common;

namespace ChatPhone.Cards.VoiceApps;

/// <summary>The auto attendants: for each, its time zone, language, business hours and numbers, and a Show button.</summary>
public static class AutoAttendantsCard
{
    /// <summary>How many attendants the card lists (it stays under the 28 KB Teams ceiling with long names).</summary>
    public const int MaxListed = 15;

    /// <summary>How many numbers one attendant lists before "and N more".</summary>
    public const int MaxNumbers = 6;

    /// <summary>Builds the card; with no attendant it says so.</summary>
    public static AdaptiveCard Build(IReadOnlyList<AutoAttendantSummary> attendants, Language language)
    {
        string T(string name, params object[] args) => CardText.Get(language, name, args);
        var body = new List<CardElement> { new TextBlock(T("AutoAttendants_Title")) { Size = TextSize.Medium, Bolder = true } };
        if (attendants.Count == 0)
        {
            body.Add(new TextBlock(T("AutoAttendants_None")));
            return new AdaptiveCard([.. body]);
        }

        foreach (var attendant in attendants.Take(MaxListed))
        {
            var numbers = attendant.Numbers.Count == 0 ? T("AutoAttendants_NoNumber")
                : string.Join(", ", attendant.Numbers.Take(MaxNumbers))
                    + (attendant.Numbers.Count > MaxNumbers ? " " + T("Common_More", attendant.Numbers.Count - MaxNumbers) : string.Empty);
            body.Add(new Container(
            [
                new TextBlock(CardLists.Clip(attendant.Name, 80)) { Bolder = true },
                new FactSet(
                [
                    new Fact(T("AutoAttendants_TimeZone"), attendant.TimeZone),
                    new Fact(T("AutoAttendants_Language"), attendant.Language),
                    new Fact(T("AutoAttendants_Hours"), CardLists.Clip(attendant.Hours, 200)),
                    new Fact(T("AutoAttendants_Numbers"), numbers),
                ]),
                new ActionSet([attendant.Show]),
            ]) { Separator = true });
        }

        if (attendants.Count > MaxListed)
        {
            body.Add(CardLists.More(attendants.Count - MaxListed, language));
        }

        return new AdaptiveCard([.. body]);
    }
}
