namespace ChatPhone.Core.Emergency;

/// <summary>
/// An emergency (civic) address (reference step 5a), stored in <c>addresses</c> by id. Creating one also
/// creates its default location; a validated address is immutable (replace it, don't edit it).
/// </summary>
public sealed record CivicAddress(
    string Id,
    string CompanyName,
    string Country,
    string? HouseNumber,
    string? HouseNumberSuffix,
    string? PreDirectional,
    string? StreetName,
    string? StreetSuffix,
    string? PostDirectional,
    string? City,
    string? CityAlias,
    string? StateOrProvince,
    string? PostalCode,
    string? Latitude,
    string? Longitude,
    string? Description,
    string? CompanyTaxId,
    string? Elin,
    ValidationStatus Status,
    IReadOnlyList<string> Corrections,
    IReadOnlyList<EmergencyLocation> Locations,
    DateTimeOffset CreatedAt)
{
    /// <summary>Version of the stored document shape.</summary>
    public const int SchemaVersion = 1;

    /// <summary>The location created with the address (used when there are no sub-locations).</summary>
    public EmergencyLocation DefaultLocation => Locations.First(l => l.IsDefault);

    /// <summary>True when users and numbers may use this address.</summary>
    public bool IsValidated => Status == ValidationStatus.Validated;
}

/// <summary>A place inside an address ("Office 101, 1st Floor"); locations are not validated themselves.</summary>
public sealed record EmergencyLocation(string Id, string Name, string? Elin, bool IsDefault);

/// <summary>Address validation status (the docs' "Valid"/"Validated" are one value here).</summary>
public enum ValidationStatus
{
    /// <summary>Saved but not validated: cannot be used.</summary>
    NotValidated,

    /// <summary>Validated: usable, and immutable.</summary>
    Validated,

    /// <summary>Validation failed.</summary>
    Invalid,
}
