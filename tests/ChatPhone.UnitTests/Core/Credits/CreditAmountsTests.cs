using ChatPhone.Core.Credits;

namespace ChatPhone.UnitTests.Core.Credits;

public sealed class CreditAmountsTests
{
    [Theory]
    [InlineData("0.01")]
    [InlineData("20")]
    [InlineData("20.5")]
    [InlineData("99.99")]
    [InlineData("10000")]
    public void Check_PositiveInCentsUpToTheMaximum_Passes(string amount) =>
        Assert.Null(CreditAmounts.Check(decimal.Parse(amount, System.Globalization.CultureInfo.InvariantCulture), 10_000m));

    [Theory]
    [InlineData("0", "credits.amount_not_positive")]
    [InlineData("-5", "credits.amount_not_positive")]
    [InlineData("20.001", "credits.amount_too_precise")]
    [InlineData("10000.01", "credits.amount_too_large")]
    public void Check_OutOfRange_Fails(string amount, string code) =>
        Assert.Equal(code, CreditAmounts.Check(decimal.Parse(amount, System.Globalization.CultureInfo.InvariantCulture), 10_000m)?.Code);

    [Fact]
    public void Format_ShowsCents() =>
        Assert.Equal(("20.00", "19.99", "0.005"), (CreditAmounts.Format(20m), CreditAmounts.Format(19.99m), CreditAmounts.Format(0.005m)));
}
