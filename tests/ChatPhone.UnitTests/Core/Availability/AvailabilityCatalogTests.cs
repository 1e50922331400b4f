using ChatPhone.Core.Availability;

namespace ChatPhone.UnitTests.Core.Availability;

public sealed class AvailabilityCatalogTests
{
    // The names of the 2018 selector page as the reference (Step 1) lists them, with the ISO code each
    // should resolve to. The reference calls the list "89 entries" but it holds 86 names (the folder it
    // comes from has 89 files, counting its index pages).
    public static TheoryData<string, string> ReferenceCountries() => new()
    {
        { "Argentina", "AR" }, { "Australia", "AU" }, { "Austria", "AT" }, { "Bahrain", "BH" }, { "Belarus", "BY" },
        { "Belgium", "BE" }, { "Belize", "BZ" }, { "Bosnia and Herzegovina", "BA" }, { "Brazil", "BR" }, { "Brunei", "BN" },
        { "Bulgaria", "BG" }, { "Canada", "CA" }, { "Chile", "CL" }, { "China", "CN" }, { "Colombia", "CO" },
        { "Costa Rica", "CR" }, { "Croatia", "HR" }, { "Cyprus", "CY" }, { "Czech Republic", "CZ" }, { "Denmark", "DK" },
        { "Dominican Republic", "DO" }, { "Ecuador", "EC" }, { "Egypt", "EG" }, { "El Salvador", "SV" }, { "Estonia", "EE" },
        { "Finland", "FI" }, { "France", "FR" }, { "Georgia", "GE" }, { "Germany", "DE" }, { "Greece", "GR" },
        { "Honduras", "HN" }, { "Hong Kong", "HK" }, { "Hungary", "HU" }, { "India", "IN" }, { "Indonesia", "ID" },
        { "Ireland", "IE" }, { "Israel", "IL" }, { "Italy", "IT" }, { "Japan", "JP" }, { "Jordan", "JO" },
        { "Kenya", "KE" }, { "Latvia", "LV" }, { "Lithuania", "LT" }, { "Luxembourg", "LU" }, { "Macedonia", "MK" },
        { "Malaysia", "MY" }, { "Malta", "MT" }, { "Mexico", "MX" }, { "Moldova", "MD" }, { "Monaco", "MC" },
        { "Netherlands", "NL" }, { "New Zealand", "NZ" }, { "Norway", "NO" }, { "Pakistan", "PK" }, { "Panama", "PA" },
        { "Paraguay", "PY" }, { "Peru", "PE" }, { "Philippines", "PH" }, { "Poland", "PL" }, { "Portugal", "PT" },
        { "Puerto Rico", "PR" }, { "Qatar", "QA" }, { "Romania", "RO" }, { "Russia", "RU" }, { "Saudi Arabia", "SA" },
        { "Serbia", "RS" }, { "Singapore", "SG" }, { "Slovakia", "SK" }, { "Slovenia", "SI" }, { "South Africa", "ZA" },
        { "South Korea", "KR" }, { "Spain", "ES" }, { "Sri Lanka", "LK" }, { "Sweden", "SE" }, { "Switzerland", "CH" },
        { "Taiwan", "TW" }, { "Thailand", "TH" }, { "Trinidad and Tobago", "TT" }, { "Turkey", "TR" }, { "Ukraine", "UA" },
        { "UAE", "AE" }, { "United Kingdom", "GB" }, { "United States", "US" }, { "Uruguay", "UY" }, { "Venezuela", "VE" },
        { "Vietnam", "VN" },
    };

    private static readonly AvailabilityCatalog Catalog = AvailabilityCatalog.Default;

    [Fact]
    public void ReferenceList_HasEightySixNames()
    {
        Assert.Equal(86, ReferenceCountries().Count);
        Assert.True(Catalog.All.Count >= 86);
    }

    [Theory]
    [MemberData(nameof(ReferenceCountries))]
    public void Find_EveryReferenceCountry_ResolvesByEnglishNameAndByIsoCode(string name, string iso)
    {
        Assert.Equal(iso, Catalog.Find(name).Value.Iso);
        Assert.Equal(iso, Catalog.Find(iso).Value.Iso);
        Assert.Equal(iso, Catalog.Find(iso.ToLowerInvariant()).Value.Iso);
        Assert.Equal(iso, Catalog.Get(iso).Value.Iso);
    }

    [Theory]
    [InlineData("Japon", "JP")]
    [InlineData("japon", "JP")]
    [InlineData("États-Unis", "US")]
    [InlineData("Etats-Unis", "US")]
    [InlineData("etats unis", "US")]
    [InlineData("ÉTATS-UNIS", "US")]
    [InlineData("Royaume-Uni", "GB")]
    [InlineData("royaume uni", "GB")]
    [InlineData("Corée du Sud", "KR")]
    [InlineData("coree du sud", "KR")]
    [InlineData("Allemagne", "DE")]
    [InlineData("Pays-Bas", "NL")]
    [InlineData("Suisse", "CH")]
    [InlineData("Nouvelle-Zélande", "NZ")]
    [InlineData("Afrique du Sud", "ZA")]
    [InlineData("Porto Rico", "PR")]
    [InlineData("Trinité-et-Tobago", "TT")]
    [InlineData("Émirats arabes unis", "AE")]
    [InlineData("Emirats Arabes Unis", "AE")]
    [InlineData("République tchèque", "CZ")]
    [InlineData("Équateur", "EC")]
    [InlineData("Biélorussie", "BY")]
    public void Find_FrenchNames_IgnoringCaseAndAccents(string text, string iso) =>
        Assert.Equal(iso, Catalog.Find(text).Value.Iso);

    [Theory]
    [InlineData("united states", "US")]
    [InlineData("UNITED KINGDOM", "GB")]
    [InlineData("  Japan  ", "JP")]
    [InlineData("the Netherlands", "NL")]
    [InlineData("les États-Unis", "US")]
    [InlineData("l'Italie", "IT")]
    [InlineData("l’Italie", "IT")]
    [InlineData("USA", "US")]
    [InlineData("U.S.A.", "US")]
    [InlineData("u.s.", "US")]
    [InlineData("United States of America", "US")]
    [InlineData("UK", "GB")]
    [InlineData("Great Britain", "GB")]
    [InlineData("UAE", "AE")]
    [InlineData("United Arab Emirates", "AE")]
    [InlineData("Czechia", "CZ")]
    [InlineData("Korea", "KR")]
    [InlineData("North Macedonia", "MK")]
    [InlineData("Trinidad & Tobago", "TT")]
    [InlineData("Türkiye", "TR")]
    [InlineData("Holland", "NL")]
    public void Find_AliasesAndLooseSpelling_Resolve(string text, string iso) =>
        Assert.Equal(iso, Catalog.Find(text).Value.Iso);

    [Theory]
    [InlineData("Atlantis")]
    [InlineData("Japn")]
    [InlineData("XX")]
    [InlineData("")]
    [InlineData("   ")]
    [InlineData(null)]
    [InlineData("United")]
    public void Find_UnknownText_FailsWithTheText(string? text)
    {
        var result = Catalog.Find(text);

        Assert.False(result.IsSuccess);
        Assert.Equal("availability.unknown_country", result.Error.Code);
        Assert.Equal((text ?? string.Empty).Trim(), result.Error.Args[0]);
    }

    [Fact]
    public void Find_VeryLongText_FailsWithAShortenedEcho()
    {
        var result = Catalog.Find(new string('x', 500));

        Assert.Equal("availability.unknown_country", result.Error!.Code);
        Assert.True(result.Error.Args[0].Length <= 41);
    }

    [Theory]
    [InlineData("XX")]
    [InlineData("USA")]
    [InlineData("")]
    public void Get_NotACatalogIsoCode_Fails(string iso) =>
        Assert.Equal("availability.unknown_country", Catalog.Get(iso).Error?.Code);

    [Fact]
    public void Default_IsLoadedOnce() => Assert.Same(AvailabilityCatalog.Default, AvailabilityCatalog.Default);

    [Fact]
    public void Constructor_TwoCountriesSharingAName_IsRefused()
    {
        var japan = Catalog.Get("JP").Value;
        var clash = japan with { Iso = "XJ", EnglishName = "Other", FrenchName = "Autre", Aliases = ["Japon"] };

        Assert.Throws<InvalidOperationException>(() => new AvailabilityCatalog([japan, clash]));
    }

    [Fact]
    public void UnitedStates_MatchesTheReferencePage()
    {
        var us = Catalog.Get("US").Value;

        Assert.Equal(["Chicago", "Dallas", "Los Angeles", "New York City"], us.AudioConferencing.AutoAssignedSharedNumbers);
        Assert.InRange(us.ServiceNumbers.TollCities.Count, 50, 60);
        Assert.Contains("Washington, Seattle", us.ServiceNumbers.TollCities);
        Assert.Contains("Texas, Dallas", us.ServiceNumbers.TollCities);
        Assert.True(us.CallingPlans.TryGetAllotment(ChatPhone.Core.Licensing.Sku.InternationalCallingPlan, out var international));
        Assert.Equal((3000, 600), (international.DomesticMinutes, international.InternationalMinutes));
        Assert.Equal(["PR"], us.CallingPlans.SharesPoolWith);
        Assert.Equal(196, us.CallingPlans.OutboundDestinations);
    }

    [Theory]
    [InlineData("CA", 3000)]
    [InlineData("GB", 1200)]
    [InlineData("US", 3000)]
    public void DomesticAllotments_MatchTheReference(string iso, int minutes)
    {
        Assert.True(Catalog.Get(iso).Value.CallingPlans.TryGetAllotment(ChatPhone.Core.Licensing.Sku.DomesticCallingPlan, out var domestic));
        Assert.Equal(minutes, domestic.DomesticMinutes);
    }

    [Fact]
    public void CallingPlans_AreNotSoldOutsideTheirCountries()
    {
        var argentina = Catalog.Get("AR").Value.CallingPlans;

        Assert.False(argentina.Purchasable);
        Assert.Null(argentina.Allotments);
        Assert.False(argentina.TryGetAllotment(ChatPhone.Core.Licensing.Sku.DomesticCallingPlan, out _));
    }
}
