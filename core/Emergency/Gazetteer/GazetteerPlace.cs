namespace ChatPhone.Core.Emergency.Gazetteer;

/// <summary>A populated place of the gazetteer (GeoNames data).</summary>
/// <param name="Country">ISO 3166-1 alpha-2 code.</param>
/// <param name="Name">The name as GeoNames writes it ("Köln", "Vienna").</param>
/// <param name="OtherNames">Other names people write (native, English, French: "Cologne", "Wien").</param>
/// <param name="Admin1">The GeoNames first-level division code ("WA", "11", "08").</param>
/// <param name="Latitude">Decimal degrees.</param>
/// <param name="Longitude">Decimal degrees.</param>
/// <param name="Population">Inhabitants (0 when unknown).</param>
/// <param name="IsCapital">True for the country's capital.</param>
public sealed record GazetteerPlace(
    string Country,
    string Name,
    IReadOnlyList<string> OtherNames,
    string Admin1,
    double Latitude,
    double Longitude,
    long Population,
    bool IsCapital)
{
    /// <summary>The name and every other name.</summary>
    public IEnumerable<string> AllNames => OtherNames.Prepend(Name);

    /// <summary>The lookup keys of <see cref="AllNames"/>, in order, as the data file stores them (computed when absent).</summary>
    internal IReadOnlyList<string> Keys { get; init; } = [];

    /// <summary>The key of every name: the stored ones, else computed.</summary>
    internal IEnumerable<(string Name, string Key)> KeyedNames =>
        Keys.Count == OtherNames.Count + 1 ? AllNames.Zip(Keys) : AllNames.Select(n => (n, PlaceGazetteer.Key(n)));
}

/// <summary>A first-level division (state, province, region) of the gazetteer.</summary>
/// <param name="Country">ISO 3166-1 alpha-2 code.</param>
/// <param name="Code">The GeoNames code ("WA", "08").</param>
/// <param name="Name">Its English name ("Washington", "Ontario").</param>
/// <param name="Abbreviation">The abbreviation addresses use ("WA", "ON"), or empty when there is none.</param>
public sealed record GazetteerDivision(string Country, string Code, string Name, string Abbreviation);
