using ChatPhone.Core.Numbers.Carrier;

namespace ChatPhone.UnitTests.Core.Numbers.Carrier;

public sealed class CarrierSearchTests
{
    [Theory]
    [InlineData("US", null, "Seattle", "US/WA/Seattle"), InlineData("US", "TX", "Dallas", "US/TX/Dallas")]
    [InlineData("US", "Illinois", "chicago", "US/IL/Chicago"), InlineData("CA", null, "Montréal", "CA/QC/Montreal")]
    [InlineData("FR", "île-de-france", null, "FR/IDF/Paris"), InlineData("GB", null, "London", "GB/ENG/London")]
    public void Select_ByCityOrState_FindsThePlace(string country, string? state, string? city, string key)
    {
        var selection = CarrierSearch.Select(country, tollFree: false, new NumberPlace(state, city));

        Assert.Equal([key], selection.Places.Select(p => p.Key));
        Assert.Null(selection.NumberStart);
    }

    [Fact]
    public void Select_ByStateOnly_FindsEveryCityOfTheState()
    {
        var selection = CarrierSearch.Select("US", tollFree: false, new NumberPlace("CA"));

        Assert.Equal(["US/CA/Los Angeles", "US/CA/San Francisco"], selection.Places.Select(p => p.Key));
    }

    [Theory]
    [InlineData("GB", "020", "+4420", "GB/ENG/London"), InlineData("US", "214", "+1214", "US/TX/Dallas"), InlineData("FR", "04 72", "+33472", "FR/ARA/Lyon")]
    public void Select_ByAreaCode_IgnoresTheTrunkZero_AndNarrowsTheNumbers(string country, string area, string start, string key)
    {
        var selection = CarrierSearch.Select(country, tollFree: false, new NumberPlace(AreaCode: area));

        Assert.Equal([key], selection.Places.Select(p => p.Key));
        Assert.Equal(start, selection.NumberStart);
        Assert.All(selection.Stock(_ => 10), n => Assert.StartsWith(start, n.Number));
        Assert.NotEmpty(selection.Stock(_ => 10));
    }

    [Theory]
    [InlineData("1425", "+1425", "US/WA/Redmond"), InlineData("+1206", "+1206", "US/WA/Seattle"), InlineData("312", "+1312", "US/IL/Chicago")]
    public void Select_ByPrefix_AcceptsE164DigitsOrNationalDigits(string prefix, string start, string key)
    {
        var selection = CarrierSearch.Select("US", tollFree: false, new NumberPlace(Prefix: prefix));

        Assert.Equal([key], selection.Places.Select(p => p.Key));
        Assert.Equal(start, selection.NumberStart);
    }

    [Fact]
    public void Select_TollFree_WithoutPlace_TakesEveryTollFreeRange_AndAnAreaCodePicksOne()
    {
        var all = CarrierSearch.Select("US", tollFree: true, new NumberPlace());
        var only800 = CarrierSearch.Select("US", tollFree: true, new NumberPlace(AreaCode: "800"));

        Assert.Equal(["US//Toll Free"], all.Places.Select(p => p.Key));
        Assert.All(only800.Stock(_ => 30), n => Assert.StartsWith("+1800", n.Number));
    }

    [Theory]
    [InlineData("FR", "IDF", "Issy-les-Moulineaux", "FR//Toll Free"), InlineData("GB", null, "London", "GB//Toll Free"), InlineData("US", "WA", "Seattle", "US//Toll Free")]
    public void Select_TollFree_IsNational_ACityOrRegionDoesNotNarrowIt(string country, string? state, string city, string key)
    {
        var selection = CarrierSearch.Select(country, tollFree: true, new NumberPlace(state, city));

        Assert.Equal([key], selection.Places.Select(p => p.Key));
        Assert.NotEmpty(selection.Stock(_ => 5));
    }

    [Theory]
    [InlineData("US", null, "Springfield", null), InlineData("US", null, null, "999"), InlineData("IT", null, "Rome", null), InlineData("US", null, null, null)]
    public void Select_PlaceNotOffered_OrNoPlaceForGeographicNumbers_IsEmpty(string country, string? state, string? city, string? area)
    {
        Assert.Empty(CarrierSearch.Select(country, tollFree: false, new NumberPlace(state, city, area)).Places);
    }

    [Fact]
    public void Stock_InterleavesPlaces_AndHonoursEachPlacesSize()
    {
        var selection = CarrierSearch.Select("US", tollFree: false, new NumberPlace("TX"));

        var stock = selection.Stock(p => p.City == "Dallas" ? 1 : 3).ToArray();

        Assert.Equal(4, stock.Length);
        Assert.Equal(["Dallas", "Houston", "Houston", "Houston"], stock.Select(s => s.Place.City));
    }
}
