using ChatPhone.Core.Licensing;
using ChatPhone.Core.Numbers;
using ChatPhone.Core.Numbers.Carrier;
using ChatPhone.Core.Numbers.Orders;
using ChatPhone.IntegrationTests.Infrastructure;
using static ChatPhone.IntegrationTests.Core.Numbers.Orders.NumberOrderIntegrationTests;
using static ChatPhone.IntegrationTests.Core.Numbers.NumbersWorld;

namespace ChatPhone.IntegrationTests.Core.Numbers.Orders;

[Collection(RedisCollection.Name)]
public sealed class NumberOrderRulesIntegrationTests(RedisServerFixture redis)
{
    private static readonly NumberPlace Paris = new(City: "Paris");
    private static readonly NumberPlace Seattle = new("WA", "Seattle");

    [Theory]
    [InlineData(0, "number.quantity_invalid"), InlineData(1, null), InlineData(10, null), InlineData(11, "number.quota_exceeded")]
    public async Task Search_Quantity_IsOneToTheRemainingQuota(int quantity, string? error)
    {
        // No Calling Plan: floor(0 × 1.1) + 10 = 10 user numbers.
        await using var world = NumbersWorld.Create(redis);
        await world.AddressAsync("hq", "US", "Seattle");

        var result = await world.Orders.SearchAsync(Search(quantity, Seattle, "hq"));

        Assert.Equal(error, result.Error?.Code);
    }

    [Fact]
    public async Task Search_ReservationsInFlightCount_AcquiredNumbersCount_PortedNumbersDoNot()
    {
        await using var world = NumbersWorld.Create(redis);
        await world.AddressAsync("hq", "US", "Seattle");
        await world.SubscriptionsAsync((Sku.DomesticCallingPlan, 5)); // 5 × 1.1 = 5.5 → 5, + 10 = 15
        await world.NumbersAsync(Enumerable.Range(0, 20).Select(i => world.Number($"+1425555{i:D4}") with { Source = NumberSource.Ported }).ToArray());
        await world.NumbersAsync(world.Number("+14255551000"));
        var order = (await world.Orders.SearchAsync(Search(8, Seattle, "hq"))).Value;

        var overBy1 = await world.Orders.SearchAsync(Search(7, Seattle, "hq"));
        var exact = await world.Orders.SearchAsync(Search(6, Seattle, "hq"));

        Assert.Equal(OrderStatus.Reserved, order.Status);
        Assert.Equal("number.quota_exceeded", overBy1.Error?.Code);
        Assert.Equal(["QuotaKind.User", "6", "7"], overBy1.Error!.Args);
        Assert.True(exact.IsSuccess);
        Assert.Equal((15, 15, 0), await QuotaAsync(world, QuotaKind.User));
    }

    [Fact]
    public async Task Search_ServiceNumbers_UseTheTierOfPhoneSystemAndAudioConferencing()
    {
        await using var world = NumbersWorld.Create(redis);
        await world.SubscriptionsAsync((Sku.PhoneSystem, 20), (Sku.AudioConferencing, 5)); // 25 licenses → 5 toll numbers

        var five = await world.Orders.SearchAsync(Search(5, Paris, country: "FR", type: NumberType.ConferenceToll));
        var sixth = await world.Orders.SearchAsync(Search(1, Paris, country: "FR", type: NumberType.CallQueueToll));

        Assert.True(five.IsSuccess);
        Assert.Equal("number.quota_exceeded", sixth.Error?.Code);
        await world.SubscriptionsAsync((Sku.E5, 1)); // 26 licenses → 10
        Assert.True((await world.Orders.SearchAsync(Search(5, Paris, country: "FR", type: NumberType.CallQueueToll))).IsSuccess);
    }

    [Fact]
    public async Task Search_TollFree_NeedsAPositiveCreditsBalance()
    {
        await using var world = NumbersWorld.Create(redis);
        await world.SubscriptionsAsync((Sku.PhoneSystem, 10));
        var tollFree = Search(1, new NumberPlace(AreaCode: "800"), type: NumberType.ConferenceTollFree);

        var none = await world.Orders.SearchAsync(tollFree with { Key = NewKey() });
        await world.CreditsAsync(0);
        var zero = await world.Orders.SearchAsync(tollFree with { Key = NewKey() });
        await world.CreditsAsync(20, expires: world.Clock.Now.AddMinutes(-1));
        var expired = await world.Orders.SearchAsync(tollFree with { Key = NewKey() });
        await world.CreditsAsync(0.01m);
        var funded = await world.Orders.SearchAsync(tollFree with { Key = NewKey() });

        Assert.Equal(["number.credits_required", "number.credits_required", "number.credits_required"], new[] { none, zero, expired }.Select(r => r.Error?.Code));
        Assert.Equal((OrderStatus.Reserved, CarrierPlace.TollFreeCity), (funded.Value.Status, funded.Value.Numbers[0].City));
        Assert.StartsWith("+1800", funded.Value.Numbers[0].Number);
    }

    [Theory]
    [InlineData("US"), InlineData("GB")]
    public async Task Search_UserNumbersInUsAndEmea_NeedAnExistingCivicAddressOfTheCountry(string country)
    {
        await using var world = NumbersWorld.Create(redis);
        await world.AddressAsync("fr", "FR", "Paris");
        var place = country == "US" ? Seattle : new NumberPlace(City: "London");

        var missing = await world.Orders.SearchAsync(Search(1, place, null, country));
        var unknown = await world.Orders.SearchAsync(Search(1, place, "nope", country));
        var foreign = await world.Orders.SearchAsync(Search(1, place, "fr", country));
        await world.AddressAsync("here", country, "Somewhere", validated: false);
        var ok = await world.Orders.SearchAsync(Search(1, place, "here", country));

        Assert.Equal(["number.civic_address_required", "number.address_not_found", "number.address_country_mismatch"],
            new[] { missing, unknown, foreign }.Select(r => r.Error?.Code));
        Assert.True(ok.IsSuccess);
    }

    [Fact]
    public async Task Search_UserNumbersOutsideUsAndEmea_NeedNoAddress()
    {
        await using var world = NumbersWorld.Create(redis);

        var result = await world.Orders.SearchAsync(Search(1, new NumberPlace(City: "Tokyo"), null, "JP"));

        Assert.Equal(OrderStatus.Reserved, result.Value.Status);
        Assert.StartsWith("+813", result.Value.Numbers[0].Number);
    }

    [Fact]
    public async Task Acquire_EmeaUserNumbers_TakeTheValidatedAddressAsTheirEmergencyLocation()
    {
        await using var world = NumbersWorld.Create(redis);
        await world.AddressAsync("paris", "FR", "Paris", validated: false);
        var order = (await world.Orders.SearchAsync(Search(2, Paris, "paris", "FR"))).Value;

        var unvalidated = await world.Orders.AcquireAsync(new AcquireNumbers(Admin, NewKey(), order.Id));
        await world.AddressAsync("paris", "FR", "Paris", validated: true);
        var validated = await world.Orders.AcquireAsync(new AcquireNumbers(Admin, NewKey(), order.Id));

        Assert.Equal("number.address_not_validated", unvalidated.Error?.Code);
        Assert.True(validated.IsSuccess);
        Assert.All((await world.AllAsync(NumberCollections.Numbers)).Values, n => Assert.Equal(("paris-loc", "FR", "Paris"), (n.LocationId, n.Country, n.City)));
    }

    [Fact]
    public async Task Search_ConcurrentSearchesForTheLastNumber_ExactlyOneReservesIt()
    {
        await using var world = NumbersWorld.Create(redis, new NumbersOptions { Stock = { ["US/TX/Dallas"] = 1 } });
        await world.AddressAsync("dallas", "US", "Dallas");

        var results = await Task.WhenAll(Enumerable.Range(0, 50).Select(_ => Task.Run(() =>
            world.Orders.SearchAsync(Search(1, new NumberPlace("TX", "Dallas"), "dallas")))));

        Assert.All(results, r => Assert.True(r.IsSuccess, r.Error?.Code));
        var winner = Assert.Single(results, r => r.Value.Status == OrderStatus.Reserved).Value;
        Assert.Equal(49, results.Count(r => r.Value is { Status: OrderStatus.Error, ErrorCode: OrderErrorCode.OutOfStock }));
        var reservation = Assert.Single(await world.AllAsync(OrderCollections.Reservations));
        Assert.Equal((winner.Numbers[0].Number, winner.Id), (reservation.Key, reservation.Value.OrderId));
        await Assignment.NumberAssignmentIntegrationTests.AssertNumbersConsistentAsync(world);
    }

    [Fact]
    public async Task Acquire_ConcurrentCompletionsOfOneOrder_ExactlyOneSucceeds()
    {
        await using var world = NumbersWorld.Create(redis);
        await world.AddressAsync("hq", "US", "Seattle");
        var order = (await world.Orders.SearchAsync(Search(3, Seattle, "hq"))).Value;

        var results = await Task.WhenAll(Enumerable.Range(0, 50).Select(_ => Task.Run(() =>
            world.Orders.AcquireAsync(new AcquireNumbers(Admin, NewKey(), order.Id)))));

        Assert.Single(results, r => r.IsSuccess);
        Assert.All(results.Where(r => !r.IsSuccess), r => Assert.Equal("number.order_not_reserved", r.Error?.Code));
        Assert.Equal(3, (await world.AllAsync(NumberCollections.Numbers)).Count);
        await Assignment.NumberAssignmentIntegrationTests.AssertNumbersConsistentAsync(world);
    }

    [Theory]
    [InlineData("FR", NumberType.UserSubscriber, "New user numbers request form (France)")]
    [InlineData("US", NumberType.CallQueueTollFree, "ptn@microsoft.com")]
    [InlineData("DE", NumberType.ConferenceToll, "ptneu@microsoft.com")]
    public async Task RequestNumbers_IsSubmittedToTheRightForm(string country, NumberType type, string destination)
    {
        await using var world = NumbersWorld.Create(redis);

        var request = (await world.Orders.RequestAsync(new RequestNumbers(Admin, NewKey(), country, type, 5, "Lille office"))).Value;

        Assert.Equal((destination, NumberRequestStatus.Submitted, NumberRequestForms.Version), (request.SubmittedTo, request.Status, request.FormVersion));
        Assert.Equal(request, await world.GetAsync(OrderCollections.Requests, request.Id));
    }

    [Theory]
    [InlineData(0, "number.request_quantity_invalid"), InlineData(1, null), InlineData(1000, null), InlineData(1001, "number.request_quantity_invalid")]
    public async Task RequestNumbers_QuantityIsOneToAThousand(int quantity, string? error)
    {
        await using var world = NumbersWorld.Create(redis);

        var result = await world.Orders.RequestAsync(new RequestNumbers(Admin, NewKey(), "GB", NumberType.UserSubscriber, quantity, null));

        Assert.Equal(error, result.Error?.Code);
    }

    [Fact]
    public async Task RequestNumbers_UserNumbersWithoutAForm_TooLongNotes_AndHelpdesk_AreRefused()
    {
        await using var world = NumbersWorld.Create(redis);

        var noForm = await world.Orders.RequestAsync(new RequestNumbers(Admin, NewKey(), "JP", NumberType.UserSubscriber, 1, null));
        var longNotes = await world.Orders.RequestAsync(new RequestNumbers(Admin, NewKey(), "FR", NumberType.UserSubscriber, 1, new string('x', 1001)));
        var maxNotes = await world.Orders.RequestAsync(new RequestNumbers(Admin, NewKey(), "FR", NumberType.UserSubscriber, 1, new string('x', 1000)));
        var helpdesk = await world.Orders.RequestAsync(new RequestNumbers(HelpdeskAgent, NewKey(), "FR", NumberType.UserSubscriber, 1, null));

        Assert.Equal(["number.request_form_unavailable", "number.notes_too_long", null, "auth.admin_required"],
            new[] { noForm, longNotes, maxNotes, helpdesk }.Select(r => r.Error?.Code));
        Assert.Single(await world.AllAsync(OrderCollections.Requests));
    }

    private static async Task<(int Limit, int Used, int Remaining)> QuotaAsync(NumbersWorld world, QuotaKind kind)
    {
        var quota = (await world.Queries.QuotasAsync(Admin)).Value.Of(kind);
        return (quota.Limit, quota.Used, quota.Remaining);
    }
}
