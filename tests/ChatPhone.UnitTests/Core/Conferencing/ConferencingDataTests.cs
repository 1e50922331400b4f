using System.Globalization;
using ChatPhone.Core.Conferencing;
using ChatPhone.Core.Numbers;

namespace ChatPhone.UnitTests.Core.Conferencing;

public sealed class ConferencingDataTests
{
    [Fact]
    public void SupportedLanguages_AreTheReferences24_DistinctAndRealCultures()
    {
        var ids = ConferencingLanguages.Supported.Select(l => l.CultureId).ToArray();

        Assert.Equal(24, ids.Length);
        Assert.Equal(24, ids.Distinct(StringComparer.OrdinalIgnoreCase).Count());
        Assert.Equal(24, ConferencingLanguages.Supported.Select(l => l.Name).Distinct().Count());
        Assert.All(ids, id => Assert.Equal(id, CultureInfo.GetCultureInfo(id).Name));
    }

    [Theory]
    [InlineData("Norwegian (Bokmal)", "nb-NO")]
    [InlineData("Chinese (Traditional)", "zh-TW")]
    [InlineData("Spanish (MX)", "es-MX")]
    [InlineData("Ukrainian", "uk-UA")]
    public void SupportedLanguages_MapNamesToCultureIds(string name, string id)
    {
        Assert.Equal(id, ConferencingLanguages.Supported.Single(l => l.Name == name).CultureId);
    }

    [Fact]
    public void SharedNumbers_Us_AreFourValidConferenceTollNumbersInTheReferenceCities()
    {
        var shared = SharedConferencingNumbers.For("us");

        Assert.Equal(["Chicago", "Dallas", "Los Angeles", "New York City"], shared.Select(n => n.City));
        Assert.All(shared, n =>
        {
            Assert.True(n.Shared);
            Assert.Equal(NumberType.ConferenceToll, n.Type);
            Assert.Equal(n.Number, E164Number.TryParse(n.Number).Value.Value);
        });
    }

    [Fact]
    public void SharedNumbers_CountryWithoutData_None()
    {
        // Antarctica: no availability data lists a city with shared dial-in numbers there.
        Assert.Empty(SharedConferencingNumbers.For("AQ"));
    }

    [Theory]
    [InlineData("+12065550100")]
    [InlineData("12065550100")]
    [InlineData("tel:+12065550100")]
    [InlineData(" TEL:+1 206 555 0100 ")]
    public void ParseNumber_AcceptsTheBridgeFormats(string text)
    {
        Assert.Equal("+12065550100", ConferencingService.ParseNumber(text).Value);
    }

    [Theory]
    [InlineData("")]
    [InlineData("tel:")]
    [InlineData("+1206555")]
    [InlineData("bridge")]
    public void ParseNumber_Invalid_IsNumberInvalid(string text)
    {
        Assert.Equal("number.invalid", ConferencingService.ParseNumber(text).Error?.Code);
    }

    [Fact]
    public void Organizer_WithDefault_ChangesOnlyThatKind()
    {
        var organizer = new OrganizerSettings("u", ConferencingProvider.Microsoft, "+1", "+2", true, false, DateTimeOffset.UnixEpoch);

        var next = organizer.WithDefault(DialInKind.TollFree, null);

        Assert.Equal(("+1", null), (next.DefaultOf(DialInKind.Toll), next.DefaultOf(DialInKind.TollFree)));
    }
}
