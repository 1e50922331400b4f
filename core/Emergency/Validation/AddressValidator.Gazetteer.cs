using ChatPhone.Core.Emergency.Gazetteer;

namespace ChatPhone.Core.Emergency.Validation;

/// <summary>The city check against the gazetteer, for cities the detailed data does not list.</summary>
public sealed partial class AddressValidator
{
    /// <summary>
    /// The place of <paramref name="country"/> called <paramref name="typed"/> (in <paramref name="state"/> when given) as a
    /// <see cref="CityPlace"/> named as typed (a name it is known by, with the gazetteer's capitals); Found false when the
    /// gazetteer has no such name. A name found only outside the state, or in several states, is a problem.
    /// </summary>
    private (bool Found, CityPlace? City) GazetteerCity(CountryPlaces country, string typed, StatePlace? state, List<AddressNote> problems)
    {
        var found = Places.Find(country.Code, typed);
        if (found.Count == 0)
        {
            return (false, null);
        }

        var divisions = Places.Divisions(country.Code).ToDictionary(d => d.Code, StringComparer.Ordinal);
        string? Abbreviation(GazetteerPlace place) =>
            divisions.TryGetValue(place.Admin1, out var d) && d.Abbreviation.Length > 0 ? d.Abbreviation : null;

        var candidates = found;
        if (state is not null && found.Any(p => Abbreviation(p) is not null))
        {
            candidates = found.Where(p => Abbreviation(p) == state.Code).ToList();
            if (candidates.Count == 0)
            {
                problems.Add(AddressNote.Of("emergency.problem.city_not_in_state", typed, state.Code));
                return (true, null);
            }
        }
        else if (state is null && country.StateRequired)
        {
            // Without the state, a name shared by big places of several states cannot be told apart (Portland OR/ME).
            var states = candidates.Where(p => p.Population >= candidates[0].Population / 4).Select(Abbreviation).OfType<string>().Distinct().ToList();
            if (states.Count > 1)
            {
                problems.Add(AddressNote.Of("emergency.problem.city_ambiguous", typed, string.Join(", ", states.Take(6))));
                return (true, null);
            }
        }

        var place = candidates[0];
        var key = PlaceGazetteer.Key(typed);
        var name = place.AllNames.FirstOrDefault(n => PlaceGazetteer.Key(n) == key) ?? place.Name;
        return (true, new CityPlace(name, Abbreviation(place), [], place.Latitude, place.Longitude));
    }
}
