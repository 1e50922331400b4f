using ChatPhone.Core.Availability;
using ChatPhone.Core.Licensing;

namespace ChatPhone.UnitTests.Core.Licensing;

public sealed class MinutePoolTests
{
    private static readonly DateTimeOffset March = new(2026, 3, 10, 10, 0, 0, TimeSpan.Zero);

    private static readonly UserLicenses[] People =
    [
        new("alex", "US", [Sku.PhoneSystem, Sku.DomesticCallingPlan]),
        new("sam", "US", [Sku.PhoneSystem, Sku.InternationalCallingPlan]),
        new("rosa", "PR", [Sku.PhoneSystem, Sku.DomesticCallingPlan]),
        new("lucas", "FR", [Sku.PhoneSystem, Sku.DomesticCallingPlan]),
        new("megan", "US", [Sku.PhoneSystem]),
    ];

    [Fact]
    public void Of_TheUsPool_CountsAssignedPlansOfTheUsAndPuertoRico_AndTheirUsage()
    {
        var usage = MinutesUsage.Empty("2026-03").Add("US", 4000).Add("pr", 500).Add("FR", 900);

        var pool = MinutePool.Of("US", March, People, usage, AvailabilityCatalog.Default)!;

        Assert.Equal(["US", "PR"], pool.Countries);
        Assert.Equal((9000, 4500, 4500, false), (pool.Total, pool.Used, pool.Left, pool.IsExhausted));
        Assert.Equal(new DateTimeOffset(2026, 4, 1, 0, 0, 0, TimeSpan.Zero), pool.ResetsAt);
    }

    [Fact]
    public void Of_France_HasItsOwnPool_UsedUp()
    {
        var pool = MinutePool.Of("FR", March, People, MinutesUsage.Empty("2026-03").Add("FR", 1200), AvailabilityCatalog.Default)!;

        Assert.Equal((1200, 1200, 0, true), (pool.Total, pool.Used, pool.Left, pool.IsExhausted));
    }

    [Fact]
    public void Of_LastMonthsUsage_DoesNotCount() =>
        Assert.Equal(0, MinutePool.Of("US", March, People, MinutesUsage.Empty("2026-02").Add("US", 9000), AvailabilityCatalog.Default)!.Used);

    [Fact]
    public void Of_ACountryWithoutCallingPlans_HasNoPool() =>
        Assert.Null(MinutePool.Of("BR", March, People, null, AvailabilityCatalog.Default));

    [Fact]
    public void MonthOf_IsTheUtcMonth() =>
        Assert.Equal("2026-04", MinutesUsage.MonthOf(new DateTimeOffset(2026, 3, 31, 23, 30, 0, TimeSpan.FromHours(-2))));
}
