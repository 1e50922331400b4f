namespace ChatPhone.Core.Emergency;

/// <summary>
/// The fields an admin types for an emergency address (New-CsOnlineLisCivicAddress). Company name and
/// country are required; latitude and longitude too, except in Australia and Japan.
/// </summary>
public sealed record AddressFields(
    string CompanyName,
    string Country,
    string? HouseNumber = null,
    string? HouseNumberSuffix = null,
    string? PreDirectional = null,
    string? StreetName = null,
    string? StreetSuffix = null,
    string? PostDirectional = null,
    string? City = null,
    string? CityAlias = null,
    string? StateOrProvince = null,
    string? PostalCode = null,
    string? Latitude = null,
    string? Longitude = null,
    string? Description = null,
    string? CompanyTaxId = null,
    string? Elin = null)
{
    /// <summary>The fields of a stored address (to edit a copy of it).</summary>
    public static AddressFields From(CivicAddress a) => new(
        a.CompanyName, a.Country, a.HouseNumber, a.HouseNumberSuffix, a.PreDirectional, a.StreetName, a.StreetSuffix,
        a.PostDirectional, a.City, a.CityAlias, a.StateOrProvince, a.PostalCode, a.Latitude, a.Longitude,
        a.Description, a.CompanyTaxId, a.Elin);
}
