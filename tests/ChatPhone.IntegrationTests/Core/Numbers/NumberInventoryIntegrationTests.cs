using ChatPhone.Core.Directory;
using ChatPhone.Core.Numbers;
using ChatPhone.Core.Numbers.Assignment;
using ChatPhone.IntegrationTests.Infrastructure;
using static ChatPhone.IntegrationTests.Core.Numbers.Assignment.NumberAssignmentIntegrationTests;
using static ChatPhone.IntegrationTests.Core.Numbers.NumbersWorld;

namespace ChatPhone.IntegrationTests.Core.Numbers;

[Collection(RedisCollection.Name)]
public sealed class NumberInventoryIntegrationTests(RedisServerFixture redis)
{
    [Fact]
    public async Task Unassign_KeepsTheNumberInTheInventory_AndEmptiesTheUsersLines()
    {
        await using var world = await AssignedAsync(redis);

        var unassigned = (await world.Assignment.UnassignAsync(new UnassignNumber(Admin, NewKey(), UsNumber))).Value;

        Assert.Equal((PstnAssignmentStatus.Unassigned, null), (unassigned.Status, unassigned.BlockedUntil));
        Assert.NotNull(await world.GetAsync(NumberCollections.Numbers, UsNumber));
        Assert.Null(await world.GetAsync(NumberCollections.UserLines, Alex));
        Assert.Equal("number.not_assigned", (await world.Assignment.UnassignAsync(new UnassignNumber(Admin, NewKey(), UsNumber))).Error?.Code);
    }

    [Fact]
    public async Task Unassign_OneOfSeveralLines_KeepsTheOthers()
    {
        await using var world = await AssignedAsync(redis);
        await world.NumbersAsync(world.Number("+12065550124"));
        await world.Assignment.AssignAsync(Assign("+12065550124", Alex, AssignmentCategory.Alternate, "hq-loc"));

        await world.Assignment.UnassignAsync(new UnassignNumber(Admin, NewKey(), UsNumber));

        Assert.Equal([new UserLine("+12065550124", AssignmentCategory.Alternate)], await world.GetAsync(NumberCollections.UserLines, Alex));
    }

    [Theory]
    [InlineData(0, false, "number.block_days_invalid"), InlineData(1, false, null), InlineData(365, false, null)]
    [InlineData(366, false, "number.block_days_invalid"), InlineData(30, true, "number.block_conflict")]
    public async Task Unassign_BlockDaysAreOneTo365_NotWithForever(int days, bool forever, string? error)
    {
        await using var world = await AssignedAsync(redis);

        var result = await world.Assignment.UnassignAsync(new UnassignNumber(Admin, NewKey(), UsNumber, days, forever));

        Assert.Equal(error, result.Error?.Code);
        if (error is null)
        {
            Assert.Equal(world.Clock.Now.AddDays(days), result.Value.BlockedUntil);
            Assert.Equal("number.blocked", (await world.Assignment.AssignAsync(Assign(UsNumber, Alex, locationId: "hq-loc"))).Error?.Code);
        }
        else
        {
            Assert.NotNull((await world.GetAsync(NumberCollections.Numbers, UsNumber))!.Assignment);
        }
    }

    [Fact]
    public async Task Unassign_BlockedForever_RefusesAssignmentUntilTheBlockIsRemoved()
    {
        await using var world = await AssignedAsync(redis);

        var unassigned = (await world.Assignment.UnassignAsync(new UnassignNumber(Admin, NewKey(), UsNumber, BlockForever: true))).Value;
        world.Clock.Now = world.Clock.Now.AddDays(1000);

        Assert.Equal(DateTimeOffset.MaxValue, unassigned.BlockedUntil);
        Assert.Equal("number.blocked_forever", (await world.Assignment.AssignAsync(Assign(UsNumber, Alex, locationId: "hq-loc"))).Error?.Code);
    }

    [Fact]
    public async Task Unassign_NumberOfAResourceAccount_IsNotForThisCommand_AndHelpdeskIsRefused()
    {
        await using var world = await ReadyAsync(redis);
        await world.NumbersAsync(world.Number(UsNumber, type: NumberType.CallQueueToll) with
        {
            Assignment = new NumberAssignment(AssignmentTarget.ResourceAccount, "ra-1", AssignmentCategory.Primary, world.Clock.Now),
        });

        var resource = await world.Assignment.UnassignAsync(new UnassignNumber(Admin, NewKey(), UsNumber));
        var helpdesk = await world.Assignment.UnassignAsync(new UnassignNumber(HelpdeskAgent, NewKey(), UsNumber));

        Assert.Equal(("number.not_user_assigned", "auth.admin_required"), (resource.Error?.Code, helpdesk.Error?.Code));
    }

    [Fact]
    public async Task Release_AnyAssignedNumber_ReleasesNone_AndSaysWhy()
    {
        await using var world = await AssignedAsync(redis);
        await world.NumbersAsync(world.Number("+12065550124"));

        var outcome = (await world.Assignment.ReleaseAsync(new ReleaseNumbers(Admin, NewKey(), [UsNumber, "+12065550124", "+12065550999"]))).Value;

        Assert.Empty(outcome.Released);
        Assert.Equal([UsNumber], outcome.Assigned);
        Assert.Equal(["+12065550999"], outcome.NotOwned);
        Assert.Equal(["+12065550124"], outcome.Kept);
        Assert.Equal(2, (await world.AllAsync(NumberCollections.Numbers)).Count);
    }

    [Fact]
    public async Task Release_UnassignedNumbers_LeaveTheInventory()
    {
        await using var world = await ReadyAsync(redis);
        await world.NumbersAsync(world.Number("+12065550124"));

        var outcome = (await world.Assignment.ReleaseAsync(new ReleaseNumbers(Admin, NewKey(), [UsNumber, "12065550124", "+12065550999"]))).Value;

        Assert.Equal([UsNumber, "+12065550124"], outcome.Released);
        Assert.Equal(["+12065550999"], outcome.NotOwned);
        Assert.Empty(await world.AllAsync(NumberCollections.Numbers));
    }

    [Theory]
    [InlineData(0, "number.release_count_invalid"), InlineData(1001, "number.release_count_invalid")]
    public async Task Release_ListsOneToAThousandNumbers(int count, string error)
    {
        await using var world = await ReadyAsync(redis);
        var numbers = Enumerable.Range(0, count).Select(i => $"+1206555{i:D4}").ToArray();

        Assert.Equal(error, (await world.Assignment.ReleaseAsync(new ReleaseNumbers(Admin, NewKey(), numbers))).Error?.Code);
        Assert.Single(await world.AllAsync(NumberCollections.Numbers));
    }

    [Fact]
    public async Task Release_AThousandNumbers_IsAccepted()
    {
        await using var world = await ReadyAsync(redis);
        var numbers = Enumerable.Range(0, 999).Select(i => $"+1206555{i:D4}").Append(UsNumber).Distinct().ToArray();

        var outcome = await world.Assignment.ReleaseAsync(new ReleaseNumbers(Admin, NewKey(), numbers));

        Assert.True(outcome.IsSuccess, outcome.Error?.Code);
        Assert.Equal([UsNumber], outcome.Value.Released);
    }

    [Theory]
    [InlineData("hq-loc", null), InlineData("draft-loc", "number.address_not_validated"), InlineData("nowhere", "number.location_not_found")]
    public async Task SetLocation_NeedsALocationOfAValidatedAddress(string locationId, string? error)
    {
        await using var world = await ReadyAsync(redis);
        await world.AddressAsync("draft", "US", "Seattle", validated: false);

        var result = await world.Assignment.SetLocationAsync(new SetNumberLocation(Admin, NewKey(), UsNumber, locationId));

        Assert.Equal(error, result.Error?.Code);
        Assert.Equal(error is null ? "hq-loc" : null, (await world.GetAsync(NumberCollections.Numbers, UsNumber))!.LocationId);
    }

    private static async Task<NumbersWorld> AssignedAsync(RedisServerFixture redis)
    {
        var world = await ReadyAsync(redis);
        Assert.True((await world.Assignment.AssignAsync(Assign(UsNumber, Alex, locationId: "hq-loc"))).IsSuccess);
        return world;
    }
}
