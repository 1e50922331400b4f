using ChatPhone.Core.Numbers;
using ChatPhone.Core.Numbers.Carrier;
using PhoneNumbers;

namespace ChatPhone.UnitTests.Core.Numbers.Carrier;

public sealed class CarrierCatalogTests
{
    private const int N = 40;
    private static readonly PhoneNumberUtil Util = PhoneNumberUtil.GetInstance();

    public static TheoryData<string> PlaceKeys()
    {
        var data = new TheoryData<string>();
        foreach (var place in CarrierCatalog.Places)
        {
            data.Add(place.Key);
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(PlaceKeys))]
    public void FirstNumbers_OfEveryPlace_AreValidNumbersOfTheCountryAndKind(string key)
    {
        var place = CarrierCatalog.Places.Single(p => p.Key == key);

        var numbers = NumberGenerator.Sequence(place).Take(N).ToArray();

        Assert.Equal(N, numbers.Length);
        Assert.Equal(N, numbers.Distinct().Count());
        foreach (var number in numbers)
        {
            var parsed = E164Number.TryParse(number);
            Assert.True(parsed.IsSuccess, $"{key}: {number} is refused by E164Number.TryParse");
            Assert.Equal(number, parsed.Value.Value);
            var phone = Util.Parse(number, null);
            Assert.True(Util.IsValidNumberForRegion(phone, place.Country), $"{key}: {number} is not a number of {place.Country}");
            var type = Util.GetNumberType(phone);
            if (place.IsTollFree)
            {
                Assert.Equal(PhoneNumberType.TOLL_FREE, type);
            }
            else
            {
                Assert.Equal(place.Country, parsed.Value.Region);
                Assert.Contains(type, new[] { PhoneNumberType.FIXED_LINE, PhoneNumberType.FIXED_LINE_OR_MOBILE });
            }

            Assert.Contains(place.Ranges, r => number.StartsWith("+" + r.E164Prefix, StringComparison.Ordinal));
        }
    }

    [Theory]
    [MemberData(nameof(PlaceKeys))]
    public void EveryRange_IsARealAreaPrefix_MostOfItsNumbersAreValid(string key)
    {
        // A made-up prefix would yield few or no valid numbers; a real area code yields mostly valid ones.
        var place = CarrierCatalog.Places.Single(p => p.Key == key);
        foreach (var range in place.Ranges)
        {
            var single = place with { Ranges = [range] };
            var valid = NumberGenerator.Sequence(single).Take(N).Count();
            Assert.Equal(N, valid);
        }
    }

    [Fact]
    public void Sequence_IsDeterministic_AndPlacesDiffer()
    {
        var seattle = CarrierCatalog.Places.Single(p => p.Key == "US/WA/Seattle");
        var dallas = CarrierCatalog.Places.Single(p => p.Key == "US/TX/Dallas");

        var first = NumberGenerator.Sequence(seattle).Take(20).ToArray();
        var again = NumberGenerator.Sequence(seattle).Take(20).ToArray();

        Assert.Equal(first, again);
        Assert.All(first, n => Assert.StartsWith("+1206", n));
        Assert.Empty(first.Intersect(NumberGenerator.Sequence(dallas).Take(20)));
    }

    [Theory]
    [InlineData("US", "WA", "Seattle"), InlineData("US", "TX", "Dallas"), InlineData("US", "IL", "Chicago")]
    [InlineData("US", "NY", "New York City"), InlineData("US", "CA", "Los Angeles"), InlineData("US", "CA", "San Francisco")]
    [InlineData("GB", null, "London"), InlineData("GB", null, "Manchester"), InlineData("FR", null, "Paris"), InlineData("FR", null, "Lyon")]
    [InlineData("CA", null, "Toronto"), InlineData("DE", null, "Berlin"), InlineData("ES", null, "Madrid"), InlineData("NL", null, "Amsterdam")]
    [InlineData("IE", null, "Dublin"), InlineData("BE", null, "Brussels"), InlineData("AU", null, "Sydney"), InlineData("JP", null, "Tokyo")]
    public void RequiredPlaces_AreOffered(string country, string? state, string city)
    {
        Assert.Contains(CarrierCatalog.Places, p => p.Country == country && p.City == city && (state is null || p.Subdivision == state));
    }

    [Theory]
    [InlineData("US", "800 833 844 855 866 877 888"), InlineData("GB", "800"), InlineData("FR", "800"), InlineData("CA", "844")]
    public void TollFreeRanges_AreOffered(string country, string prefixes)
    {
        var tollFree = CarrierCatalog.In(country).Single(p => p.IsTollFree);

        Assert.All(prefixes.Split(' '), p => Assert.Contains(tollFree.Ranges, r => r.Prefix == p));
    }
}
