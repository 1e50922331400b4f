using ChatPhone.Core.Emergency.Parsing;

namespace ChatPhone.UnitTests.Core.Emergency;

public sealed class AddressParserTests
{
    // text | label | number | street | city | state | postal code | country
    public static TheoryData<string, string?, string?, string?, string?, string?, string?, string?> Addresses => new()
    {
        { "Fabrikam Seattle office, 400 Broad St, Seattle, WA 98109, United States", "Fabrikam Seattle office", "400", "Broad St", "Seattle", "WA", "98109", "US" },
        { "10 rue de Rivoli, 75001 Paris, France", null, "10", "rue de Rivoli", "Paris", null, "75001", "FR" },
        { "Contoso GmbH, Friedrichstraße 43, 10117 Berlin, Deutschland", "Contoso GmbH", "43", "Friedrichstraße", "Berlin", null, "10117", "DE" },
        { "10 Downing St, London SW1A 2AA, UK", null, "10", "Downing St", "London", null, "SW1A 2AA", "GB" },
        { "Toronto City Hall, 100 Queen St W, Toronto, ON M5H 2N2, Canada", "Toronto City Hall", "100", "Queen St W", "Toronto", "ON", "M5H 2N2", "CA" },
        { "Sydney Town Hall, 483 George St, Sydney NSW 2000, Australie", "Sydney Town Hall", "483", "George St", "Sydney", "NSW", "2000", "AU" },
        { "Plaza Mayor, 1, 28012 Madrid, Espagne", null, "1", "Plaza Mayor", "Madrid", null, "28012", "ES" },
        { "Staroměstské náměstí 1, 110 00 Praha 1, Czech Republic", null, "1", "Staroměstské náměstí", "Praha", null, "110 00", "CZ" },
        { "Ratusz, Plac Bankowy 3/5, 00-950 Warszawa, Pologne", "Ratusz", "3/5", "Plac Bankowy", "Warszawa", null, "00-950", "PL" },
        { "Stadhuis, Amstel 1, 1011 PN Amsterdam, Pays-Bas", "Stadhuis", "1", "Amstel", "Amsterdam", null, "1011 PN", "NL" },
        { "Connolly Station, Amiens Street, Dublin 1, Ireland", "Connolly Station", null, "Amiens Street", "Dublin", null, null, "IE" },
        { "2-8-1 Nishi-Shinjuku, Shinjuku-ku, Tokyo 163-8001, JP", null, "2-8-1", "Nishi-Shinjuku", "Tokyo", null, "163-8001", "JP" },
        { "Edifício Matarazzo, Viaduto do Chá 15, 01002-900 São Paulo, Brésil", "Edifício Matarazzo", "15", "Viaduto do Chá", "São Paulo", null, "01002-900", "BR" },
        { "Wiener Rathaus, Friedrich-Schmidt-Platz 1, 1010 Wien, Autriche", "Wiener Rathaus", "1", "Friedrich-Schmidt-Platz", "Wien", null, "1010", "AT" },
        { "Seattle City Hall, 600 4th Ave, Seattle, WA 98104, USA", "Seattle City Hall", "600", "4th Ave", "Seattle", "WA", "98104", "US" },
        { "Hôtel de Ville, Grand-Place 1, 1000 Bruxelles, Belgique", "Hôtel de Ville", "1", "Grand-Place", "Bruxelles", null, "1000", "BE" },
        { "Københavns Rådhus, Rådhuspladsen 1, 1550 København V, Danmark", "Københavns Rådhus", "1", "Rådhuspladsen", "København", null, "1550", "DK" },
        { "Via del Corso 10, 00186 Roma, Italie", null, "10", "Via del Corso", "Roma", null, "00186", "IT" },
        { "our Lyon office: 1 place de la Comédie, 69001 Lyon, France", "our Lyon office", "1", "place de la Comédie", "Lyon", null, "69001", "FR" },
    };

    [Theory]
    [MemberData(nameof(Addresses))]
    public void Parse_OneLineAddress_GivesEachField(string text, string? label, string? number, string? street, string? city, string? state, string? postal, string? country)
    {
        var parsed = AddressParser.Default.Parse(text);

        Assert.Equal(new ParsedAddress(label, number, street, city, state, postal, country), parsed);
    }

    [Fact]
    public void Parse_NoCountryInTheText_UsesTheDefault()
    {
        var parsed = AddressParser.Default.Parse("10 rue de Rivoli, 75001 Paris", "fr");

        Assert.Equal(new ParsedAddress(null, "10", "rue de Rivoli", "Paris", null, "75001", "FR"), parsed);
    }

    [Fact]
    public void Parse_CityStateAndCountry_WithoutStreet_GivesCityAndState() =>
        Assert.Equal(new ParsedAddress(null, null, null, "Toronto", "Ontario", null, "CA"), AddressParser.Default.Parse("Toronto, Ontario, Canada"));

    [Fact]
    public void Parse_CityNamedLikeAState_IsTheCity() =>
        Assert.Equal(
            new ParsedAddress(null, "1600", "Pennsylvania Ave NW", "Washington", "DC", "20500", "US"),
            AddressParser.Default.Parse("1600 Pennsylvania Ave NW, Washington, DC 20500, USA"));

    [Fact]
    public void Parse_CityAndCountryOnly_GivesTheCity() =>
        Assert.Equal(new ParsedAddress(null, null, null, "Lyon", null, null, "FR"), AddressParser.Default.Parse("Lyon, France"));

    [Fact]
    public void ToFields_LabelBecomesTheDescription()
    {
        var fields = AddressParser.Default.Parse("Fabrikam Seattle office, 400 Broad St, Seattle, WA 98109, United States").ToFields("Fabrikam");

        Assert.Equal(("Fabrikam", "US", "400", "Broad St", "Seattle", "WA", "98109", "Fabrikam Seattle office"),
            (fields.CompanyName, fields.Country, fields.HouseNumber, fields.StreetName, fields.City, fields.StateOrProvince, fields.PostalCode, fields.Description));
    }
}
