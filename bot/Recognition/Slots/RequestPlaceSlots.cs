using System.Text.RegularExpressions;

namespace ChatPhone.Bot.Recognition.Slots;

/// <summary>
/// The city of a manual number request when the carrier does not stock it ("request 5 numbers in Lille",
/// "demande 10 numéros à Saint-Étienne"): such places are exactly what the request form is for, so the
/// capitalised name after a preposition is taken as the city, whatever the catalog knows.
/// </summary>
internal static partial class RequestPlaceSlots
{
    /// <summary>Sets the city slot from the text when no known city was found.</summary>
    public static void FillCity(SlotContext context)
    {
        if (context.Slots.ContainsKey(SlotNames.City))
        {
            return;
        }

        foreach (Match match in CityAfterPreposition().Matches(context.Text))
        {
            var city = match.Groups["city"];
            if (!context.IsUsed(city.Index) && !Excluded.Contains(city.Value))
            {
                context.Use(city.Index, city.Length);
                context.Set(SlotNames.City, city.Value.Trim());
                if (!context.Slots.ContainsKey(SlotNames.Country) && match.Groups["country"] is { Success: true } named
                    && PlaceSlots.Country(named.Value.Trim()) is { } country)
                {
                    // "Lille, France": the country after the city's comma.
                    context.Use(named.Index, named.Length);
                    context.Set(SlotNames.Country, country);
                }

                return;
            }
        }
    }

    // Capitalised words that follow "in"/"for" without being a place.
    private static readonly HashSet<string> Excluded = new(StringComparer.OrdinalIgnoreCase) { "Microsoft", "Teams" };

    [GeneratedRegex(@"\b(?:in|at|for|à|a|pour|sur)\s+(?<city>\p{Lu}[\p{L}'’\-]*(?:[\s\-]\p{Lu}[\p{L}'’\-]*)*)(?:\s*,\s*(?<country>\p{Lu}[\p{L}'’\- ]*))?", RegexOptions.None, matchTimeoutMilliseconds: 200)]
    private static partial Regex CityAfterPreposition();
}
