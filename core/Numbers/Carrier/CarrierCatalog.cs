using PhoneNumbers;

namespace ChatPhone.Core.Numbers.Carrier;

/// <summary>The places the simulated carrier offers (parsed once from <see cref="CarrierData"/>).</summary>
public static class CarrierCatalog
{
    private static readonly Lazy<IReadOnlyList<CarrierPlace>> Parsed = new(Parse);

    /// <summary>Every place, in data order.</summary>
    public static IReadOnlyList<CarrierPlace> Places => Parsed.Value;

    /// <summary>True when the carrier sells numbers in <paramref name="country"/>.</summary>
    public static bool Offers(string country) => Places.Any(p => p.Country.Equals(country, StringComparison.OrdinalIgnoreCase));

    /// <summary>The places of one country.</summary>
    public static IEnumerable<CarrierPlace> In(string country) =>
        Places.Where(p => p.Country.Equals(country, StringComparison.OrdinalIgnoreCase));

    private static IReadOnlyList<CarrierPlace> Parse()
    {
        var util = PhoneNumberUtil.GetInstance();
        var places = new List<CarrierPlace>();
        foreach (var line in CarrierData.Places.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
        {
            var fields = line.Split('|');
            var country = fields[0];
            var countryCode = util.GetCountryCodeForRegion(country);
            var ranges = fields[4].Split(' ', StringSplitOptions.RemoveEmptyEntries)
                .Select(p => p.Split('/'))
                .Select(p => new CarrierRange(countryCode, p[0], p.Length > 1 ? int.Parse(p[1], System.Globalization.CultureInfo.InvariantCulture) : CarrierData.NationalLength[country]))
                .ToArray();
            places.Add(new CarrierPlace(country, Empty(fields[1]), Empty(fields[2]), fields[3], ranges));
        }

        return places;
    }

    private static string? Empty(string value) => value.Length == 0 ? null : value;
}
