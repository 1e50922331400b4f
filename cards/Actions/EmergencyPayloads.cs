namespace ChatPhone.Cards.Actions;

/// <summary>Submit the emergency address form of a flow; the fields come back as the inputs of <see cref="AddressInputs"/>.</summary>
public sealed record SubmitAddressPayload(string PlanId, string IdempotencyKey) : ICardPayload
{
    /// <inheritdoc />
    public static string Verb => "emergency.address.submit";
}

/// <summary>The input ids of the address form, one per civic address field.</summary>
public static class AddressInputs
{
    /// <summary>Company name (required).</summary>
    public const string CompanyName = "companyName";

    /// <summary>House number.</summary>
    public const string HouseNumber = "houseNumber";

    /// <summary>House number suffix (<c>A</c>, <c>½</c>).</summary>
    public const string HouseNumberSuffix = "houseNumberSuffix";

    /// <summary>Street name.</summary>
    public const string StreetName = "streetName";

    /// <summary>Street suffix (<c>Ave</c>, <c>St</c>).</summary>
    public const string StreetSuffix = "streetSuffix";

    /// <summary>City.</summary>
    public const string City = "city";

    /// <summary>State or province.</summary>
    public const string StateOrProvince = "stateOrProvince";

    /// <summary>Postal code.</summary>
    public const string PostalCode = "postalCode";

    /// <summary>ISO 3166-1 alpha-2 country (required).</summary>
    public const string Country = "country";

    /// <summary>Latitude (required outside Australia and Japan).</summary>
    public const string Latitude = "latitude";

    /// <summary>Longitude (required outside Australia and Japan).</summary>
    public const string Longitude = "longitude";

    /// <summary>Free description.</summary>
    public const string Description = "description";
}

/// <summary>Submit the edit form of an existing address; the fields come back as the inputs of <see cref="AddressInputs"/>.</summary>
/// <param name="AddressId">The address edited (looked up again in the clicker's tenant).</param>
/// <param name="PlanId">The pending form it belongs to.</param>
public sealed record EditAddressPayload(string AddressId, string PlanId) : ICardPayload
{
    /// <inheritdoc />
    public static string Verb => "emergency.address.edit";
}
