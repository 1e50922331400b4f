namespace ChatPhone.Core.Numbers.Carrier;

/// <summary>A place the simulated carrier sells numbers in: a city, or a country's toll-free ranges.</summary>
/// <param name="Country">ISO 3166-1 alpha-2 country.</param>
/// <param name="Subdivision">State or region code (<c>WA</c>); null for toll-free.</param>
/// <param name="SubdivisionName">State or region name (<c>Washington</c>); null for toll-free.</param>
/// <param name="City">City, or <see cref="TollFreeCity"/>.</param>
/// <param name="Ranges">The number ranges, in the order the place's stock interleaves them.</param>
public sealed record CarrierPlace(string Country, string? Subdivision, string? SubdivisionName, string City, IReadOnlyList<CarrierRange> Ranges)
{
    /// <summary>The city name of toll-free ranges (the admin center's "Toll Free" location).</summary>
    public const string TollFreeCity = "Toll Free";

    /// <summary>True for the toll-free ranges of a country.</summary>
    public bool IsTollFree => City == TollFreeCity;

    /// <summary>Stable key, also used to configure a place's stock: <c>US/WA/Seattle</c>, <c>US//Toll Free</c>.</summary>
    public string Key => $"{Country}/{Subdivision}/{City}";
}

/// <summary>A range of numbers: a national prefix (area code) and the national number length.</summary>
/// <param name="CountryCode">The country calling code (<c>1</c>, <c>33</c>).</param>
/// <param name="Prefix">The national significant number's first digits (<c>206</c>, <c>1</c> for Paris).</param>
/// <param name="Length">The national significant number's length.</param>
public sealed record CarrierRange(int CountryCode, string Prefix, int Length)
{
    /// <summary>The range's first digits in E.164, without '+' (<c>1206</c>).</summary>
    public string E164Prefix => CountryCode.ToString(System.Globalization.CultureInfo.InvariantCulture) + Prefix;
}
