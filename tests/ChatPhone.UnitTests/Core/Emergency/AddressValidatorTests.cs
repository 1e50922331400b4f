using ChatPhone.Core.Emergency;
using ChatPhone.Core.Emergency.Validation;

namespace ChatPhone.UnitTests.Core.Emergency;

public sealed class AddressValidatorTests
{
    private static readonly AddressFields Redmond = new(
        "Contoso", "US", HouseNumber: "1", StreetName: "Microsoft Way", City: "Redmond", StateOrProvince: "WA",
        PostalCode: "98052", Latitude: "47.64", Longitude: "-122.13");

    private static AddressValidation Validate(AddressFields fields) => AddressValidator.Default.Validate(fields);

    [Fact]
    public void Validate_CorrectUsAddress_IsValidatedWithoutCorrections()
    {
        var result = Validate(Redmond);

        Assert.Equal(ValidationStatus.Validated, result.Status);
        Assert.Empty(result.Corrections);
        Assert.Empty(result.Problems);
    }

    [Theory]
    [InlineData("Washington", "WA")]
    [InlineData("washington", "WA")]
    public void Validate_StateFullName_IsAbbreviatedAndReported(string state, string expected)
    {
        var result = Validate(Redmond with { StateOrProvince = state });

        Assert.Equal(ValidationStatus.Validated, result.Status);
        Assert.Equal(expected, result.Fields.StateOrProvince);
        Assert.Contains(AddressNote.Of("emergency.correction.state_abbreviated", state, expected), result.Corrections);
    }

    [Fact]
    public void Validate_IllinoisLowerCase_BecomesIL()
    {
        var result = Validate(new AddressFields("Contoso", "US", "200", StreetName: "E Monroe St", City: "Springfield", StateOrProvince: "illinois",
            PostalCode: "62701", Latitude: "39.80", Longitude: "-89.64"));

        Assert.Equal(ValidationStatus.Validated, result.Status);
        Assert.Equal("IL", result.Fields.StateOrProvince);
        Assert.Contains(AddressNote.Of("emergency.correction.state_abbreviated", "illinois", "IL"), result.Corrections);
    }

    [Fact]
    public void Validate_StateAbbreviationInLowerCase_IsACasingCorrection()
    {
        var result = Validate(Redmond with { StateOrProvince = "wa" });

        Assert.Contains(AddressNote.Of("emergency.correction.casing", "wa", "WA"), result.Corrections);
    }

    [Fact]
    public void Validate_UnknownState_IsInvalid()
    {
        var result = Validate(Redmond with { StateOrProvince = "Narnia" });

        Assert.Equal(ValidationStatus.Invalid, result.Status);
        Assert.Contains(AddressNote.Of("emergency.problem.state_unknown", "Narnia", "US"), result.Problems);
    }

    [Fact]
    public void Validate_MissingState_IsFilledFromAUniqueCity()
    {
        var result = Validate(Redmond with { StateOrProvince = null });

        Assert.Equal(ValidationStatus.Validated, result.Status);
        Assert.Equal("WA", result.Fields.StateOrProvince);
        Assert.Contains(AddressNote.Of("emergency.correction.state_filled", "WA"), result.Corrections);
    }

    [Fact]
    public void Validate_AmbiguousCityWithoutState_IsInvalid()
    {
        var result = Validate(Redmond with { City = "Springfield", StateOrProvince = null, PostalCode = "62701" });

        Assert.Contains(result.Problems, p => p.Code == "emergency.problem.city_ambiguous");
        Assert.Contains(AddressNote.Of("emergency.problem.state_missing"), result.Problems);
    }

    [Fact]
    public void Validate_CityInAnotherState_IsInvalid()
    {
        var result = Validate(Redmond with { City = "Dallas" });

        Assert.Equal(ValidationStatus.Invalid, result.Status);
        Assert.Contains(AddressNote.Of("emergency.problem.city_not_in_state", "Dallas", "WA"), result.Problems);
    }

    [Fact]
    public void Validate_SameCityNameInTwoStates_PicksTheGivenState()
    {
        var result = Validate(new AddressFields("Contoso", "US", "1", StreetName: "Main St", City: "Springfield", StateOrProvince: "MA",
            PostalCode: "01103", Latitude: "42.10", Longitude: "-72.59"));

        Assert.Equal(ValidationStatus.Validated, result.Status);
    }

    [Theory]
    [InlineData("Redmnd", "Redmond", "98052")]
    [InlineData("Seatle", "Seattle", "98101")]
    [InlineData("redmond", "Redmond", "98052")]
    public void Validate_MisspeltButRoutableCity_PassesWithACorrection(string typed, string expected, string postal)
    {
        var result = Validate(Redmond with { City = typed, PostalCode = postal, Latitude = "47.62", Longitude = "-122.33" });

        Assert.Equal(ValidationStatus.Validated, result.Status);
        Assert.Equal(expected, result.Fields.City);
        Assert.Contains(result.Corrections, c => c.Args.SequenceEqual([typed, expected]));
    }

    [Fact]
    public void Validate_CityAlias_IsReplacedByTheCityName()
    {
        var result = Validate(new AddressFields("Contoso", "US", "11", StreetName: "Times Sq", City: "NYC", StateOrProvince: "NY",
            PostalCode: "10036", Latitude: "40.75", Longitude: "-73.98"));

        Assert.Equal("New York", result.Fields.City);
        Assert.Contains(AddressNote.Of("emergency.correction.city_corrected", "NYC", "New York"), result.Corrections);
    }

    [Fact]
    public void Validate_UnknownCity_IsInvalid()
    {
        var result = Validate(Redmond with { City = "Gotham" });

        Assert.Equal(ValidationStatus.Invalid, result.Status);
        Assert.Contains(result.Problems, p => p.Code.StartsWith("emergency.problem.city_unknown", StringComparison.Ordinal) && p.Args[0] == "Gotham" && p.Args[1] == "US");
    }

    [Fact]
    public void Validate_MissingCity_IsInvalid()
    {
        Assert.Contains(AddressNote.Of("emergency.problem.city_missing"), Validate(Redmond with { City = null }).Problems);
    }

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

    [Fact]
    public void Validate_MissingCoordinatesOfAKnownCity_AreFilledIn()
    {
        var result = Validate(Redmond with { Latitude = null, Longitude = null });

        Assert.Equal(("47.674", "-122.1215"), (result.Fields.Latitude, result.Fields.Longitude));
        Assert.Contains(AddressNote.Of("emergency.correction.coordinates_filled", "47.674", "-122.1215", "Redmond"), result.Corrections);
    }

    [Fact]
    public void Validate_CoordinatesFarFromTheCity_AreAProblem()
    {
        var result = Validate(Redmond with { Latitude = "40.71", Longitude = "-74.00" });

        Assert.Contains(result.Problems, p => p.Code == "emergency.problem.coordinates_far_from_city");
    }

    [Fact]
    public void Validate_CountryWithoutData_IsNotValidated()
    {
        // Nigeria is not a step-1 country: the gazetteer has no places there.
        var result = Validate(new AddressFields("Contoso", "ng", "100", StreetName: "Broad Street", City: "Lagos", PostalCode: "101001"));

        Assert.Equal(ValidationStatus.NotValidated, result.Status);
        Assert.Equal("NG", result.Fields.Country);
        Assert.Contains(AddressNote.Of("emergency.problem.no_data_for_country", "NG"), result.Problems);
    }

    [Theory]
    [InlineData("US", ValidationStatus.Invalid, "emergency.next.send_validation_request")]
    [InlineData("FR", ValidationStatus.Invalid, "emergency.next.open_service_request")]
    [InlineData("NG", ValidationStatus.NotValidated, "emergency.next.open_service_request")]
    public void NextStep_DependsOnTheCountry(string country, ValidationStatus status, string expected) =>
        Assert.Equal(expected, AddressValidation.NextStep(country, status)!.Code);

    [Fact]
    public void NextStep_Validated_IsNone() => Assert.Null(AddressValidation.NextStep("US", ValidationStatus.Validated));

    [Theory]
    [InlineData("FR", "Paris", null, "75008", "48.87", "2.31")]
    [InlineData("DE", "Munich", "Bavaria", "80331", "48.14", "11.57")]
    [InlineData("AU", "Sydney", "New South Wales", "2000", null, null)]
    [InlineData("CA", "Montréal", "Quebec", "H3B 4W8", "45.50", "-73.57")]
    public void Validate_KnownPlacesOfOtherCountries_AreValidated(string country, string city, string? state, string postal, string? lat, string? lon)
    {
        var result = Validate(new AddressFields("Contoso", country, "10", StreetName: "Main St", City: city, StateOrProvince: state,
            PostalCode: postal, Latitude: lat, Longitude: lon));

        Assert.True(result.Status == ValidationStatus.Validated, string.Join("; ", result.Problems));
    }

    [Theory]
    [InlineData("redmond", "redmond", 0)]
    [InlineData("redmnd", "redmond", 1)]
    [InlineData("seatle", "seattle", 1)]
    [InlineData("boston", "austin", 3)]
    public void Distance_CountsSingleLetterEdits(string a, string b, int expected) =>
        Assert.Equal(expected, AddressValidator.Distance(a, b));
}
