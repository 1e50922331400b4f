using System.Globalization;
using System.Text.RegularExpressions;
using ChatPhone.Core.Common;
using ChatPhone.Core.Emergency.Validation;
using ChatPhone.UnitTests.Repository;

namespace ChatPhone.UnitTests.Core.Emergency;

public sealed class KnownPlacesTests
{
    [Fact]
    public void Data_CoversTheRequiredCountries()
    {
        Assert.Superset(new HashSet<string> { "US", "CA", "GB", "FR", "DE", "AU", "JP" }, KnownPlaces.Default.Countries.ToHashSet());
    }

    [Theory]
    [InlineData("WA", "Washington")]
    [InlineData("TX", "Texas")]
    [InlineData("IL", "Illinois")]
    [InlineData("NY", "New York")]
    [InlineData("CA", "California")]
    [InlineData("MA", "Massachusetts")]
    [InlineData("FL", "Florida")]
    public void Data_UsStates_MapNamesToAbbreviations(string code, string name)
    {
        Assert.Equal(code, KnownPlaces.Default.Country("US")!.FindState(name)!.Code);
    }

    [Theory]
    [InlineData("Redmond", "WA")]
    [InlineData("Seattle", "WA")]
    [InlineData("Dallas", "TX")]
    [InlineData("Springfield", "IL")]
    [InlineData("Chicago", "IL")]
    [InlineData("New York", "NY")]
    [InlineData("Los Angeles", "CA")]
    [InlineData("San Francisco", "CA")]
    [InlineData("Boston", "MA")]
    [InlineData("Miami", "FL")]
    public void Data_UsCities_AreInTheirState(string city, string state)
    {
        Assert.Contains(KnownPlaces.Default.Country("US")!.Cities, c => c.Name == city && c.State == state);
    }

    [Fact]
    public void Data_EveryCity_IsConsistent()
    {
        foreach (var code in KnownPlaces.Default.Countries)
        {
            var country = KnownPlaces.Default.Country(code)!;
            _ = new Regex(country.PostalPattern);
            Assert.Equal(country.StateRequired, country.States.Count > 0 && country.StateRequired);
            foreach (var city in country.Cities)
            {
                Assert.InRange(city.Latitude, -90, 90);
                Assert.InRange(city.Longitude, -180, 180);
                Assert.NotEmpty(city.PostalPrefixes);
                if (city.State is not null)
                {
                    var state = country.FindState(city.State);
                    Assert.True(state is not null, $"{code} {city.Name}: unknown state {city.State}");
                    Assert.True(city.PostalPrefixes.All(p => state!.PostalPrefixes.Count == 0 || state.PostalPrefixes.Any(s => p.StartsWith(s, StringComparison.Ordinal) || s.StartsWith(p, StringComparison.Ordinal))),
                        $"{code} {city.Name}: postal prefixes outside {city.State}");
                }
            }
        }
    }

    [Fact]
    public void EveryNoteCode_HasEnglishAndFrenchMessages()
    {
        var names = Error.Messages.Names(CultureInfo.InvariantCulture);
        var source = File.ReadAllText(Path.Combine(RepositoryFiles.Root, "core/Emergency/Validation/AddressValidator.cs"))
            + File.ReadAllText(Path.Combine(RepositoryFiles.Root, "core/Emergency/Validation/AddressValidator.Places.cs"))
            + File.ReadAllText(Path.Combine(RepositoryFiles.Root, "core/Emergency/Validation/AddressValidator.Gazetteer.cs"))
            + File.ReadAllText(Path.Combine(RepositoryFiles.Root, "core/Emergency/Validation/StreetNormaliser.cs"))
            + File.ReadAllText(Path.Combine(RepositoryFiles.Root, "core/Emergency/Validation/AddressValidation.cs"));
        var codes = Regex.Matches(source, "\"(emergency\\.(correction|problem|next)\\.[a-z_]+)\"").Select(m => m.Groups[1].Value).Distinct().ToArray();

        Assert.True(codes.Length >= 20);
        Assert.All(codes, c => Assert.Contains(Error.ResourceName(c), names));
        Assert.All(codes, c => Assert.NotEqual(
            Error.Messages.Find(CultureInfo.GetCultureInfo("en"), Error.ResourceName(c), "a", "b", "c"),
            Error.Messages.Find(CultureInfo.GetCultureInfo("fr"), Error.ResourceName(c), "a", "b", "c")));
    }

    [Theory]
    [InlineData("  Montréal ", "montreal")]
    [InlineData("Frankfurt-am-Main", "frankfurt am main")]
    [InlineData("St. Louis", "st louis")]
    public void Key_IgnoresCaseAccentsDashesAndDots(string text, string expected) => Assert.Equal(expected, KnownPlaces.Key(text));
}
