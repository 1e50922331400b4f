using ChatPhone.Core.Availability;
using ChatPhone.Core.Emergency.Gazetteer;

namespace ChatPhone.UnitTests.Core.Emergency;

public sealed class PostalFormatsTests
{
    [Theory]
    [InlineData("US", "98109", true)]
    [InlineData("US", "98109-1234", true)]
    [InlineData("US", "9810", false)]
    [InlineData("CA", "m5h2n2", true)]
    [InlineData("CA", "123 456", false)]
    [InlineData("GB", "SW1A 2AA", true)]
    [InlineData("FR", "75001", true)]
    [InlineData("FR", "7500", false)]
    [InlineData("DE", "10117", true)]
    [InlineData("NL", "1011pn", true)]
    [InlineData("NL", "10111", false)]
    [InlineData("PL", "00950", true)]
    [InlineData("PL", "0095", false)]
    [InlineData("PT", "1100-365", true)]
    [InlineData("CZ", "11000", true)]
    [InlineData("SE", "112 21", true)]
    [InlineData("JP", "1638001", true)]
    [InlineData("BR", "01002900", true)]
    [InlineData("LU", "1648", true)]
    [InlineData("LV", "LV-1050", true)]
    [InlineData("IE", "D02 X285", true)]
    [InlineData("AR", "C1084AAD", true)]
    [InlineData("AU", "20000", false)]
    [InlineData("CH", "8001", true)]
    public void IsValid_ChecksTheCountrysFormat(string country, string code, bool valid) =>
        Assert.Equal(valid, PostalFormats.IsValid(country, code));

    [Theory]
    [InlineData("CZ", "11000", "110 00")]
    [InlineData("NL", "1011pn", "1011 PN")]
    [InlineData("PL", "00950", "00-950")]
    [InlineData("LU", "1648", "L-1648")]
    [InlineData("LU", "l-1648", "L-1648")]
    [InlineData("JP", "1638001", "163-8001")]
    [InlineData("IE", "d02x285", "D02 X285")]
    [InlineData("FR", "75001", "75001")]
    public void Canonical_LaysOutACompactCode(string country, string code, string expected) =>
        Assert.Equal(expected, PostalFormats.Canonical(country, code));

    [Fact]
    public void EveryStepOneCountry_HasAFormatOrIsKnownToHaveNone() =>
        Assert.DoesNotContain(AvailabilityCatalog.Default.All, c => !PostalFormats.Knows(c.Iso));

    [Theory]
    [InlineData("HK")]
    [InlineData("AE")]
    [InlineData("IE")]
    public void Required_IsFalseWhereAddressesHaveNoCode(string country) => Assert.False(PostalFormats.Required(country));
}
