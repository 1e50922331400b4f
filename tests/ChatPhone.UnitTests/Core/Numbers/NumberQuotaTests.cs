using ChatPhone.Core.Licensing;
using ChatPhone.Core.Numbers;

namespace ChatPhone.UnitTests.Core.Numbers;

public sealed class NumberQuotaTests
{
    [Theory]
    [InlineData(0, 10), InlineData(1, 11), InlineData(9, 19), InlineData(10, 21), InlineData(50, 65), InlineData(51, 66), InlineData(1000, 1110)]
    public void UserLimit_IsFloorOfLicensesTimesOnePointOnePlusTen(int licenses, int expected) =>
        Assert.Equal(expected, NumberQuota.UserLimit(licenses));

    [Theory]
    [InlineData(0, 0), InlineData(1, 5), InlineData(25, 5), InlineData(26, 10), InlineData(49, 10), InlineData(50, 20), InlineData(51, 20)]
    [InlineData(99, 20), InlineData(100, 30), InlineData(149, 30), InlineData(150, 40), InlineData(199, 40), InlineData(200, 65)]
    [InlineData(499, 65), InlineData(500, 90), InlineData(749, 90), InlineData(750, 110), InlineData(999, 110), InlineData(1000, 125)]
    [InlineData(1001, 125), InlineData(1249, 125), InlineData(1250, 135), InlineData(1499, 135), InlineData(1500, 160), InlineData(1999, 160)]
    [InlineData(2000, 210), InlineData(2999, 210), InlineData(3000, 420), InlineData(6999, 420), InlineData(7000, 500), InlineData(9999, 500)]
    [InlineData(10000, 600), InlineData(14999, 600), InlineData(15000, 700), InlineData(19999, 700), InlineData(20000, 1000)]
    [InlineData(49999, 1000), InlineData(50000, 1500), InlineData(1_000_000, 1500)]
    public void ServiceLimit_FollowsTheTierTable_OnBothSidesOfEveryBoundary(int licenses, int expected) =>
        Assert.Equal(expected, NumberQuota.ServiceLimit(licenses));

    [Fact]
    public void Compute_DocExamples_50CallingPlans65UserNumbers_51Licenses20Toll_1001Licenses125TollFree()
    {
        var fifty = NumberQuota.Compute([Sub(Sku.DomesticCallingPlan, 30), Sub(Sku.InternationalCallingPlan, 20)], [], []);
        var fiftyOne = NumberQuota.Compute([Sub(Sku.PhoneSystem, 51)], [], []);
        var thousandOne = NumberQuota.Compute([Sub(Sku.E5, 600), Sub(Sku.AudioConferencing, 401)], [], []);

        Assert.Equal(65, fifty.User.Limit);
        Assert.Equal(20, fiftyOne.Toll.Limit);
        Assert.Equal(125, thousandOne.TollFree.Limit);
    }

    [Fact]
    public void Compute_CountsAcquiredAndReservedNumbersPerKind_NotPortedOnes()
    {
        PhoneNumber[] inventory =
        [
            Number("+12065550101", NumberType.UserSubscriber, NumberSource.Acquired),
            Number("+12065550102", NumberType.UserSubscriber, NumberSource.Ported),
            Number("+18005550100", NumberType.ConferenceTollFree, NumberSource.Acquired),
            Number("+12065550103", NumberType.CallQueueToll, NumberSource.Acquired),
        ];

        var quotas = NumberQuota.Compute([Sub(Sku.DomesticCallingPlan, 10), Sub(Sku.PhoneSystem, 30)], inventory,
            [NumberType.UserSubscriber, NumberType.AutoAttendantToll, NumberType.AutoAttendantToll]);

        Assert.Equal((21, 2, 19), (quotas.User.Limit, quotas.User.Used, quotas.User.Remaining));
        Assert.Equal((10, 3, 7), (quotas.Toll.Limit, quotas.Toll.Used, quotas.Toll.Remaining));
        Assert.Equal((10, 1, 9), (quotas.TollFree.Limit, quotas.TollFree.Used, quotas.TollFree.Remaining));
    }

    [Fact]
    public void Compute_OnlyPhoneSystemE5AndAudioConferencingFeedTheTiers()
    {
        var quotas = NumberQuota.Compute([Sub(Sku.E3, 500), Sub(Sku.DomesticCallingPlan, 500), Sub(Sku.CommunicationsCredits, 500)], [], []);

        Assert.Equal(0, quotas.Toll.Limit);
        Assert.Equal(0, quotas.TollFree.Remaining);
    }

    [Fact]
    public void Remaining_NeverGoesBelowZero()
    {
        Assert.Equal(0, new Quota(QuotaKind.User, 1, 3).Remaining);
    }

    [Theory]
    [InlineData(NumberType.UserSubscriber, QuotaKind.User), InlineData(NumberType.ConferenceToll, QuotaKind.Toll)]
    [InlineData(NumberType.CallQueueTollFree, QuotaKind.TollFree), InlineData(NumberType.AutoAttendantToll, QuotaKind.Toll)]
    public void KindOf_MapsNumberTypesToAllowances(NumberType type, QuotaKind kind) => Assert.Equal(kind, NumberQuota.KindOf(type));

    private static Subscription Sub(Sku sku, int purchased) => new(sku, purchased, 0);

    private static PhoneNumber Number(string e164, NumberType type, NumberSource source) =>
        new(e164, "US", "WA", "Seattle", type, source, DateTimeOffset.UnixEpoch);
}
