using ChatPhone.Core.Availability;
using ChatPhone.Core.Emergency.Gazetteer;

namespace ChatPhone.UnitTests.Core.Emergency;

public sealed class PlaceGazetteerTests
{
    [Fact]
    public void Default_CoversEveryStepOneCountry() =>
        Assert.DoesNotContain(AvailabilityCatalog.Default.All, c => !PlaceGazetteer.Default.Covers(c.Iso));

    [Theory]
    [InlineData("FR", "saint etienne", "Saint-Étienne")]
    [InlineData("FR", "ST-ÉTIENNE", "Saint-Étienne")]
    [InlineData("DE", "koln", "Köln")]
    [InlineData("DE", "München", "Munich")]
    [InlineData("IT", "roma", "Rome")]
    [InlineData("US", "saint paul", "Saint Paul")]
    [InlineData("NL", "Den Haag", "The Hague")]
    public void Find_IgnoresCaseAccentsHyphensAndKnowsOtherNames(string country, string typed, string name) =>
        Assert.Equal(name, PlaceGazetteer.Default.Find(country, typed)[0].Name);

    [Fact]
    public void StoredKeys_AreTheKeysOfTheNames_AsTheLookupFoldsThem()
    {
        var places = AvailabilityCatalog.Default.All.Select(c => PlaceGazetteer.Default.Capital(c.Iso)!)
            .Concat(PlaceGazetteer.Default.Find("FR", "Saint-Étienne")).Concat(PlaceGazetteer.Default.Find("DE", "Köln"));

        Assert.All(places, p => Assert.Equal(p.AllNames.Select(PlaceGazetteer.Key), p.Keys));
    }

    [Fact]
    public void Find_IsPerCountry() => Assert.Empty(PlaceGazetteer.Default.Find("DE", "Lyon"));

    [Fact]
    public void Closest_SuggestsNearNames() => Assert.Contains("Marseille", PlaceGazetteer.Default.Closest("FR", "Marseile"));

    [Fact]
    public void Division_ByAbbreviationOrName()
    {
        Assert.Equal("ON", PlaceGazetteer.Default.Division("CA", "Ontario")!.Abbreviation);
        Assert.Equal("Massachusetts", PlaceGazetteer.Default.Division("US", "MA")!.Name);
    }

    [Fact]
    public void SampleAddresses_NameAPlaceOfTheCountry_ForEveryStepOneCountry()
    {
        foreach (var country in AvailabilityCatalog.Default.All)
        {
            var sample = SampleAddresses.For(country.Iso);
            Assert.False(string.IsNullOrEmpty(sample), country.Iso);
            Assert.DoesNotContain("Springfield", sample, StringComparison.Ordinal);
        }
    }
}
