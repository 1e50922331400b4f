using ChatPhone.Core.Licensing;
using ChatPhone.Core.Numbers;
using ChatPhone.Core.ResourceAccounts;

namespace ChatPhone.UnitTests.Core.ResourceAccounts;

public sealed class ResourceAccountRulesTests
{
    [Theory]
    [InlineData("aa-main@contoso.com", true)]
    [InlineData(" CQ-Sales@Contoso.onmicrosoft.com ", true)]
    [InlineData("no-at-sign", false)]
    [InlineData("two@@contoso.com", false)]
    [InlineData("nodot@contoso", false)]
    [InlineData("Reception <aa@contoso.com>", false)]
    [InlineData("", false)]
    public void Upn_MustBeEmailShaped(string upn, bool accepted)
    {
        var result = ResourceAccountRules.Upn(upn);

        Assert.Equal(accepted, result.IsSuccess);
        if (accepted)
        {
            Assert.Equal(upn.Trim().ToLowerInvariant(), result.Value);
        }
        else
        {
            Assert.Equal("resource_account.invalid_upn", result.Error!.Code);
        }
    }

    [Fact]
    public void DisplayName_LengthBoundaries()
    {
        Assert.True(ResourceAccountRules.DisplayName(new string('n', 256)).IsSuccess);
        Assert.False(ResourceAccountRules.DisplayName(new string('n', 257)).IsSuccess);
        Assert.True(ResourceAccountRules.DisplayName("R").IsSuccess);
        Assert.False(ResourceAccountRules.DisplayName(" ").IsSuccess);
    }

    [Theory]
    [InlineData(Sku.ResourceAccount, true)]
    [InlineData(Sku.PhoneSystem, true)]
    [InlineData(Sku.E5, false)]
    [InlineData(Sku.DomesticCallingPlan, false)]
    [InlineData(Sku.AudioConferencing, false)]
    public void OnlyResourceAccountAndPhoneSystemLicenses(Sku sku, bool accepted)
    {
        Assert.Equal(accepted, ResourceAccountRules.IsResourceAccountLicense(sku));
    }

    [Theory]
    [InlineData(ResourceAccountKind.CallQueue, NumberType.CallQueueToll, true)]
    [InlineData(ResourceAccountKind.CallQueue, NumberType.CallQueueTollFree, true)]
    [InlineData(ResourceAccountKind.CallQueue, NumberType.AutoAttendantToll, false)]
    [InlineData(ResourceAccountKind.CallQueue, NumberType.ConferenceToll, false)]
    [InlineData(ResourceAccountKind.CallQueue, NumberType.UserSubscriber, false)]
    [InlineData(ResourceAccountKind.AutoAttendant, NumberType.AutoAttendantToll, true)]
    [InlineData(ResourceAccountKind.AutoAttendant, NumberType.AutoAttendantTollFree, true)]
    [InlineData(ResourceAccountKind.AutoAttendant, NumberType.CallQueueTollFree, false)]
    [InlineData(ResourceAccountKind.AutoAttendant, NumberType.ConferenceTollFree, false)]
    [InlineData(ResourceAccountKind.AutoAttendant, NumberType.UserSubscriber, false)]
    public void Accepts_OnlyServiceNumbersOfTheAccountsKind(ResourceAccountKind kind, NumberType type, bool accepted)
    {
        Assert.Equal(accepted, kind.Accepts(type));
    }
}
