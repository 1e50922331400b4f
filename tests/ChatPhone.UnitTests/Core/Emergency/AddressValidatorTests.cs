using ChatPhone.Core.Emergency;
using ChatPhone.Core.Emergency.Validation;

namespace ChatPhone.UnitTests.Core.Emergency;

/// <summary>The address validator: states, cities, postal codes, house numbers, streets and coordinates, per country.</summary>
public sealed partial class AddressValidatorTests
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
