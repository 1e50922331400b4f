using ChatPhone.Core.Numbers;
using ChatPhone.Core.Numbers.Carrier;
using ChatPhone.Core.Numbers.Orders;

namespace ChatPhone.UnitTests.Core.Numbers.Orders;

public sealed class NumberOrderRulesTests
{
    private static readonly DateTimeOffset Created = new(2026, 1, 1, 12, 0, 0, TimeSpan.Zero);

    [Fact]
    public void StatusAt_ReservedOrder_IsExpiredFromItsExpiryOn()
    {
        var order = Order(OrderStatus.Reserved);

        Assert.Equal(OrderStatus.Reserved, order.StatusAt(order.ExpiresAt.AddTicks(-1)));
        Assert.Equal(OrderStatus.Expired, order.StatusAt(order.ExpiresAt));
        Assert.Equal(OrderStatus.Expired, order.At(order.ExpiresAt).Status);
    }

    [Theory]
    [InlineData(OrderStatus.Completed), InlineData(OrderStatus.Cancelled), InlineData(OrderStatus.Error)]
    public void StatusAt_ClosedOrders_NeverExpire(OrderStatus status) =>
        Assert.Equal(status, Order(status).StatusAt(Created.AddYears(1)));

    [Fact]
    public void Reservation_HoldsItsNumberUntilTheExpiry()
    {
        var reservation = new NumberReservation("o", NumberType.UserSubscriber, Created);

        Assert.True(reservation.IsActive(Created.AddTicks(-1)));
        Assert.False(reservation.IsActive(Created));
    }

    [Theory]
    [InlineData(NumberType.UserSubscriber, InventoryType.Subscriber), InlineData(NumberType.ConferenceTollFree, InventoryType.Service)]
    public void InventoryType_FollowsTheNumberType(NumberType type, InventoryType expected) =>
        Assert.Equal(expected, (Order(OrderStatus.Reserved) with { Type = type }).InventoryType);

    [Theory]
    [InlineData("US", NumberType.ConferenceToll, "ptn@microsoft.com"), InlineData("FR", NumberType.AutoAttendantTollFree, "ptneu@microsoft.com")]
    [InlineData("PR", NumberType.CallQueueToll, "ptneu@microsoft.com"), InlineData("FR", NumberType.UserSubscriber, "New user numbers request form (France)")]
    [InlineData("PR", NumberType.UserSubscriber, "New user numbers request form (US and Puerto Rico)"), InlineData("gb", NumberType.UserSubscriber, "New user numbers request form (United Kingdom)")]
    public void RequestForm_GoesWhereTheReferenceSays(string country, NumberType type, string destination) =>
        Assert.Equal(destination, NumberRequestForms.Destination(country, type));

    [Theory]
    [InlineData("JP"), InlineData("AU"), InlineData("IT")]
    public void RequestForm_UserNumbersOfACountryWithoutForm_HasNone(string country) =>
        Assert.Null(NumberRequestForms.Destination(country, NumberType.UserSubscriber));

    [Theory]
    [InlineData("US", NumberType.UserSubscriber, true), InlineData("GB", NumberType.UserSubscriber, true), InlineData("FR", NumberType.UserSubscriber, true)]
    [InlineData("CA", NumberType.UserSubscriber, false), InlineData("JP", NumberType.UserSubscriber, false), InlineData("US", NumberType.ConferenceToll, false)]
    [InlineData("GB", NumberType.CallQueueTollFree, false)]
    public void AddressRequiredAtSearch_UsAndEmeaUserNumbersOnly(string country, NumberType type, bool required) =>
        Assert.Equal(required, EmergencyRules.AddressRequiredAtSearch(country, type));

    [Fact]
    public void Options_DefaultToTenMinutesAndAHundredNumbersPerPlace_WithOverrides()
    {
        var options = new NumbersOptions { Stock = { ["us/wa/seattle"] = 1 } };

        Assert.Equal(TimeSpan.FromMinutes(10), options.ReservationExpiry);
        Assert.Equal(1, options.StockOf("US/WA/Seattle"));
        Assert.Equal(100, options.StockOf("US/TX/Dallas"));
    }

    private static NumberOrder Order(OrderStatus status) =>
        new("o", "US", NumberType.UserSubscriber, 1, new NumberPlace(City: "Seattle"), null, status, OrderErrorCode.NoError, [],
            Created, "admin", Created.AddMinutes(10));
}
