namespace ChatPhone.Core.Numbers;

/// <summary>When a number needs an emergency address (reference 5d).</summary>
public static class EmergencyRules
{
    private static readonly HashSet<string> Emea = new(StringComparer.OrdinalIgnoreCase)
    {
        "AT", "BE", "BG", "CH", "CY", "CZ", "DE", "DK", "EE", "ES", "FI", "FR", "GB", "GR", "HR", "HU", "IE", "IS",
        "IT", "LI", "LT", "LU", "LV", "MT", "NL", "NO", "PL", "PT", "RO", "SE", "SI", "SK", "AE", "IL", "SA", "ZA",
    };

    /// <summary>True for countries of Europe, the Middle East and Africa.</summary>
    public static bool IsEmea(string country) => Emea.Contains(country);

    /// <summary>
    /// True when a search must name a civic address: US user numbers (RequiresCivicAddress) and EMEA user
    /// numbers, which get their emergency address when they are acquired.
    /// </summary>
    public static bool AddressRequiredAtSearch(string country, NumberType type) =>
        !type.IsService() && (IsUs(country) || IsEmea(country));

    /// <summary>True when the number takes its emergency location at acquisition (EMEA user numbers); the address must be validated.</summary>
    public static bool LocationAtAcquisition(string country, NumberType type) => !type.IsService() && IsEmea(country);

    /// <summary>True when assigning the number to a user needs a validated emergency location (US).</summary>
    public static bool ValidatedLocationAtAssignment(string country) => IsUs(country);

    private static bool IsUs(string country) => country.Equals("US", StringComparison.OrdinalIgnoreCase);
}
