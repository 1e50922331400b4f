using ChatPhone.Core.Emergency;
using ChatPhone.Core.Emergency.Parsing;
using ChatPhone.Core.Emergency.Validation;

namespace ChatPhone.UnitTests.Core.Emergency;

/// <summary>Real public places of the step-1 countries, written as people write them, parsed then validated against the gazetteer.</summary>
public sealed class GazetteerAddressTests
{
    private const double MaxDistanceKm = 10;

    // Town halls, stations and landmarks, with the coordinates of the building itself.
    public static TheoryData<string, string, double, double> RealPlaces => new()
    {
        { "US", "Seattle City Hall, 600 4th Ave, Seattle, WA 98104, United States", 47.6036, -122.3294 },
        { "US", "Minneapolis City Hall, 350 S 5th St, Minneapolis, MN 55415, USA", 44.9772, -93.2655 },
        { "CA", "Toronto City Hall, 100 Queen St W, Toronto, ON M5H 2N2, Canada", 43.6534, -79.3841 },
        { "GB", "10 Downing St, London SW1A 2AA, United Kingdom", 51.5034, -0.1276 },
        { "IE", "Connolly Station, Amiens Street, Dublin 1, Ireland", 53.3509, -6.2502 },
        { "FR", "Hôtel de Ville, 1 place de la Comédie, 69001 Lyon, France", 45.7676, 4.8361 },
        { "FR", "Mairie, 2 rue Auber, 92130 Issy-les-Moulineaux, France", 48.8244, 2.2736 },
        { "DE", "Rotes Rathaus, Rathausstraße 15, 10178 Berlin, Deutschland", 52.5186, 13.4081 },
        { "AT", "Wiener Rathaus, Friedrich-Schmidt-Platz 1, 1010 Wien, Österreich", 48.2108, 16.3573 },
        { "CH", "Stadthaus, Stadthausquai 17, 8001 Zürich, Schweiz", 47.3700, 8.5419 },
        { "BE", "Hôtel de Ville, Grand-Place 1, 1000 Bruxelles, Belgique", 50.8467, 4.3519 },
        { "LU", "Hôtel de Ville, Place Guillaume II, L-1648 Luxembourg, Luxembourg", 49.6108, 6.1303 },
        { "NL", "Stadhuis, Amstel 1, 1011 PN Amsterdam, Nederland", 52.3677, 4.9016 },
        { "IT", "Campidoglio, Piazza del Campidoglio 1, 00186 Roma, Italia", 41.8934, 12.4830 },
        { "ES", "Ayuntamiento de Madrid, Plaza de Cibeles 1, 28014 Madrid, España", 40.4189, -3.6920 },
        { "PT", "Câmara Municipal de Lisboa, Praça do Município, 1100-365 Lisboa, Portugal", 38.7078, -9.1396 },
        { "DK", "Københavns Rådhus, Rådhuspladsen 1, 1550 København, Danmark", 55.6757, 12.5692 },
        { "SE", "Stockholms stadshus, Hantverkargatan 1, 112 21 Stockholm, Sverige", 59.3274, 18.0543 },
        { "NO", "Oslo rådhus, Rådhusplassen 1, 0037 Oslo, Norge", 59.9119, 10.7340 },
        { "FI", "Helsingin kaupungintalo, Pohjoisesplanadi 11-13, 00170 Helsinki, Suomi", 60.1680, 24.9524 },
        { "PL", "Ratusz, Plac Bankowy 3/5, 00-950 Warszawa, Polska", 52.2436, 21.0000 },
        { "CZ", "Staroměstská radnice, Staroměstské náměstí 1, 110 00 Praha 1, Česko", 50.0870, 14.4208 },
        { "HU", "Országház, Kossuth Lajos tér 1-3, 1055 Budapest, Hungary", 47.5071, 19.0456 },
        { "GR", "Athens City Hall, Athinas 63, 105 52 Athens, Greece", 37.9794, 23.7255 },
        { "AU", "Sydney Town Hall, 483 George St, Sydney NSW 2000, Australia", -33.8732, 151.2063 },
        { "NZ", "Auckland Town Hall, 301 Queen St, Auckland 1010, New Zealand", -36.8525, 174.7640 },
        { "JP", "Tokyo Metropolitan Government Building, 2-8-1 Nishi-Shinjuku, Shinjuku-ku, Tokyo 163-8001, Japan", 35.6895, 139.6917 },
        { "KR", "Seoul City Hall, 110 Sejong-daero, Jung-gu, Seoul 04524, South Korea", 37.5663, 126.9779 },
        { "SG", "National Gallery Singapore, 1 St Andrew's Rd, Singapore 178957, Singapore", 1.2904, 103.8515 },
        { "MX", "Antiguo Palacio del Ayuntamiento, Plaza de la Constitución 2, 06000 Ciudad de México, México", 19.4319, -99.1330 },
        { "BR", "Edifício Matarazzo, Viaduto do Chá 15, 01002-900 São Paulo, Brasil", -23.5477, -46.6360 },
        { "AR", "Palacio Municipal, Avenida de Mayo 525, C1084AAD Buenos Aires, Argentina", -34.6086, -58.3724 },
        { "ZA", "Cape Town City Hall, Darling Street, Cape Town 8001, South Africa", -33.9253, 18.4239 },
        { "HK", "Hong Kong City Hall, 5 Edinburgh Place, Hong Kong, Hong Kong", 22.2818, 114.1615 },
    };

    [Theory]
    [MemberData(nameof(RealPlaces))]
    public void RealPlace_ParsedAndValidated_HasCoordinatesWithin10KmOfThePlace(string country, string text, double latitude, double longitude)
    {
        var parsed = AddressParser.Default.Parse(text);
        var result = AddressValidator.Default.Validate(parsed.ToFields("Contoso"));

        Assert.Equal(country, parsed.Country);
        Assert.True(result.Status == ValidationStatus.Validated, $"{text}: {string.Join("; ", result.Problems)}");
        Assert.True(Coordinates.TryParse(result.Fields.Latitude, result.Fields.Longitude, out var found), $"{text}: no coordinates");
        var distance = found.DistanceKm(new Coordinates(latitude, longitude));
        Assert.True(distance <= MaxDistanceKm, $"{text}: {distance:0.0} km from the real place");
    }

    [Fact]
    public void RealPlaces_CoverAtLeastTwentyCountries() =>
        Assert.True(RealPlaces.Select(row => (string)row[0]).Distinct().Count() >= 20);

    [Theory]
    [InlineData("FR", "saint-etienne", "Saint-Étienne")]
    [InlineData("FR", "St Etienne", "Saint-Étienne")]
    [InlineData("FR", "ISSY LES MOULINEAUX", "Issy-les-Moulineaux")]
    [InlineData("DE", "Cologne", "Köln")]
    [InlineData("DE", "Muenster", null)]
    [InlineData("US", "St. Louis", "St. Louis")]
    [InlineData("US", "Saint Louis", "St. Louis")]
    [InlineData("AT", "Vienne", "Vienne")]
    public void Validate_CityWrittenAnotherWay_IsFoundInTheGazetteer(string country, string typed, string? expected)
    {
        var result = AddressValidator.Default.Validate(new AddressFields("Contoso", country, "1", StreetName: "Main Street", City: typed,
            StateOrProvince: country == "US" ? "MO" : null, PostalCode: country switch { "US" => "63103", "AT" => "1010", "DE" => "50667", _ => "42000" }));

        if (expected is null)
        {
            Assert.Contains(result.Problems, p => p.Code.StartsWith("emergency.problem.city_unknown", StringComparison.Ordinal));
        }
        else
        {
            Assert.Equal(expected, result.Fields.City);
            Assert.DoesNotContain(result.Problems, p => p.Code.StartsWith("emergency.problem.city", StringComparison.Ordinal));
            Assert.NotNull(result.Fields.Latitude);
        }
    }

    [Fact]
    public void Validate_UnknownCity_IsRefusedWithTheClosestNames_InEnglishAndFrench()
    {
        var result = AddressValidator.Default.Validate(new AddressFields("Contoso", "FR", "1", StreetName: "rue de la Paix", City: "Grenobel", PostalCode: "38000"));

        var problem = Assert.Single(result.Problems, p => p.Code == "emergency.problem.city_unknown_near");
        Assert.Equal(ValidationStatus.Invalid, result.Status);
        Assert.Contains("Grenoble", problem.Args[2], StringComparison.Ordinal);
        Assert.Contains("“Grenobel” is not a place of FR we know. Did you mean Grenoble", problem.Describe(ChatPhone.Core.Common.Language.English), StringComparison.Ordinal);
        Assert.Contains("La ville « Grenobel » est inconnue en FR. Vouliez-vous dire Grenoble", problem.Describe(ChatPhone.Core.Common.Language.French), StringComparison.Ordinal);
    }

    [Fact]
    public void Validate_NameFarFromAnyPlace_IsRefusedWithoutSuggestions()
    {
        var result = AddressValidator.Default.Validate(new AddressFields("Contoso", "ES", "1", StreetName: "Calle Mayor", City: "Qwxzvbnm", PostalCode: "28013"));

        Assert.Contains(AddressNote.Of("emergency.problem.city_unknown", "Qwxzvbnm", "ES"), result.Problems);
    }

    [Fact]
    public void Validate_CityOfAnotherState_IsAProblem()
    {
        var result = AddressValidator.Default.Validate(new AddressFields("Contoso", "US", "1", StreetName: "Main St", City: "Minneapolis", StateOrProvince: "TX", PostalCode: "75201"));

        Assert.Contains(AddressNote.Of("emergency.problem.city_not_in_state", "Minneapolis", "TX"), result.Problems);
    }

    [Fact]
    public void Validate_StepOneCountryWithoutDetailedData_ChecksThePostalFormat()
    {
        var result = AddressValidator.Default.Validate(new AddressFields("Contoso", "NL", "1", StreetName: "Amstel", City: "Amsterdam", PostalCode: "10111"));

        Assert.Contains(AddressNote.Of("emergency.problem.postal_code_format", "10111", "NL"), result.Problems);
    }
}
