namespace ChatPhone.Core.Emergency;

/// <summary>
/// An emergency (civic) address (reference step 5a), stored in <c>addresses</c> by id. Creating one also
/// creates its default location; a validated address is immutable (replace it, don't edit it).
/// </summary>
/// <remarks>
/// <see cref="Corrections"/> holds the codes of the automatic corrections of the last validation;
/// <see cref="CorrectionNotes"/> and <see cref="Problems"/> hold them with their arguments, for messages.
/// </remarks>
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
    DateTimeOffset CreatedAt,
    IReadOnlyList<AddressNote>? CorrectionNotes = null,
    IReadOnlyList<AddressNote>? Problems = null,
    DateTimeOffset? ValidatedAt = null)
{
    /// <summary>Version of the stored document shape.</summary>
    public const int SchemaVersion = 1;

    /// <summary>The location created with the address (used when there are no sub-locations).</summary>
    public EmergencyLocation DefaultLocation => Locations.First(l => l.IsDefault);

    /// <summary>True when users and numbers may use this address.</summary>
    public bool IsValidated => Status == ValidationStatus.Validated;

    /// <summary>The location <paramref name="locationId"/> of this address, or null.</summary>
    public EmergencyLocation? Location(string locationId) => Locations.FirstOrDefault(l => l.Id == locationId);

    /// <summary>The address on one line (house number, street, city, state, postal code, country).</summary>
    public string OneLine() =>
        string.Join(", ", new[]
        {
            string.Join(' ', new[] { HouseNumber + HouseNumberSuffix, PreDirectional, StreetName, StreetSuffix, PostDirectional }.Where(p => !string.IsNullOrWhiteSpace(p))),
            City,
            string.Join(' ', new[] { StateOrProvince, PostalCode }.Where(p => !string.IsNullOrWhiteSpace(p))),
            Country,
        }.Where(p => !string.IsNullOrWhiteSpace(p)));
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
