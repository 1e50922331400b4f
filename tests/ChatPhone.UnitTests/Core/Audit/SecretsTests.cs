using ChatPhone.Core.Audit;

namespace ChatPhone.UnitTests.Core.Audit;

/// <summary>Masking secrets for the audit trail and the helpdesk.</summary>
public sealed class SecretsTests
{
    [Theory]
    [InlineData("ACCT-99017734", 4, "XXXX7734")]
    [InlineData("123456789", 4, "XXXX789")]
    [InlineData("123456", 4, "XXXX56")]
    [InlineData("1234", 4, "XXXX4")]
    [InlineData("12", 4, "XXXX")]
    [InlineData("730519", 0, "XXXX")]
    [InlineData("ACCT-99017734", 9, "XXXX7734")]
    public void Masked_KeepsAtMostFourTrailingCharacters_AndNeverMoreThanAThird(string value, int keep, string expected)
    {
        Assert.Equal(expected, Secrets.Masked(value, keep));
    }

    [Fact]
    public void MaskedOrNull_NoSecret_StaysNull()
    {
        Assert.Null(Secrets.MaskedOrNull(null, 4));
    }
}
