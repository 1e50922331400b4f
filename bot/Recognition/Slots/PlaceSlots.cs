using System.Text.RegularExpressions;
using ChatPhone.Core.Availability;
using ChatPhone.Core.Numbers.Carrier;

namespace ChatPhone.Bot.Recognition.Slots;

/// <summary>
/// Countries (ISO alpha-2, from the availability catalog's English and French names) and the cities and
/// states the carrier offers. A country is read only after a preposition ("in Japan", "en France",
/// "aux États-Unis"), and a two-letter code only in capitals ("in the US"), so "de la" is not Laos.
/// </summary>
internal static partial class PlaceSlots
{
    private static readonly HashSet<string> Prepositions =
        ["in", "for", "from", "of", "en", "au", "aux", "dans", "pour", "de", "du", "des", "d", "vers"];

    private static readonly Phrases<CarrierPlace> Cities = new(
        CarrierCatalog.Places.Where(p => !p.IsTollFree).Select(p => (RecognitionInput.Fold(p.City), p))
            .Append(("new york", CarrierCatalog.Places.First(p => p.City == "New York City"))));

    private static readonly Phrases<CarrierPlace> States = new(
        CarrierCatalog.Places.Where(p => p.SubdivisionName is not null && p.SubdivisionName != p.City)
            .GroupBy(p => p.SubdivisionName!).Select(g => (RecognitionInput.Fold(g.Key), g.First())));

    /// <summary>Sets city, state and country when the text names them; returns the country found, if any.</summary>
    public static string? Fill(SlotContext context, bool anywhere = false)
    {
        var country = FindCountry(context, anywhere);
        if (Cities.First(context.Folded) is { } city)
        {
            context.Use(city.Start, city.Length);
            context.Set(SlotNames.City, city.Value.City);
            context.Set(SlotNames.State, city.Value.Subdivision);
            country ??= city.Value.Country;
        }
        else if (States.First(context.Folded) is { } state)
        {
            context.Use(state.Start, state.Length);
            context.Set(SlotNames.State, state.Value.Subdivision);
            country ??= state.Value.Country;
        }

        context.Set(SlotNames.Country, country);
        return country;
    }

    /// <summary>The ISO code of the country the text names, if any (marks its words used).</summary>
    public static string? FindCountry(SlotContext context, bool anywhere = false)
    {
        var words = Words().Matches(context.Folded);
        for (var i = 0; i < words.Count; i++)
        {
            if (!anywhere && (i == 0 || !Prepositions.Contains(words[i - 1].Value)))
            {
                continue;
            }

            for (var n = Math.Min(5, words.Count - i); n >= 1; n--)
            {
                var start = words[i].Index;
                var end = words[i + n - 1].Index + words[i + n - 1].Length;
                var original = context.Text[start..end];
                if ((n == 1 && original.Length <= 2 && original != original.ToUpperInvariant())
                    || original.Any(char.IsDigit)
                    || AvailabilityCatalog.Default.Find(original) is not { IsSuccess: true } found)
                {
                    continue;
                }

                context.Use(start, end - start);
                return found.Value.Iso;
            }
        }

        return null;
    }

    /// <summary>The ISO code of <paramref name="text"/> when it is exactly a country name or capitalised code.</summary>
    public static string? Country(string text) =>
        (text.Length > 2 || text == text.ToUpperInvariant()) && AvailabilityCatalog.Default.Find(text) is { IsSuccess: true } found
            ? found.Value.Iso
            : null;

    [GeneratedRegex(@"[\p{L}\p{N}]+", RegexOptions.None, matchTimeoutMilliseconds: 200)]
    private static partial Regex Words();
}
