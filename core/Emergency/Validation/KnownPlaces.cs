using System.Text;
using System.Text.Json;
using System.Text.Json.Serialization;
using ChatPhone.Core.Common;

namespace ChatPhone.Core.Emergency.Validation;

/// <summary>
/// The known-place data address validation checks against (embedded <c>KnownPlaces.json</c>): per
/// country, its postal code pattern, its states (abbreviation ↔ names, postal prefixes) and its cities
/// (state, postal prefixes, coordinates). A country absent here cannot be validated automatically.
/// </summary>
public sealed class KnownPlaces
{
    private static readonly Lazy<KnownPlaces> Embedded = new(Load);

    private readonly IReadOnlyDictionary<string, CountryPlaces> _countries;

    private KnownPlaces(IReadOnlyDictionary<string, CountryPlaces> countries) => _countries = countries;

    /// <summary>The data shipped with ChatPhone.</summary>
    public static KnownPlaces Default => Embedded.Value;

    /// <summary>The countries with data.</summary>
    public IEnumerable<string> Countries => _countries.Keys;

    /// <summary>The data of <paramref name="country"/>, or null when there is none.</summary>
    public CountryPlaces? Country(string country) => _countries.GetValueOrDefault(country.ToUpperInvariant());

    /// <summary>Lower-case, accents removed, spaces and dashes collapsed: how names are compared.</summary>
    public static string Key(string text)
    {
        var folded = TextFolding.Fold(text);
        var builder = new StringBuilder(folded.Length);
        foreach (var ch in folded.Where(ch => ch != '.'))
        {
            builder.Append(ch is '-' or '_' || char.IsWhiteSpace(ch) ? ' ' : ch);
        }

        return string.Join(' ', builder.ToString().Split(' ', StringSplitOptions.RemoveEmptyEntries));
    }

    private static KnownPlaces Load()
    {
        using var stream = typeof(KnownPlaces).Assembly.GetManifestResourceStream("ChatPhone.Core.Emergency.Validation.KnownPlaces.json")
            ?? throw new InvalidOperationException("KnownPlaces.json is not embedded in ChatPhone.Core.");
        var file = JsonSerializer.Deserialize(stream, KnownPlacesJson.Default.PlacesFile)
            ?? throw new InvalidOperationException("KnownPlaces.json is empty.");
        return new KnownPlaces(file.Countries.ToDictionary(c => c.Key.ToUpperInvariant(), c => c.Value with { Code = c.Key.ToUpperInvariant() }, StringComparer.Ordinal));
    }
}

/// <summary>The known places of one country.</summary>
/// <param name="Code">ISO 3166-1 alpha-2 code.</param>
/// <param name="PostalPattern">Regular expression a (normalised) postal code must match.</param>
/// <param name="PostalMatch"><c>prefix</c>: a postal code starts with one of a place's prefixes; <c>area</c>: its leading letters equal one (UK).</param>
/// <param name="StateRequired">True when the state or province is part of a routable address.</param>
/// <param name="HouseNumberRequired">True when a house number is part of a routable address.</param>
/// <param name="States">The known states or provinces.</param>
/// <param name="Cities">The known cities.</param>
public sealed record CountryPlaces(
    string Code,
    string PostalPattern,
    string PostalMatch,
    bool StateRequired,
    bool HouseNumberRequired,
    IReadOnlyList<StatePlace> States,
    IReadOnlyList<CityPlace> Cities)
{
    /// <summary>The state whose abbreviation or one of whose names is <paramref name="text"/>, or null.</summary>
    public StatePlace? FindState(string text)
    {
        var key = KnownPlaces.Key(text);
        return States.FirstOrDefault(s => KnownPlaces.Key(s.Code) == key)
            ?? States.FirstOrDefault(s => s.Names.Any(n => KnownPlaces.Key(n) == key));
    }

    /// <summary>True when <paramref name="postalCode"/> belongs to one of <paramref name="prefixes"/> (no prefixes: anything does).</summary>
    public bool PostalFits(string postalCode, IReadOnlyList<string> prefixes)
    {
        if (prefixes.Count == 0)
        {
            return true;
        }

        var compact = postalCode.Replace(" ", string.Empty, StringComparison.Ordinal);
        if (PostalMatch == "area")
        {
            var area = new string(compact.TakeWhile(char.IsLetter).ToArray());
            return prefixes.Contains(area, StringComparer.OrdinalIgnoreCase);
        }

        return prefixes.Any(p => compact.StartsWith(p, StringComparison.OrdinalIgnoreCase));
    }
}

/// <summary>A state or province: its abbreviation (the stored form), its names and its postal prefixes.</summary>
public sealed record StatePlace(string Code, IReadOnlyList<string> Names, IReadOnlyList<string> PostalPrefixes);

/// <summary>A city: its name and aliases, its state, its postal prefixes and its coordinates (decimal degrees).</summary>
public sealed record CityPlace(
    string Name,
    string? State,
    IReadOnlyList<string> PostalPrefixes,
    double Latitude,
    double Longitude,
    IReadOnlyList<string>? Aliases = null)
{
    /// <summary>The name and every alias.</summary>
    public IEnumerable<string> AllNames => Aliases is null ? [Name] : Aliases.Prepend(Name);
}

/// <summary>The file's shape.</summary>
internal sealed record PlacesFile(IReadOnlyDictionary<string, CountryPlaces> Countries);

[JsonSourceGenerationOptions(PropertyNamingPolicy = JsonKnownNamingPolicy.CamelCase)]
[JsonSerializable(typeof(PlacesFile))]
internal sealed partial class KnownPlacesJson : JsonSerializerContext;
