using System.Text.Json.Serialization;

namespace ChatPhone.Core.Numbers.Carrier;

/// <summary>
/// Where to search for numbers (reference step 3a search modes): a city and/or state or region, an area
/// code (<c>206</c>, <c>020</c>), or a number prefix (<c>1425</c>, E.164 digits). Empty means "anywhere"
/// for toll-free numbers, and "near the civic address" when the order names one.
/// </summary>
public sealed record NumberPlace(string? Subdivision = null, string? City = null, string? AreaCode = null, string? Prefix = null)
{
    /// <summary>True when no field is set.</summary>
    [JsonIgnore]
    public bool IsEmpty => Blank(Subdivision) && Blank(City) && Blank(AreaCode) && Blank(Prefix);

    /// <summary>A short description for messages (<c>Seattle, WA</c>, <c>area code 206</c>).</summary>
    public string Describe() =>
        !Blank(AreaCode) ? $"area code {AreaCode}"
        : !Blank(Prefix) ? $"prefix {Prefix}"
        : string.Join(", ", new[] { City, Subdivision }.Where(s => !Blank(s)));

    private static bool Blank(string? value) => string.IsNullOrWhiteSpace(value);
}
