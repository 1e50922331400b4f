using ChatPhone.Core.Tenants;

namespace ChatPhone.UnitTests.Core.Tenants;

public sealed class ProfileRulesTests
{
    [Theory]
    [InlineData("  Fabrikam  ", "Fabrikam")]
    [InlineData("A", "A")]
    public void Name_IsTrimmed(string text, string expected) => Assert.Equal(expected, ProfileRules.Name(text).Value);

    [Theory]
    [InlineData("")]
    [InlineData("   ")]
    [InlineData("Fabrikam\nEvil")]
    public void Name_EmptyOrWithControlCharacters_IsRefused(string text) => Assert.Equal("profile.name_invalid", ProfileRules.Name(text).Error?.Code);

    [Fact]
    public void Name_LongerThan64_IsRefused()
    {
        Assert.True(ProfileRules.Name(new string('x', 64)).IsSuccess);
        Assert.Equal("profile.name_invalid", ProfileRules.Name(new string('x', 65)).Error?.Code);
    }

    [Theory]
    [InlineData("fr", "FR")]
    [InlineData("France", "FR")]
    [InlineData("Japon", "JP")]
    [InlineData("United States", "US")]
    public void Country_AcceptsCodesAndEnglishOrFrenchNames(string text, string iso) => Assert.Equal(iso, ProfileRules.Country(text).Value);

    [Fact]
    public void Country_Unknown_IsRefused() => Assert.Equal("availability.unknown_country", ProfileRules.Country("Atlantis").Error?.Code);

    [Theory]
    [InlineData("eur", "EUR")]
    [InlineData("euros", "EUR")]
    [InlineData("€", "EUR")]
    [InlineData("Livres sterling", "GBP")]
    [InlineData("JPY", "JPY")]
    [InlineData("dollars canadiens", "CAD")]
    public void Currency_AcceptsCodesNamesAndSymbols(string text, string code) => Assert.Equal(code, ProfileRules.Currency(text).Value);

    [Theory]
    [InlineData("bitcoin")]
    [InlineData("XYZ")]
    public void Currency_Unknown_IsRefused(string text) => Assert.Equal("profile.currency_unknown", ProfileRules.Currency(text).Error?.Code);
}
