using System.Collections.Concurrent;
using System.Globalization;
using ChatPhone.Core.Availability;
using ChatPhone.Core.Numbers;
using ChatPhone.Core.Numbers.Carrier;
using PhoneNumbers;

namespace ChatPhone.Core.Conferencing;

/// <summary>
/// Microsoft's shared toll numbers, auto-assigned to a bridge when conferencing is enabled in a country
/// (reference step 6: in the US, Chicago, Dallas, Los Angeles and New York City; every other country's
/// cities come from the availability catalog's <c>autoAssignedSharedNumbers</c>). They are not in the
/// tenant's inventory and cannot be removed. The digits are placeholders: the US ones in the 555-01xx
/// fictional range, the others a valid number of the city's area code (or of the country) ending in 4x.
/// </summary>
public static class SharedConferencingNumbers
{
    private static readonly PhoneNumberUtil Util = PhoneNumberUtil.GetInstance();

    private static readonly Dictionary<string, IReadOnlyList<BridgeNumber>> Fixed = new(StringComparer.OrdinalIgnoreCase)
    {
        ["US"] =
        [
            Shared("+13125550140", "Chicago"),
            Shared("+12145550140", "Dallas"),
            Shared("+12135550140", "Los Angeles"),
            Shared("+12125550140", "New York City"),
        ],
    };

    private static readonly ConcurrentDictionary<string, IReadOnlyList<BridgeNumber>> Generated = new(StringComparer.OrdinalIgnoreCase);

    /// <summary>The shared numbers of <paramref name="country"/> (none for a country without Audio Conferencing data).</summary>
    public static IReadOnlyList<BridgeNumber> For(string country) =>
        Fixed.TryGetValue(country, out var numbers) ? numbers : Generated.GetOrAdd(country.ToUpperInvariant(), Generate);

    private static IReadOnlyList<BridgeNumber> Generate(string country)
    {
        if (AvailabilityCatalog.Default.Get(country) is not { IsSuccess: true } known || !known.Value.AudioConferencing.Purchasable)
        {
            return [];
        }

        var numbers = new List<BridgeNumber>();
        var cities = known.Value.AudioConferencing.AutoAssignedSharedNumbers;
        for (var i = 0; i < cities.Count; i++)
        {
            if (Placeholder(country, cities[i], 40 + i) is { } number && numbers.All(n => n.Number != number))
            {
                numbers.Add(Shared(number, cities[i]));
            }
        }

        return numbers;
    }

    // A valid fixed-line number of the city's carrier area code when the carrier stocks the city, else of the country's
    // example number, with its last two digits set to the given ending.
    private static string? Placeholder(string country, string city, int ending)
    {
        var place = CarrierCatalog.In(country).FirstOrDefault(p => !p.IsTollFree && p.City.Equals(city, StringComparison.OrdinalIgnoreCase));
        var suffix = ending.ToString("D2", CultureInfo.InvariantCulture);
        if (place is { Ranges: [var range, ..] } && range.Length > range.Prefix.Length + suffix.Length
            && Valid(country, range.Prefix + new string('0', range.Length - range.Prefix.Length - suffix.Length) + suffix) is { } local)
        {
            return local;
        }

        if (Util.GetExampleNumberForType(country, PhoneNumberType.FIXED_LINE) is not { } example)
        {
            return null;
        }

        var national = Util.GetNationalSignificantNumber(example);
        return national.Length > suffix.Length ? Valid(country, national[..^suffix.Length] + suffix) : null;
    }

    private static string? Valid(string country, string national)
    {
        try
        {
            var number = Util.Parse("+" + Util.GetCountryCodeForRegion(country).ToString(CultureInfo.InvariantCulture) + national, country);
            return Util.IsValidNumberForRegion(number, country) ? Util.Format(number, PhoneNumberFormat.E164) : null;
        }
        catch (NumberParseException)
        {
            return null;
        }
    }

    private static BridgeNumber Shared(string number, string city) => new(number, NumberType.ConferenceToll, Shared: true, city);
}
