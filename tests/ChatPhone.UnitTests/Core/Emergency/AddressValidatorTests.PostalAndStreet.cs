using ChatPhone.Core.Emergency;
using ChatPhone.Core.Emergency.Validation;

namespace ChatPhone.UnitTests.Core.Emergency;

/// <summary>Postal codes, house numbers and streets: their shapes per country, and what is corrected or refused.</summary>
public sealed partial class AddressValidatorTests
{
    [Theory]
    [InlineData("9805")]
    [InlineData("980521")]
    [InlineData("ABCDE")]
    public void Validate_UsPostalCodeOfWrongShape_IsInvalid(string postal)
    {
        var result = Validate(Redmond with { PostalCode = postal });

        Assert.Contains(AddressNote.Of("emergency.problem.postal_code_format", postal, "US"), result.Problems);
    }

    [Fact]
    public void Validate_ZipPlusFour_IsAccepted()
    {
        Assert.Equal(ValidationStatus.Validated, Validate(Redmond with { PostalCode = "98052-6399" }).Status);
    }

    [Fact]
    public void Validate_PostalCodeOfAnotherCity_IsInvalid()
    {
        var result = Validate(Redmond with { PostalCode = "98101" });

        Assert.Contains(AddressNote.Of("emergency.problem.postal_code_city_mismatch", "98101", "Redmond"), result.Problems);
    }

    [Fact]
    public void Validate_PostalCodeOutsideTheStateOfAnUnknownCity_IsInvalidForBothReasons()
    {
        var result = Validate(Redmond with { City = "Gotham", PostalCode = "75201" });

        Assert.Contains(AddressNote.Of("emergency.problem.postal_code_state_mismatch", "75201", "WA"), result.Problems);
    }

    [Fact]
    public void Validate_MissingPostalCode_IsInvalid()
    {
        Assert.Contains(AddressNote.Of("emergency.problem.postal_code_missing"), Validate(Redmond with { PostalCode = null }).Problems);
    }

    [Theory]
    [InlineData("CA", "k1a0b1", "K1A 0B1", "Ottawa", "ON")]
    [InlineData("GB", "sw1a1aa", "SW1A 1AA", "London", null)]
    [InlineData("JP", "1000001", "100-0001", "Chiyoda", "Tokyo")]
    public void Validate_PostalCode_IsFormattedTheCountrysWay(string country, string typed, string expected, string city, string? state)
    {
        var result = Validate(new AddressFields("Contoso", country, "1", StreetName: "Main St", City: city, StateOrProvince: state, PostalCode: typed));

        Assert.Equal(expected, result.Fields.PostalCode);
        Assert.Contains(AddressNote.Of("emergency.correction.postal_code_formatted", typed, expected), result.Corrections);
        Assert.Equal(ValidationStatus.Validated, result.Status);
    }

    [Fact]
    public void Validate_UkPostcodeAreaOfAnotherCity_IsInvalid()
    {
        var result = Validate(new AddressFields("Contoso", "GB", "2", StreetName: "Kingdom St", City: "London", PostalCode: "M1 1AE"));

        Assert.Contains(AddressNote.Of("emergency.problem.postal_code_city_mismatch", "M1 1AE", "London"), result.Problems);
    }

    [Theory]
    [InlineData("425A", "425", "A")]
    [InlineData("12 b", "12", "B")]
    public void Validate_HouseNumberWithALetter_IsSplitIntoNumberAndSuffix(string typed, string number, string suffix)
    {
        var result = Validate(Redmond with { HouseNumber = typed });

        Assert.Equal((number, suffix), (result.Fields.HouseNumber, result.Fields.HouseNumberSuffix));
        Assert.Contains(AddressNote.Of("emergency.correction.house_number_suffix", typed, number, suffix), result.Corrections);
    }

    [Theory]
    [InlineData("one")]
    [InlineData("12AB")]
    public void Validate_HouseNumberOfWrongShape_IsInvalid(string typed)
    {
        Assert.Contains(AddressNote.Of("emergency.problem.house_number_format", typed), Validate(Redmond with { HouseNumber = typed }).Problems);
    }

    [Fact]
    public void Validate_JapaneseBlockNumber_IsAccepted()
    {
        var result = Validate(new AddressFields("Contoso", "JP", "2-11-1", StreetName: "Nagatacho", City: "Chiyoda", PostalCode: "100-0014"));

        Assert.Equal(ValidationStatus.Validated, result.Status);
    }

    [Fact]
    public void Validate_MissingHouseNumberAndStreetInTheUs_AreProblems()
    {
        var result = Validate(Redmond with { HouseNumber = null, StreetName = null });

        Assert.Contains(AddressNote.Of("emergency.problem.house_number_missing"), result.Problems);
        Assert.Contains(AddressNote.Of("emergency.problem.street_missing"), result.Problems);
    }

    [Fact]
    public void Validate_ExtraSpaces_AreTrimmedAndReported()
    {
        var result = Validate(Redmond with { StreetName = "  Microsoft   Way ", CompanyName = "Contoso " });

        Assert.Equal("Microsoft Way", result.Fields.StreetName);
        Assert.Equal("Contoso", result.Fields.CompanyName);
        Assert.Contains(AddressNote.Of("emergency.correction.trimmed", "StreetName"), result.Corrections);
        Assert.Contains(AddressNote.Of("emergency.correction.trimmed", "CompanyName"), result.Corrections);
    }

    [Fact]
    public void Validate_StreetCorrections_AreAppliedAndReportedInOrder()
    {
        var result = Validate(Redmond with { StreetName = "first street" });

        Assert.Equal("1st Street", result.Fields.StreetName);
        Assert.Equal(["emergency.correction.ordinal_street", "emergency.correction.casing"], result.Corrections.Select(c => c.Code));
    }
}
