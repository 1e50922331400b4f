using ChatPhone.Core.Licensing;
using ChatPhone.Core.Numbers;
using ChatPhone.Core.Numbers.Carrier;
using ChatPhone.Core.Numbers.Orders;
using ChatPhone.IntegrationTests.Infrastructure;
using static ChatPhone.IntegrationTests.Core.Numbers.Orders.NumberOrderIntegrationTests;
using static ChatPhone.IntegrationTests.Core.Numbers.NumbersWorld;

namespace ChatPhone.IntegrationTests.Core.Numbers.Orders;

/// <summary>Toll-free numbers are national: neither a city nor the emergency address's city narrows their search.</summary>
[Collection(RedisCollection.Name)]
public sealed class TollFreeSearchIntegrationTests(RedisServerFixture redis)
{
    [Theory]
    [InlineData("FR", "Issy-les-Moulineaux", "+3380"), InlineData("GB", "Reading", "+448"), InlineData("FR", null, "+3380")]
    public async Task Search_TollFree_WithAnAddressOrCityTheCarrierDoesNotStock_ReservesNationalNumbers_ThatCanBeAcquired(
        string country, string? city, string start)
    {
        await using var world = NumbersWorld.Create(redis);
        await world.SubscriptionsAsync((Sku.PhoneSystem, 10));
        await world.CreditsAsync(20);
        await world.AddressAsync("office", country, "Issy-les-Moulineaux");
        var place = city is null ? new NumberPlace() : new NumberPlace(City: city);

        var order = await world.Orders.SearchAsync(Search(2, place, "office", country, NumberType.AutoAttendantTollFree) with { Key = NewKey() });
        var acquired = await world.Orders.AcquireAsync(new AcquireNumbers(Admin, NewKey(), order.Value.Id));

        Assert.True(order.IsSuccess, order.IsSuccess ? null : order.Error.Describe(ChatPhone.Core.Common.Language.English));
        Assert.Equal(OrderStatus.Reserved, order.Value.Status);
        Assert.All(order.Value.Numbers, n => Assert.Equal(CarrierPlace.TollFreeCity, n.City));
        Assert.Equal(2, acquired.Value.Acquired!.Count);
        Assert.All(acquired.Value.Acquired!, n => Assert.StartsWith(start, n, StringComparison.Ordinal));
    }
}
