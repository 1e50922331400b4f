using ChatPhone.Core.Tenants;

namespace ChatPhone.UnitTests.Core.Tenants;

public sealed class TenantIdTests
{
    [Theory]
    [InlineData("demo", "demo")]
    [InlineData("72F988BF-86F1-41AF-91AB-2D7CD011DB47", "72f988bf-86f1-41af-91ab-2d7cd011db47")]
    public void TryCreate_ValidIds_AreLowerCased(string text, string expected) =>
        Assert.Equal(expected, TenantId.TryCreate(text).Value.Value);

    [Theory]
    [InlineData("")]
    [InlineData("a}b")]
    [InlineData("a{b")]
    [InlineData("a b")]
    [InlineData("a:b")]
    [InlineData("0123456789012345678901234567890123456789012345678901234567890123456789")]
    public void TryCreate_IdsThatCouldBreakTheHashTag_AreRefused(string text) =>
        Assert.Equal("tenant.invalid_id", TenantId.TryCreate(text).Error?.Code);
}
