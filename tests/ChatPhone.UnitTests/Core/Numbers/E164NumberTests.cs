using ChatPhone.Core.Numbers;

namespace ChatPhone.UnitTests.Core.Numbers;

public sealed class E164NumberTests
{
    [Theory]
    [InlineData("+1 206 555 0100", null, "+12065550100", "US")]
    [InlineData("+33 1 84 88 00 00", null, "+33184880000", "FR")]
    [InlineData("01 84 88 00 00", "FR", "+33184880000", "FR")]
    [InlineData("020 7946 0000", "gb", "+442079460000", "GB")]
    public void TryParse_ValidNumbers_NormaliseToE164(string text, string? region, string expected, string expectedRegion)
    {
        var number = E164Number.TryParse(text, region).Value;

        Assert.Equal((expected, expectedRegion), (number.Value, number.Region));
    }

    [Theory]
    [InlineData("tel:+12065550100")]
    [InlineData("+1 206 555")]
    [InlineData("hello")]
    [InlineData("0184880000")]
    [InlineData("")]
    public void TryParse_InvalidNumbers_FailWithNumberInvalid(string text)
    {
        Assert.Equal("number.invalid", E164Number.TryParse(text).Error?.Code);
    }

    [Fact]
    public void National_FormatsAsTheCountryWritesIt()
    {
        Assert.Equal("01 84 88 00 00", E164Number.TryParse("+33184880000").Value.National());
    }
}
