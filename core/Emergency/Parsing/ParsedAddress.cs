namespace ChatPhone.Core.Emergency.Parsing;

/// <summary>An address written on one line, split into the fields of an emergency address; a part not found is null.</summary>
/// <param name="Label">What names the place before the street ("Fabrikam Seattle office", "Contoso GmbH").</param>
/// <param name="HouseNumber">The house number ("400", "43", "2-8-1", "11-13").</param>
/// <param name="Street">The street as written ("Broad St", "rue de Rivoli", "Friedrichstraße").</param>
/// <param name="City">The city, as the gazetteer knows it when it does ("Paris", "Praha" for "Praha 1").</param>
/// <param name="State">The state, province or region as written ("WA", "NSW").</param>
/// <param name="PostalCode">The postal code as written ("98109", "SW1A 2AA").</param>
/// <param name="Country">The ISO 3166-1 alpha-2 code ("US"), from an English, French or native name or the code.</param>
public sealed record ParsedAddress(
    string? Label,
    string? HouseNumber,
    string? Street,
    string? City,
    string? State,
    string? PostalCode,
    string? Country)
{
    /// <summary>The address fields to validate or prefill a form with: the label becomes the description (the address's name).</summary>
    public AddressFields ToFields(string companyName) => new(
        companyName,
        Country ?? string.Empty,
        HouseNumber: HouseNumber,
        StreetName: Street,
        City: City,
        StateOrProvince: State,
        PostalCode: PostalCode,
        Description: Label);
}
