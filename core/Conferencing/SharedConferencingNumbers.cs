using ChatPhone.Core.Numbers;

namespace ChatPhone.Core.Conferencing;

/// <summary>
/// Microsoft's shared toll numbers, auto-assigned to a bridge when conferencing is enabled in a country
/// (reference step 6: in the US, Chicago, Dallas, Los Angeles and New York City). They are not in the
/// tenant's inventory and cannot be removed. The digits are placeholders in the 555-01xx fictional range.
/// </summary>
public static class SharedConferencingNumbers
{
    private static readonly Dictionary<string, IReadOnlyList<BridgeNumber>> ByCountry = new(StringComparer.OrdinalIgnoreCase)
    {
        ["US"] =
        [
            Shared("+13125550140", "Chicago"),
            Shared("+12145550140", "Dallas"),
            Shared("+12135550140", "Los Angeles"),
            Shared("+12125550140", "New York City"),
        ],
    };

    /// <summary>The shared numbers of <paramref name="country"/> (none for a country without data).</summary>
    public static IReadOnlyList<BridgeNumber> For(string country) =>
        ByCountry.TryGetValue(country, out var numbers) ? numbers : [];

    private static BridgeNumber Shared(string number, string city) => new(number, NumberType.ConferenceToll, Shared: true, city);
}
