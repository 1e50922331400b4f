using ChatPhone.Cards.AdaptiveCards;
using ChatPhone.Cards.Common;
using ChatPhone.Core.Common;

namespace ChatPhone.Cards.VoiceApps;

/// <summary>The holidays of the auto attendants: for each, its dates and the attendants that use it, and a Show button.</summary>
public static class HolidaysCard
{
    /// <summary>How many holidays the card lists (it stays under the 28 KB Teams ceiling).</summary>
    public const int MaxListed = 20;

    /// <summary>How many date ranges one holiday lists before "and N more".</summary>
    public const int MaxDates = 4;

    /// <summary>Builds the card; with no holiday it says so.</summary>
    public static AdaptiveCard Build(IReadOnlyList<HolidaySummary> holidays, Language language)
    {
        string T(string name, params object[] args) => CardText.Get(language, name, args);
        var body = new List<CardElement> { new TextBlock(T("Holidays_Title")) { Size = TextSize.Medium, Bolder = true } };
        if (holidays.Count == 0)
        {
            body.Add(new TextBlock(T("Holidays_None")));
            return new AdaptiveCard([.. body]);
        }

        foreach (var holiday in holidays.Take(MaxListed))
        {
            var dates = string.Join("; ", holiday.Dates.Take(MaxDates))
                + (holiday.Dates.Count > MaxDates ? " " + T("Common_More", holiday.Dates.Count - MaxDates) : string.Empty);
            body.Add(new Container(
            [
                new TextBlock(CardLists.Clip(holiday.Name, 80)) { Bolder = true },
                new FactSet(
                [
                    new Fact(T("Holidays_Dates"), dates),
                    new Fact(T("Holidays_Attendants"), CardLists.Clip(string.Join(", ", holiday.Attendants), 300)),
                ]),
                new ActionSet([holiday.Show]),
            ]) { Separator = true });
        }

        if (holidays.Count > MaxListed)
        {
            body.Add(CardLists.More(holidays.Count - MaxListed, language));
        }

        return new AdaptiveCard([.. body]);
    }
}
