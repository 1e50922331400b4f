using ChatPhone.Core.Emergency;
using ChatPhone.Core.Emergency.Validation;

namespace ChatPhone.UnitTests.Core.Emergency;

public sealed class StreetNormaliserTests
{
    [Theory]
    [InlineData("1 St", null, "1st Street", null)]
    [InlineData("1", "St", "1st", "Street")]
    [InlineData("2 Ave", null, "2nd Ave", null)]
    [InlineData("3 Rd", null, "3rd Road", null)]
    [InlineData("3 Ave", null, "3rd Ave", null)]
    [InlineData("42 Street", null, "42nd Street", null)]
    [InlineData("11 Ave", null, "11th Ave", null)]
    [InlineData("21 St", null, "21st Street", null)]
    [InlineData("2st Ave", null, "2nd Ave", null)]
    [InlineData("first street", null, "1st Street", null)]
    [InlineData("Twelfth", "Ave", "12th", "Ave")]
    public void Street_NumberedStreets_BecomeOrdinals(string name, string? suffix, string expectedName, string? expectedSuffix)
    {
        var notes = new List<AddressNote>();

        var (n, s) = StreetNormaliser.Street("US", name, suffix, notes);

        Assert.Equal((expectedName, expectedSuffix), (n, s));
        Assert.Contains(notes, x => x.Code == "emergency.correction.ordinal_street");
    }

    [Fact]
    public void Street_NumberAfterAWord_IsNotAnOrdinal()
    {
        var notes = new List<AddressNote>();

        var (name, _) = StreetNormaliser.Street("US", "Highway 101", null, notes);

        Assert.Equal("Highway 101", name);
        Assert.Empty(notes);
    }

    [Fact]
    public void Street_OutsideEnglishCountries_NoOrdinals()
    {
        var notes = new List<AddressNote>();

        var (name, _) = StreetNormaliser.Street("FR", "Rue 5", null, notes);

        Assert.Equal("Rue 5", name);
    }

    [Theory]
    [InlineData("MAIN st", "Main St")]
    [InlineData("microsoft way", "Microsoft Way")]
    [InlineData("RUE DE RIVOLI", "Rue de Rivoli")]
    [InlineData("NE 36TH st", "NE 36th St")]
    public void Street_ShoutedOrLowerCase_IsTitleCasedAndReported(string name, string expected)
    {
        var notes = new List<AddressNote>();

        var (n, _) = StreetNormaliser.Street("GB", name, null, notes);

        Assert.Equal(expected, n);
        Assert.Equal(AddressNote.Of("emergency.correction.casing", name, expected), Assert.Single(notes));
    }

    [Fact]
    public void Street_MixedCaseWords_AreLeftAlone()
    {
        var notes = new List<AddressNote>();

        var (name, _) = StreetNormaliser.Street("US", "McDonald Rd", null, notes);

        Assert.Equal("McDonald Rd", name);
        Assert.Empty(notes);
    }

    [Theory]
    [InlineData("Main Str.", null, "Main St", null)]
    [InlineData("Park Av", null, "Park Ave", null)]
    [InlineData("Sunset Blvd.", null, "Sunset Blvd", null)]
    [InlineData("Main", "Str", "Main", "St")]
    [InlineData("Ocean", "Pky", "Ocean", "Pkwy")]
    public void Street_SuffixVariants_AreStandardised(string name, string? suffix, string expectedName, string? expectedSuffix)
    {
        var notes = new List<AddressNote>();

        var (n, s) = StreetNormaliser.Street("US", name, suffix, notes);

        Assert.Equal((expectedName, expectedSuffix), (n, s));
        Assert.Equal("emergency.correction.street_suffix", Assert.Single(notes).Code);
    }

    [Theory]
    [InlineData("north", "N")]
    [InlineData("North East", "NE")]
    [InlineData("s.w.", "SW")]
    [InlineData("ne", "NE")]
    public void Directional_SpelledOut_IsAbbreviated(string text, string expected)
    {
        var notes = new List<AddressNote>();

        Assert.Equal(expected, StreetNormaliser.Directional(text, notes));
        Assert.Equal(AddressNote.Of("emergency.correction.directional", text, expected), Assert.Single(notes));
    }

    [Fact]
    public void Directional_AlreadyStandard_NoCorrection()
    {
        var notes = new List<AddressNote>();

        Assert.Equal("NE", StreetNormaliser.Directional("NE", notes));
        Assert.Empty(notes);
    }

    [Theory]
    [InlineData(1, "st")]
    [InlineData(2, "nd")]
    [InlineData(3, "rd")]
    [InlineData(4, "th")]
    [InlineData(11, "th")]
    [InlineData(12, "th")]
    [InlineData(13, "th")]
    [InlineData(22, "nd")]
    [InlineData(101, "st")]
    [InlineData(111, "th")]
    public void OrdinalSuffix_FollowsEnglishRules(long n, string expected) =>
        Assert.Equal(expected, StreetNormaliser.OrdinalSuffix(n));
}
