using ChatPhone.Core.Availability;
using ChatPhone.Core.Emergency.Gazetteer;

namespace ChatPhone.Core.Emergency.Parsing;

/// <summary>
/// Splits an address written on one line, in the order of its country, into its fields:
/// "Fabrikam Seattle office, 400 Broad St, Seattle, WA 98109, United States" (label, number first, state and ZIP),
/// "10 rue de Rivoli, 75001 Paris, France" (postal code before the city), "Contoso GmbH, Friedrichstraße 43,
/// 10117 Berlin, Deutschland" (number after the street), "10 Downing St, London SW1A 2AA, UK" (postal code after the city).
/// The country is the last part when it names one (English, French, native name or ISO code), else the default given.
/// </summary>
public sealed class AddressParser(PlaceGazetteer? gazetteer = null, AvailabilityCatalog? countries = null)
{
    // A colon ends a label as a comma does ("our Lyon office: 1 place de la Comédie, …").
    private static readonly char[] Separators = [',', ';', ':', '\n', '\r'];

    /// <summary>A parser over the shipped gazetteer and country list.</summary>
    public static AddressParser Default { get; } = new();

    private PlaceGazetteer Places => gazetteer ?? PlaceGazetteer.Default;

    private AvailabilityCatalog Countries => countries ?? AvailabilityCatalog.Default;

    /// <summary>The fields of <paramref name="text"/>; <paramref name="defaultCountry"/> (ISO) when the text names no country.</summary>
    public ParsedAddress Parse(string text, string? defaultCountry = null)
    {
        var parts = text.Split(Separators, StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
            .Select(p => p.Trim(' ', '.')).Where(p => p.Length > 0).ToList();
        var country = parts.Count > 1 ? Country(parts[^1]) : null;
        if (country is not null)
        {
            parts.RemoveAt(parts.Count - 1);
        }

        country ??= defaultCountry?.Trim().ToUpperInvariant() is { Length: 2 } fallback ? fallback : null;
        string? postal = null, state = null, city = null;
        var postalIndex = -1;
        for (var i = parts.Count - 1; i >= 0 && postalIndex < 0; i--)
        {
            if (AddressPatterns.FindPostal(country, parts[i]) is { } found)
            {
                (postalIndex, postal) = (i, found.Code);
                (city, state) = SplitState(country, found.Remainder);
            }
        }

        var streetIndex = StreetIndex(parts, country, postalIndex);
        string? number = null, street = null;
        if (streetIndex >= 0)
        {
            (number, street) = AddressPatterns.SplitStreet(parts[streetIndex]);
            if (number is null && streetIndex + 1 < parts.Count && streetIndex + 1 != postalIndex && AddressPatterns.IsHouseNumber(parts[streetIndex + 1]))
            {
                number = parts[streetIndex + 1];
                parts[streetIndex + 1] = string.Empty;
            }
        }

        var label = streetIndex > 0 ? string.Join(", ", parts.Take(streetIndex)) : null;
        var rest = parts.Select((p, i) => (Text: p, Index: i)).Where(p => p.Index > streetIndex && p.Index != postalIndex && p.Text.Length > 0).Select(p => p.Text).ToList();
        foreach (var part in rest)
        {
            // A place of the country is the city while there is none ("Washington, DC"); then a division is the state ("Toronto, Ontario").
            var place = country is null ? null : Known(country, part);
            if (city is null && place is not null)
            {
                city = part;
            }
            else if (country is not null && (Places.Division(country, part) is not null || state is null && city is not null && AddressPatterns.IsStateCode(part)))
            {
                state ??= part;
            }
            else if (city is null || place is not null && country is not null && Places.Find(country, city).Count == 0)
            {
                city = part;
            }
        }

        return new ParsedAddress(Blank(label), number, Blank(street), Blank(Resolve(country, city)), Blank(state), postal, country);
    }

    // The first part that reads as a street with a number (not the postal part, not a city followed by its district number);
    // else the first that has a street word ("Amiens Street", "Praça do Município").
    private int StreetIndex(List<string> parts, string? country, int postalIndex)
    {
        var end = postalIndex < 0 ? parts.Count : postalIndex;
        for (var i = 0; i < end; i++)
        {
            if (AddressPatterns.SplitStreet(parts[i]) is ({ } _, { } name) && (country is null || Known(country, name) is null))
            {
                return i;
            }
        }

        for (var i = 0; i < end; i++)
        {
            if (AddressPatterns.HasStreetWord(parts[i]))
            {
                return i;
            }
        }

        return -1;
    }

    // "Sydney NSW" → ("Sydney", "NSW"); "WA" → (null, "WA"); "Paris" → ("Paris", null).
    private (string? City, string? State) SplitState(string? country, string rest)
    {
        if (rest.Length == 0)
        {
            return (null, null);
        }

        if (country is not null && Places.Division(country, rest) is not null && Places.Find(country, rest).Count == 0 || AddressPatterns.IsStateCode(rest))
        {
            return (null, rest);
        }

        var last = rest.LastIndexOf(' ');
        if (last > 0 && AddressPatterns.IsStateCode(rest[(last + 1)..]))
        {
            return (rest[..last], rest[(last + 1)..]);
        }

        return (rest, null);
    }

    // The city as the gazetteer knows it: the longest leading run of words that is a place ("Praha 1" → "Praha", "København V" → "København").
    private string? Resolve(string? country, string? city) => city is null || country is null ? city : Known(country, city) ?? city;

    private string? Known(string country, string text)
    {
        var words = text.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        for (var n = words.Length; n > 0; n--)
        {
            var candidate = string.Join(' ', words.Take(n));
            if (Places.Find(country, candidate).Count > 0)
            {
                return candidate;
            }
        }

        return null;
    }

    private string? Country(string text)
    {
        var found = Countries.Find(text);
        return found.IsSuccess ? found.Value.Iso : AddressPatterns.NativeCountry(text);
    }

    private static string? Blank(string? text) => string.IsNullOrWhiteSpace(text) ? null : text.Trim();
}
