using ChatPhone.Core.Audit;
using ChatPhone.Core.Numbers;
using ChatPhone.Core.Numbers.Assignment;
using ChatPhone.IntegrationTests.Infrastructure;
using static ChatPhone.IntegrationTests.Core.Numbers.NumbersWorld;

namespace ChatPhone.IntegrationTests.Core.Numbers.Assignment;

[Collection(RedisCollection.Name)]
public sealed class SetNumbersLocationIntegrationTests(RedisServerFixture redis)
{
    private const string Paris1 = "+33184880001";
    private const string Paris2 = "+33184880002";

    private static async Task<NumbersWorld> WorldAsync(RedisServerFixture redis)
    {
        var world = NumbersWorld.Create(redis);
        await world.AddressAsync("paris", "FR", "Paris");
        await world.AddressAsync("lyon", "FR", "Lyon");
        await world.AddressAsync("seattle", "US", "Seattle");
        await world.AddressAsync("draft", "FR", "Lille", validated: false);
        await world.NumbersAsync(world.Number(Paris1, "FR", locationId: "paris-loc"), world.Number(Paris2, "FR", locationId: "paris-loc"));
        return world;
    }

    [Fact]
    public async Task SetLocations_MovesEveryNumberInOneCommit_AuditedPerNumber_AndAReplayChangesNothing()
    {
        await using var world = await WorldAsync(redis);
        var key = Key("move-1");
        var command = new SetNumbersLocation(Admin, key, [new(Paris1, "paris-loc"), new(Paris2, "paris-loc")], "lyon-loc");

        var moved = await world.Assignment.SetLocationsAsync(command);
        var replay = await world.Assignment.SetLocationsAsync(command);

        Assert.True(moved.IsSuccess, moved.Error?.Code);
        Assert.Equal(["lyon-loc", "lyon-loc"], moved.Value.Select(n => n.LocationId));
        Assert.True(replay.IsSuccess);
        Assert.Equal("lyon-loc", (await world.GetAsync(NumberCollections.Numbers, Paris2))!.LocationId);
        var audit = (await world.AuditAsync(AuditActions.Numbers.SetLocations)).Where(e => e.Outcome == ChatPhone.Core.Audit.AuditOutcome.Applied);
        Assert.Equal(["numbers:" + Paris1, "numbers:" + Paris2], audit.Select(e => e.Target).Order(StringComparer.Ordinal));
    }

    [Theory]
    [InlineData("seattle-loc", "paris-loc", "number.location_country_mismatch")]
    [InlineData("draft-loc", "paris-loc", "number.address_not_validated")]
    [InlineData("nowhere", "paris-loc", "number.location_not_found")]
    [InlineData("lyon-loc", "lyon-loc", "number.location_changed")]
    public async Task SetLocations_ARefusedNumber_ChangesNone(string locationId, string expected, string error)
    {
        await using var world = await WorldAsync(redis);

        var result = await world.Assignment.SetLocationsAsync(
            new SetNumbersLocation(Admin, NewKey(), [new(Paris1, "paris-loc"), new(Paris2, expected)], locationId));

        Assert.Equal(error, result.Error?.Code);
        Assert.Equal("paris-loc", (await world.GetAsync(NumberCollections.Numbers, Paris1))!.LocationId);
        Assert.Equal("paris-loc", (await world.GetAsync(NumberCollections.Numbers, Paris2))!.LocationId);
    }

    [Fact]
    public async Task SetLocations_HelpdeskOrNoNumbers_IsRefused()
    {
        await using var world = await WorldAsync(redis);

        var helpdesk = await world.Assignment.SetLocationsAsync(new SetNumbersLocation(HelpdeskAgent, NewKey(), [new(Paris1, "paris-loc")], "lyon-loc"));
        var none = await world.Assignment.SetLocationsAsync(new SetNumbersLocation(Admin, NewKey(), [], "lyon-loc"));

        Assert.Equal(("auth.admin_required", "number.numbers_required"), (helpdesk.Error?.Code, none.Error?.Code));
    }
}
