using System.Collections.Frozen;
using ChatPhone.Core.Availability;

namespace ChatPhone.Core.Emergency.Gazetteer;

/// <summary>
/// One real public address per country (a town hall, a station, a landmark), written the way that country writes
/// addresses: the example the bot gives when it asks for an address in that country. A country without one gets its
/// capital ("Asunción, Paraguay"); no country gets the US example.
/// </summary>
public static class SampleAddresses
{
    private static readonly FrozenDictionary<string, string> Samples = new Dictionary<string, string>(StringComparer.Ordinal)
    {
        ["US"] = "Seattle City Hall, 600 4th Ave, Seattle, WA 98104, United States",
        ["CA"] = "Toronto City Hall, 100 Queen St W, Toronto, ON M5H 2N2, Canada",
        ["GB"] = "10 Downing St, London SW1A 2AA, United Kingdom",
        ["IE"] = "Connolly Station, Amiens Street, Dublin 1, Ireland",
        ["FR"] = "Hôtel de Ville, 1 place de la Comédie, 69001 Lyon, France",
        ["DE"] = "Rotes Rathaus, Rathausstraße 15, 10178 Berlin, Deutschland",
        ["AT"] = "Wiener Rathaus, Friedrich-Schmidt-Platz 1, 1010 Wien, Österreich",
        ["CH"] = "Stadthaus, Stadthausquai 17, 8001 Zürich, Schweiz",
        ["BE"] = "Hôtel de Ville, Grand-Place 1, 1000 Bruxelles, Belgique",
        ["LU"] = "Hôtel de Ville, Place Guillaume II, L-1648 Luxembourg, Luxembourg",
        ["NL"] = "Stadhuis, Amstel 1, 1011 PN Amsterdam, Nederland",
        ["IT"] = "Campidoglio, Piazza del Campidoglio 1, 00186 Roma, Italia",
        ["ES"] = "Ayuntamiento de Madrid, Plaza de Cibeles 1, 28014 Madrid, España",
        ["PT"] = "Câmara Municipal de Lisboa, Praça do Município, 1100-365 Lisboa, Portugal",
        ["DK"] = "Københavns Rådhus, Rådhuspladsen 1, 1550 København, Danmark",
        ["SE"] = "Stockholms stadshus, Hantverkargatan 1, 112 21 Stockholm, Sverige",
        ["NO"] = "Oslo rådhus, Rådhusplassen 1, 0037 Oslo, Norge",
        ["FI"] = "Helsingin kaupungintalo, Pohjoisesplanadi 11-13, 00170 Helsinki, Suomi",
        ["PL"] = "Ratusz, Plac Bankowy 3/5, 00-950 Warszawa, Polska",
        ["CZ"] = "Staroměstská radnice, Staroměstské náměstí 1, 110 00 Praha 1, Česko",
        ["HU"] = "Országház, Kossuth Lajos tér 1-3, 1055 Budapest, Hungary",
        ["GR"] = "Athens City Hall, Athinas 63, 105 52 Athens, Greece",
        ["AU"] = "Sydney Town Hall, 483 George St, Sydney NSW 2000, Australia",
        ["NZ"] = "Auckland Town Hall, 301 Queen St, Auckland 1010, New Zealand",
        ["JP"] = "Tokyo Metropolitan Government Building, 2-8-1 Nishi-Shinjuku, Shinjuku-ku, Tokyo 163-8001, Japan",
        ["KR"] = "Seoul City Hall, 110 Sejong-daero, Jung-gu, Seoul 04524, South Korea",
        ["SG"] = "National Gallery Singapore, 1 St Andrew's Rd, Singapore 178957, Singapore",
        ["MX"] = "Antiguo Palacio del Ayuntamiento, Plaza de la Constitución 2, 06000 Ciudad de México, México",
        ["BR"] = "Edifício Matarazzo, Viaduto do Chá 15, 01002-900 São Paulo, Brasil",
        ["AR"] = "Palacio Municipal, Avenida de Mayo 525, C1084AAD Buenos Aires, Argentina",
        ["ZA"] = "Cape Town City Hall, Darling Street, Cape Town 8001, South Africa",
        ["IN"] = "Chhatrapati Shivaji Maharaj Terminus, Dr Dadabhai Naoroji Rd, Mumbai 400001, India",
        ["HK"] = "Hong Kong City Hall, 5 Edinburgh Place, Hong Kong, Hong Kong",
        ["AE"] = "Dubai Municipality, Baniyas Road, Dubai, United Arab Emirates",
    }.ToFrozenDictionary(StringComparer.Ordinal);

    /// <summary>The countries with a written-out sample.</summary>
    public static IEnumerable<string> Countries => Samples.Keys;

    /// <summary>
    /// A sample address of <paramref name="country"/> (ISO code) on one line, or null when the country is unknown;
    /// <paramref name="french"/> names the country in French when the sample is only its capital.
    /// </summary>
    public static string? For(string? country, bool french = false)
    {
        var iso = country?.Trim().ToUpperInvariant() ?? string.Empty;
        if (Samples.TryGetValue(iso, out var sample))
        {
            return sample;
        }

        var known = AvailabilityCatalog.Default.Get(iso);
        if (!known.IsSuccess || PlaceGazetteer.Default.Capital(iso) is not { } capital)
        {
            return null;
        }

        return $"{capital.Name}, {(french ? known.Value.FrenchName : known.Value.EnglishName)}";
    }
}
