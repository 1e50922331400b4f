using ChatPhone.Core.Audit;
using ChatPhone.Core.Licensing;
using ChatPhone.Core.Numbers;
using ChatPhone.Core.Numbers.Carrier;
using ChatPhone.Core.Numbers.Orders;
using ChatPhone.IntegrationTests.Infrastructure;
using static ChatPhone.IntegrationTests.Core.Numbers.NumbersWorld;

namespace ChatPhone.IntegrationTests.Core.Numbers.Orders;

[Collection(RedisCollection.Name)]
public sealed class NumberOrderIntegrationTests(RedisServerFixture redis)
{
    private static readonly NumberPlace Seattle = new("WA", "Seattle");

    [Fact]
    public async Task Search_UsUserNumbers_ReservesThemForTenMinutes()
    {
        await using var world = NumbersWorld.Create(redis);
        await world.AddressAsync("hq", "US", "Seattle", validated: false, state: "WA");

        var order = (await world.Orders.SearchAsync(Search(3, Seattle, "hq"))).Value;

        Assert.Equal((OrderStatus.Reserved, OrderErrorCode.NoError, 3), (order.Status, order.ErrorCode, order.Numbers.Count));
        Assert.Equal(world.Clock.Now.AddMinutes(10), order.ExpiresAt);
        Assert.All(order.Numbers, n => Assert.StartsWith("+1206", n.Number));
        var reservations = await world.AllAsync(OrderCollections.Reservations);
        Assert.Equal(order.Numbers.Select(n => n.Number).Order(), reservations.Keys.Order());
        Assert.All(reservations.Values, r => Assert.Equal(order.Id, r.OrderId));
        AssertSame(order, await world.GetAsync(OrderCollections.Orders, order.Id));
    }

    [Fact]
    public async Task Search_NearTheCivicAddress_WhenNoPlaceIsGiven()
    {
        await using var world = NumbersWorld.Create(redis);
        await world.AddressAsync("dallas", "US", "Dallas", state: "TX");

        var order = (await world.Orders.SearchAsync(Search(2, new NumberPlace(), "dallas"))).Value;

        Assert.All(order.Numbers, n => Assert.Equal("Dallas", n.City));
    }

    [Fact]
    public async Task Acquire_AllNumbers_JoinTheInventoryAsAcquired_WithTheAddressLocation()
    {
        await using var world = NumbersWorld.Create(redis);
        await world.AddressAsync("hq", "US", "Seattle");
        var order = (await world.Orders.SearchAsync(Search(2, Seattle, "hq"))).Value;

        var completed = (await world.Orders.AcquireAsync(new AcquireNumbers(Admin, NewKey(), order.Id))).Value;

        Assert.Equal(OrderStatus.Completed, completed.Status);
        var inventory = await world.AllAsync(NumberCollections.Numbers);
        Assert.Equal(order.Numbers.Select(n => n.Number).Order(), inventory.Keys.Order());
        Assert.All(inventory.Values, n => Assert.Equal((NumberSource.Acquired, "US", "WA", "Seattle", "hq-loc", PstnAssignmentStatus.Unassigned),
            (n.Source, n.Country, n.Subdivision, n.City, n.LocationId, n.Status)));
        Assert.Empty(await world.AllAsync(OrderCollections.Reservations));
    }

    [Fact]
    public async Task Acquire_Subset_KeepsTheChosenNumbers_AndReleasesTheOthers()
    {
        await using var world = NumbersWorld.Create(redis, new NumbersOptions { Stock = { ["US/WA/Seattle"] = 3 } });
        await world.AddressAsync("hq", "US", "Seattle");
        var order = (await world.Orders.SearchAsync(Search(3, Seattle, "hq"))).Value;
        var kept = order.Numbers[1].Number;

        var completed = (await world.Orders.AcquireAsync(new AcquireNumbers(Admin, NewKey(), order.Id, [kept[1..]]))).Value;
        var next = (await world.Orders.SearchAsync(Search(2, Seattle, "hq"))).Value;

        Assert.Equal([kept], completed.Acquired);
        Assert.Equal([kept], (await world.AllAsync(NumberCollections.Numbers)).Keys);
        Assert.Equal(OrderStatus.Reserved, next.Status);
        Assert.Equal(order.Numbers.Select(n => n.Number).Where(n => n != kept).Order(), next.Numbers.Select(n => n.Number).Order());
    }

    [Fact]
    public async Task Acquire_NumberNotInTheOrder_IsRefused()
    {
        await using var world = NumbersWorld.Create(redis);
        await world.AddressAsync("hq", "US", "Seattle");
        var order = (await world.Orders.SearchAsync(Search(1, Seattle, "hq"))).Value;

        var result = await world.Orders.AcquireAsync(new AcquireNumbers(Admin, NewKey(), order.Id, ["+12065550100"]));

        Assert.Equal("number.not_in_order", result.Error?.Code);
        Assert.Empty(await world.AllAsync(NumberCollections.Numbers));
    }

    [Fact]
    public async Task Cancel_ReleasesTheReservations_AndTheOrderCanNoLongerBeCompletedOrCancelled()
    {
        await using var world = NumbersWorld.Create(redis);
        await world.AddressAsync("hq", "US", "Seattle");
        var order = (await world.Orders.SearchAsync(Search(2, Seattle, "hq"))).Value;

        var cancelled = await world.Orders.CancelAsync(new CancelNumberOrder(Admin, NewKey(), order.Id));
        var acquire = await world.Orders.AcquireAsync(new AcquireNumbers(Admin, NewKey(), order.Id));
        var again = await world.Orders.CancelAsync(new CancelNumberOrder(Admin, NewKey(), order.Id));

        Assert.Equal(OrderStatus.Cancelled, cancelled.Value.Status);
        Assert.Empty(await world.AllAsync(OrderCollections.Reservations));
        Assert.Equal(("number.order_not_reserved", "number.order_not_reserved"), (acquire.Error?.Code, again.Error?.Code));
        Assert.Equal("number.order_not_found", (await world.Orders.CancelAsync(new CancelNumberOrder(Admin, NewKey(), "nope"))).Error?.Code);
    }

    [Fact]
    public async Task Acquire_JustBeforeTheExpiry_Succeeds()
    {
        await using var world = NumbersWorld.Create(redis);
        await world.AddressAsync("hq", "US", "Seattle");
        var order = (await world.Orders.SearchAsync(Search(1, Seattle, "hq"))).Value;
        world.Clock.Now = order.ExpiresAt.AddMilliseconds(-1);

        Assert.True((await world.Orders.AcquireAsync(new AcquireNumbers(Admin, NewKey(), order.Id))).IsSuccess);
    }

    [Fact]
    public async Task Acquire_AtTheExpiry_IsExpired_AndTheNumbersAreFreeForTheNextSearch()
    {
        await using var world = NumbersWorld.Create(redis, new NumbersOptions { Stock = { ["US/WA/Seattle"] = 1 } });
        await world.AddressAsync("hq", "US", "Seattle");
        var order = (await world.Orders.SearchAsync(Search(1, Seattle, "hq"))).Value;
        world.Clock.Now = order.ExpiresAt;

        var acquire = await world.Orders.AcquireAsync(new AcquireNumbers(Admin, NewKey(), order.Id));
        var seen = await world.Queries.OrderAsync(Admin, order.Id);
        var next = (await world.Orders.SearchAsync(Search(1, Seattle, "hq"))).Value;

        Assert.Equal("number.order_expired", acquire.Error?.Code);
        Assert.Equal(OrderStatus.Expired, seen.Value.Status);
        Assert.Equal(OrderStatus.Reserved, next.Status);
        Assert.Equal(order.Numbers[0].Number, next.Numbers[0].Number);
        Assert.Equal(next.Id, (await world.AllAsync(OrderCollections.Reservations))[next.Numbers[0].Number].OrderId);
    }

    [Fact]
    public async Task ExpireReservations_MarksPastOrdersExpired_AndDeletesTheirReservations_KeepsLiveOnes()
    {
        await using var world = NumbersWorld.Create(redis, new NumbersOptions { ReservationExpiry = TimeSpan.FromMinutes(16) });
        await world.AddressAsync("hq", "US", "Seattle");
        var old = (await world.Orders.SearchAsync(Search(2, Seattle, "hq"))).Value;
        world.Clock.Now = world.Clock.Now.AddMinutes(10);
        var live = (await world.Orders.SearchAsync(Search(1, Seattle, "hq"))).Value;
        world.Clock.Now = old.ExpiresAt;

        var outcome = (await world.Orders.ExpireAsync(new ExpireReservations(Admin, NewKey()))).Value;

        Assert.Equal(new ExpiryOutcome(1, 2), outcome);
        Assert.Equal(OrderStatus.Expired, (await world.GetAsync(OrderCollections.Orders, old.Id))!.Status);
        Assert.Equal(OrderStatus.Reserved, (await world.GetAsync(OrderCollections.Orders, live.Id))!.Status);
        Assert.Equal([live.Numbers[0].Number], (await world.AllAsync(OrderCollections.Reservations)).Keys);
    }

    [Fact]
    public async Task Search_OutOfStock_StoresAnOrderInError_AndReservesNothing()
    {
        await using var world = NumbersWorld.Create(redis, new NumbersOptions { Stock = { ["US/WA/Seattle"] = 2 } });
        await world.AddressAsync("hq", "US", "Seattle");

        var tooMany = (await world.Orders.SearchAsync(Search(3, Seattle, "hq"))).Value;
        var enough = (await world.Orders.SearchAsync(Search(2, Seattle, "hq"))).Value;

        Assert.Equal((OrderStatus.Error, OrderErrorCode.OutOfStock), (tooMany.Status, tooMany.ErrorCode));
        AssertSame(tooMany, await world.GetAsync(OrderCollections.Orders, tooMany.Id));
        Assert.Equal(OrderStatus.Reserved, enough.Status);
        Assert.Equal(2, (await world.AllAsync(OrderCollections.Reservations)).Count);
    }

    [Theory]
    [InlineData("US", "Springfield", null), InlineData("IT", "Rome", null), InlineData("US", null, "999")]
    public async Task Search_PlaceNotOffered_SuggestsAManualRequest(string country, string? city, string? areaCode)
    {
        await using var world = NumbersWorld.Create(redis);

        var result = await world.Orders.SearchAsync(new SearchNumbers(Admin, NewKey(), country, NumberType.ConferenceToll, 1, new NumberPlace(City: city, AreaCode: areaCode)));

        Assert.Equal("number.place_not_offered", result.Error?.Code);
        Assert.Contains("manual", result.Error!.Describe(ChatPhone.Core.Common.Language.English), StringComparison.Ordinal);
        Assert.Empty(await world.AllAsync(OrderCollections.Orders));
    }

    [Fact]
    public async Task Search_ServiceNumbersWithoutAPlace_AskForOne_InvalidCountryIsRefused()
    {
        await using var world = NumbersWorld.Create(redis);
        await world.SubscriptionsAsync((Sku.PhoneSystem, 10));

        var noPlace = await world.Orders.SearchAsync(new SearchNumbers(Admin, NewKey(), "FR", NumberType.ConferenceToll, 1, new NumberPlace()));
        var badCountry = await world.Orders.SearchAsync(new SearchNumbers(Admin, NewKey(), "XX", NumberType.ConferenceToll, 1, Seattle));

        Assert.Equal(("number.place_required", "number.country_invalid"), (noPlace.Error?.Code, badCountry.Error?.Code));
    }

    [Fact]
    public async Task Search_ByHelpdesk_IsRefused_AndNothingIsReserved()
    {
        await using var world = NumbersWorld.Create(redis);
        await world.AddressAsync("hq", "US", "Seattle");

        var result = await world.Orders.SearchAsync(Search(1, Seattle, "hq") with { Actor = HelpdeskAgent });

        Assert.Equal("auth.admin_required", result.Error?.Code);
        Assert.Empty(await world.AllAsync(OrderCollections.Orders));
        Assert.Empty(await world.AllAsync(OrderCollections.Reservations));
        Assert.Single(await world.AuditAsync(AuditActions.Numbers.Search), e => e.Outcome == AuditOutcome.Refused);
    }

    [Fact]
    public async Task Search_ReplayedKey_ReturnsTheSameOrder_ReservesOnce_AuditsOnce()
    {
        await using var world = NumbersWorld.Create(redis);
        await world.AddressAsync("hq", "US", "Seattle");
        var command = Search(2, Seattle, "hq") with { Key = Key("search-1") };

        var first = (await world.Orders.SearchAsync(command)).Value;
        var replay = (await world.Orders.SearchAsync(command)).Value;

        Assert.Equal(first.Id, replay.Id);
        Assert.Equal(first.Numbers, replay.Numbers);
        Assert.Single(await world.AllAsync(OrderCollections.Orders));
        Assert.Equal(2, (await world.AllAsync(OrderCollections.Reservations)).Count);
        Assert.Single(await world.AuditAsync(AuditActions.Numbers.Search), e => e.Target == $"number-orders:{first.Id}");
    }

    private static void AssertSame(NumberOrder expected, NumberOrder? stored)
    {
        Assert.NotNull(stored);
        Assert.Equal(expected with { Numbers = [] }, stored with { Numbers = [] });
        Assert.Equal(expected.Numbers, stored.Numbers);
    }

    internal static SearchNumbers Search(int quantity, NumberPlace place, string? addressId = null, string country = "US", NumberType type = NumberType.UserSubscriber) =>
        new(Admin, NewKey(), country, type, quantity, place, addressId);
}
