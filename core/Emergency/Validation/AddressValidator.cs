using System.Text.RegularExpressions;
using ChatPhone.Core.Emergency.Gazetteer;

namespace ChatPhone.Core.Emergency.Validation;

/// <summary>
/// Validates an emergency address against the known-place data (reference step 5b) and the GeoNames gazetteer of
/// every step-1 country: format (postal code pattern, house number shape), city known in the country (any of its
/// names), city in the given state, postal code consistent with the city or state. It corrects what it safely can
/// (trimming, casing, ordinals, street suffixes, state names, a close misspelling of a known city, coordinates of
/// the city) and reports every correction; an unknown city is refused with the closest names. Pure: same input, same output.
/// </summary>
/// <param name="places">The detailed data (states, postal prefixes) of a few countries.</param>
/// <param name="gazetteer">The places of every step-1 country; null: the shipped one, loaded on first use.</param>
public sealed partial class AddressValidator(KnownPlaces places, PlaceGazetteer? gazetteer = null)
{
    /// <summary>Farther than this from the known city centre, the coordinates are not believed.</summary>
    public const double MaxDistanceFromCityKm = 50;

    /// <summary>A validator over the shipped data.</summary>
    public static AddressValidator Default { get; } = new(KnownPlaces.Default);

    /// <summary>Validates <paramref name="input"/>; the country must already be a valid ISO code.</summary>
    public AddressValidation Validate(AddressFields input)
    {
        var corrections = new List<AddressNote>();
        var problems = new List<AddressNote>();
        var fields = Trim(input, corrections) with { Country = input.Country.Trim().ToUpperInvariant() };
        fields = HouseNumber(fields, corrections);
        var (street, suffix) = StreetNormaliser.Street(fields.Country, fields.StreetName, fields.StreetSuffix, corrections);
        fields = fields with
        {
            StreetName = street,
            StreetSuffix = suffix,
            PreDirectional = StreetNormaliser.Directional(fields.PreDirectional, corrections),
            PostDirectional = StreetNormaliser.Directional(fields.PostDirectional, corrections),
        };

        if (CountryData(fields.Country) is not { } country)
        {
            return new AddressValidation(ValidationStatus.NotValidated, fields, corrections, [AddressNote.Of("emergency.problem.no_data_for_country", fields.Country)]);
        }

        if (fields.StreetName is null)
        {
            problems.Add(AddressNote.Of("emergency.problem.street_missing"));
        }

        if (fields.HouseNumber is null && country.HouseNumberRequired)
        {
            problems.Add(AddressNote.Of("emergency.problem.house_number_missing"));
        }
        else if (fields.HouseNumber is { } house && !HouseNumberShape().IsMatch(house))
        {
            problems.Add(AddressNote.Of("emergency.problem.house_number_format", house));
        }

        var state = State(country, fields.StateOrProvince, corrections, problems);
        fields = fields with { StateOrProvince = state?.Code ?? fields.StateOrProvince };
        var city = City(country, fields, state, corrections, problems);
        if (city is not null)
        {
            fields = fields with { City = city.Name };
            if (state is null && city.State is not null && fields.StateOrProvince is null)
            {
                corrections.Add(AddressNote.Of("emergency.correction.state_filled", city.State));
                fields = fields with { StateOrProvince = city.State };
                state = country.FindState(city.State);
            }
        }

        if (state is null && fields.StateOrProvince is null && country.StateRequired)
        {
            problems.Add(AddressNote.Of("emergency.problem.state_missing"));
        }

        fields = fields with { PostalCode = PostalCode(country, fields.PostalCode, city, state, corrections, problems) };
        fields = Coordinates(fields, city, corrections, problems);
        var status = problems.Count == 0 ? ValidationStatus.Validated : ValidationStatus.Invalid;
        return new AddressValidation(status, fields, corrections, problems);
    }

    private PlaceGazetteer Places => gazetteer ?? PlaceGazetteer.Default;

    // The detailed data when there is some, else what the gazetteer and the postal formats give for a step-1 country.
    private CountryPlaces? CountryData(string code)
    {
        if (places.Country(code) is { } known)
        {
            return known;
        }

        return Places.Covers(code) && PostalFormats.Knows(code)
            ? new CountryPlaces(code, PostalFormats.Pattern(code) ?? "^.+$", "prefix", StateRequired: false, HouseNumberRequired: false, [], [])
            : null;
    }

    private static AddressFields Trim(AddressFields f, List<AddressNote> corrections)
    {
        string? T(string? value, string field)
        {
            if (value is null)
            {
                return null;
            }

            var tidy = string.Join(' ', value.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));
            if (tidy != value)
            {
                corrections.Add(AddressNote.Of("emergency.correction.trimmed", field));
            }

            return tidy.Length == 0 ? null : tidy;
        }

        return f with
        {
            CompanyName = T(f.CompanyName, "CompanyName") ?? string.Empty,
            HouseNumber = T(f.HouseNumber, "HouseNumber"),
            HouseNumberSuffix = T(f.HouseNumberSuffix, "HouseNumberSuffix"),
            PreDirectional = T(f.PreDirectional, "PreDirectional"),
            StreetName = T(f.StreetName, "StreetName"),
            StreetSuffix = T(f.StreetSuffix, "StreetSuffix"),
            PostDirectional = T(f.PostDirectional, "PostDirectional"),
            City = T(f.City, "City"),
            CityAlias = T(f.CityAlias, "CityAlias"),
            StateOrProvince = T(f.StateOrProvince, "StateOrProvince"),
            PostalCode = T(f.PostalCode, "PostalCode"),
            Latitude = T(f.Latitude, "Latitude"),
            Longitude = T(f.Longitude, "Longitude"),
            Description = T(f.Description, "Description"),
            CompanyTaxId = T(f.CompanyTaxId, "CompanyTaxId"),
            Elin = T(f.Elin, "Elin"),
        };
    }

    private static AddressFields HouseNumber(AddressFields fields, List<AddressNote> corrections)
    {
        if (fields.HouseNumber is not { } house || fields.HouseNumberSuffix is not null || HouseWithLetter().Match(house) is not { Success: true } match)
        {
            return fields;
        }

        var number = match.Groups[1].Value;
        var letter = match.Groups[2].Value.ToUpperInvariant();
        corrections.Add(AddressNote.Of("emergency.correction.house_number_suffix", house, number, letter));
        return fields with { HouseNumber = number, HouseNumberSuffix = letter };
    }

    private static AddressFields Coordinates(AddressFields fields, CityPlace? city, List<AddressNote> corrections, List<AddressNote> problems)
    {
        if (city is null)
        {
            return fields;
        }

        var known = new Coordinates(city.Latitude, city.Longitude);
        if (fields.Latitude is null && fields.Longitude is null)
        {
            var (lat, lon) = (Validation.Coordinates.Format(city.Latitude), Validation.Coordinates.Format(city.Longitude));
            corrections.Add(AddressNote.Of("emergency.correction.coordinates_filled", lat, lon, city.Name));
            return fields with { Latitude = lat, Longitude = lon };
        }

        if (Validation.Coordinates.TryParse(fields.Latitude, fields.Longitude, out var given) && given.DistanceKm(known) > MaxDistanceFromCityKm)
        {
            problems.Add(AddressNote.Of("emergency.problem.coordinates_far_from_city", city.Name, (int)given.DistanceKm(known)));
        }

        return fields;
    }

    [GeneratedRegex("^(\\d+)\\s*([A-Za-z])$", RegexOptions.CultureInvariant)]
    private static partial Regex HouseWithLetter();

    [GeneratedRegex("^\\d+([-/]\\d+)*$", RegexOptions.CultureInvariant)]
    private static partial Regex HouseNumberShape();
}
