using ChatPhone.Cards.AdaptiveCards;
using ChatPhone.Cards.Common;
using ChatPhone.Core.Common;

namespace ChatPhone.Cards.Licensing;

/// <summary>
/// People found by license ("people without a calling plan", "who has Teams Phone?"): the question as a title, how many,
/// then one line per person (name, UPN, usage location, department), capped with "…and N more" to stay under 28 KB.
/// </summary>
public static class LicenseHoldersCard
{
    /// <summary>How many people the card lists.</summary>
    public const int MaxListed = 80;

    /// <summary>Builds the card; <paramref name="people"/> are (name, UPN, usage location, department), already sorted.</summary>
    public static AdaptiveCard Build(string title, IReadOnlyList<(string Name, string Upn, string UsageLocation, string Department)> people, Language language)
    {
        var body = new List<CardElement>
        {
            new TextBlock(CardLists.Clip(title, 160)) { Size = TextSize.Medium, Bolder = true },
            new TextBlock(CardText.Get(language, "LicObj_HoldersCount", people.Count.ToString("N0", language.Culture()))) { Subtle = true },
        };
        var lines = people
            .Select(p => $"{CardLists.Clip(p.Name, 60)} ({CardLists.Clip(p.Upn, 80)}, {(p.UsageLocation.Length > 0 ? p.UsageLocation : "—")}, {(p.Department.Length > 0 ? CardLists.Clip(p.Department, 40) : "—")})")
            .ToArray();
        body.AddRange(CardLists.Bullets(lines, MaxListed, language));
        return new AdaptiveCard(body, []);
    }
}
