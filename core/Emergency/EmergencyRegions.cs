namespace ChatPhone.Core.Emergency;

/// <summary>Country rules of the Emergency area (reference step 5a and 5d).</summary>
public static class EmergencyRegions
{
    /// <summary>Countries where Set-CsOnlineLisCivicAddress may edit an address.</summary>
    public static readonly IReadOnlySet<string> EditableCountries = new HashSet<string>(StringComparer.OrdinalIgnoreCase)
    {
        "AU", "BR", "CA", "HR", "CZ", "EE", "HK", "HU", "IL", "JP", "LV", "LT", "MX", "NZ", "PL", "PR", "RO", "SG", "KR", "SI", "ZA", "US",
    };

    /// <summary>Europe, Middle East and Africa: numbers there need an emergency address when acquired or ported in.</summary>
    private static readonly HashSet<string> Emea = new(StringComparer.OrdinalIgnoreCase)
    {
        "AT", "BE", "BG", "CH", "CY", "CZ", "DE", "DK", "EE", "ES", "FI", "FR", "GB", "GR", "HR", "HU", "IE", "IS", "IT",
        "LI", "LT", "LU", "LV", "MT", "NL", "NO", "PL", "PT", "RO", "SE", "SI", "SK", "RS", "UA", "TR",
        "AE", "BH", "IL", "JO", "KW", "LB", "OM", "QA", "SA",
        "EG", "KE", "MA", "NG", "ZA",
    };

    /// <summary>True when latitude and longitude may be omitted (Australia and Japan).</summary>
    public static bool CoordinatesOptional(string country) =>
        country.Equals("AU", StringComparison.OrdinalIgnoreCase) || country.Equals("JP", StringComparison.OrdinalIgnoreCase);

    /// <summary>True when an address of <paramref name="country"/> may still be edited (before validation).</summary>
    public static bool IsEditable(string country) => EditableCountries.Contains(country);

    /// <summary>True for a country in Europe, the Middle East or Africa.</summary>
    public static bool IsEmea(string country) => Emea.Contains(country);
}
