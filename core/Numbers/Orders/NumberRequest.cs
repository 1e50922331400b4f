namespace ChatPhone.Core.Numbers.Orders;

/// <summary>
/// A manual request for numbers the carrier does not offer (reference step 3b), stored in
/// <c>number-requests</c> by id. The status lifecycle after submission is not documented.
/// </summary>
/// <param name="Id">Request id (derived from the idempotency key).</param>
/// <param name="Country">ISO 3166-1 alpha-2 country.</param>
/// <param name="Type">The number type wanted.</param>
/// <param name="Quantity">How many.</param>
/// <param name="Notes">What the admin told the service desk.</param>
/// <param name="FormVersion">The request form used.</param>
/// <param name="SubmittedTo">Where the form goes.</param>
/// <param name="Status">Submitted.</param>
/// <param name="CreatedAt">When it was submitted.</param>
/// <param name="CreatedBy">Who submitted it (user id).</param>
public sealed record NumberRequest(
    string Id,
    string Country,
    NumberType Type,
    int Quantity,
    string? Notes,
    string FormVersion,
    string SubmittedTo,
    NumberRequestStatus Status,
    DateTimeOffset CreatedAt,
    string CreatedBy)
{
    /// <summary>Version of the stored document shape.</summary>
    public const int SchemaVersion = 1;
}

/// <summary>Manual request statuses.</summary>
public enum NumberRequestStatus
{
    /// <summary>Sent to the service desk.</summary>
    Submitted,
}

/// <summary>The request forms (reference step 3b).</summary>
public static class NumberRequestForms
{
    /// <summary>The service-number form for the US.</summary>
    public const string UsServiceAddress = "ptn@microsoft.com";

    /// <summary>The service-number form for every other country.</summary>
    public const string NonUsServiceAddress = "ptneu@microsoft.com";

    /// <summary>The form version this build fills in.</summary>
    public const string Version = "2018.1";

    // Countries with a user-number request form; Puerto Rico shares the US form.
    private static readonly Dictionary<string, string> UserForms = new(StringComparer.OrdinalIgnoreCase)
    {
        ["BE"] = "Belgium", ["CA"] = "Canada", ["FR"] = "France", ["DE"] = "Germany", ["IE"] = "Ireland",
        ["NL"] = "Netherlands", ["ES"] = "Spain", ["GB"] = "United Kingdom", ["US"] = "US and Puerto Rico", ["PR"] = "US and Puerto Rico",
    };

    /// <summary>Where a request for <paramref name="type"/> numbers in <paramref name="country"/> goes; null when no form exists.</summary>
    public static string? Destination(string country, NumberType type) =>
        type.IsService()
            ? country.Equals("US", StringComparison.OrdinalIgnoreCase) ? UsServiceAddress : NonUsServiceAddress
            : UserForms.TryGetValue(country, out var name) ? $"New user numbers request form ({name})" : null;
}
