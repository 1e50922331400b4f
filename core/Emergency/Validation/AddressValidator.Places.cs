using System.Text.RegularExpressions;
using ChatPhone.Core.Emergency.Gazetteer;

namespace ChatPhone.Core.Emergency.Validation;

/// <summary>The checks against known states, cities and postal codes.</summary>
public sealed partial class AddressValidator
{
    private StatePlace? State(CountryPlaces country, string? text, List<AddressNote> corrections, List<AddressNote> problems)
    {
        if (text is null)
        {
            return null;
        }

        // A division the detailed data lacks (Massachusetts, Alberta) is known from the gazetteer when it has an abbreviation.
        var state = country.FindState(text)
            ?? (Places.Division(country.Code, text) is { Abbreviation.Length: > 0 } division
                ? new StatePlace(division.Abbreviation, [division.Name], [])
                : null);
        if (state is null)
        {
            if (country.StateRequired)
            {
                problems.Add(AddressNote.Of("emergency.problem.state_unknown", text, country.Code));
            }

            return null;
        }

        if (state.Code != text)
        {
            var byCode = KnownPlaces.Key(state.Code) == KnownPlaces.Key(text);
            corrections.Add(AddressNote.Of(byCode ? "emergency.correction.casing" : "emergency.correction.state_abbreviated", text, state.Code));
        }

        return state;
    }

    private CityPlace? City(CountryPlaces country, AddressFields fields, StatePlace? state, List<AddressNote> corrections, List<AddressNote> problems)
    {
        if (fields.City is not { } typed)
        {
            problems.Add(AddressNote.Of("emergency.problem.city_missing"));
            return null;
        }

        var key = KnownPlaces.Key(typed);
        var named = country.Cities.Where(c => c.AllNames.Any(n => KnownPlaces.Key(n) == key)).ToList();
        if (named.Count > 0)
        {
            var inState = state is null ? named : named.Where(c => c.State == state.Code).ToList();
            if (inState.Count == 0)
            {
                problems.Add(AddressNote.Of("emergency.problem.city_not_in_state", typed, state!.Code));
                return null;
            }

            if (inState.Count > 1)
            {
                problems.Add(AddressNote.Of("emergency.problem.city_ambiguous", typed, string.Join(", ", inState.Select(c => c.State))));
                return null;
            }

            var city = inState[0];
            if (city.Name != typed)
            {
                var sameName = KnownPlaces.Key(city.Name) == key && city.Name.Equals(typed, StringComparison.OrdinalIgnoreCase);
                corrections.Add(AddressNote.Of(sameName ? "emergency.correction.casing" : "emergency.correction.city_corrected", typed, city.Name));
            }

            return city;
        }

        if (GazetteerCity(country, typed, state, problems) is { Found: true } fromGazetteer)
        {
            if (fromGazetteer.City is { } place && place.Name != typed)
            {
                var casing = place.Name.Equals(typed, StringComparison.OrdinalIgnoreCase);
                corrections.Add(AddressNote.Of(casing ? "emergency.correction.casing" : "emergency.correction.city_corrected", typed, place.Name));
            }

            return fromGazetteer.City;
        }

        var pool = state is null ? country.Cities : country.Cities.Where(c => c.State == state.Code).ToList();
        var threshold = key.Length <= 5 ? 1 : 2;
        var close = pool
            .Select(c => (City: c, Distance: c.AllNames.Min(n => Distance(KnownPlaces.Key(n), key))))
            .Where(c => c.Distance <= threshold)
            .OrderBy(c => c.Distance)
            .ToList();
        if (close.Count == 0 || close.Count > 1 && close[1].Distance == close[0].Distance)
        {
            problems.Add(Places.Closest(country.Code, typed) is { Count: > 0 } names
                ? AddressNote.Of("emergency.problem.city_unknown_near", typed, country.Code, string.Join(", ", names))
                : AddressNote.Of("emergency.problem.city_unknown", typed, country.Code));
            return null;
        }

        corrections.Add(AddressNote.Of("emergency.correction.city_corrected", typed, close[0].City.Name));
        return close[0].City;
    }

    private static string? PostalCode(CountryPlaces country, string? text, CityPlace? city, StatePlace? state, List<AddressNote> corrections, List<AddressNote> problems)
    {
        if (text is null)
        {
            if (PostalFormats.Required(country.Code))
            {
                problems.Add(AddressNote.Of("emergency.problem.postal_code_missing"));
            }

            return null;
        }

        var code = Canonical(country.Code, text);
        if (code != text)
        {
            corrections.Add(AddressNote.Of("emergency.correction.postal_code_formatted", text, code));
        }

        if (!Regex.IsMatch(code, country.PostalPattern, RegexOptions.CultureInvariant, TimeSpan.FromMilliseconds(100)))
        {
            problems.Add(AddressNote.Of("emergency.problem.postal_code_format", text, country.Code));
        }
        else if (city is not null && !country.PostalFits(code, city.PostalPrefixes))
        {
            problems.Add(AddressNote.Of("emergency.problem.postal_code_city_mismatch", code, city.Name));
        }
        else if (city is null && state is not null && !country.PostalFits(code, state.PostalPrefixes))
        {
            problems.Add(AddressNote.Of("emergency.problem.postal_code_state_mismatch", code, state.Code));
        }

        return code;
    }

    /// <summary>Upper case and the country's usual spacing (Canada "K1A 0B1", UK "SW1A 1AA", Japan "100-0001").</summary>
    private static string Canonical(string country, string text)
    {
        var compact = text.ToUpperInvariant().Replace(" ", string.Empty, StringComparison.Ordinal);
        return country switch
        {
            "CA" when compact.Length == 6 => compact[..3] + " " + compact[3..],
            "GB" when compact.Length is >= 5 and <= 7 => compact[..^3] + " " + compact[^3..],
            "JP" when compact.Length == 7 && compact.All(char.IsDigit) => compact[..3] + "-" + compact[3..],
            "CA" or "GB" => compact,
            _ => PostalFormats.Canonical(country, text),
        };
    }

    /// <summary>Levenshtein distance: how many single-letter edits turn one name into the other.</summary>
    internal static int Distance(string a, string b)
    {
        var previous = Enumerable.Range(0, b.Length + 1).ToArray();
        var current = new int[b.Length + 1];
        for (var i = 1; i <= a.Length; i++)
        {
            current[0] = i;
            for (var j = 1; j <= b.Length; j++)
            {
                var cost = a[i - 1] == b[j - 1] ? 0 : 1;
                current[j] = Math.Min(Math.Min(current[j - 1] + 1, previous[j] + 1), previous[j - 1] + cost);
            }

            (previous, current) = (current, previous);
        }

        return previous[b.Length];
    }
}
