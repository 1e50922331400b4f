using ChatPhone.Core.Audit;
using ChatPhone.Core.Common;
using ChatPhone.Core.Numbers;
using ChatPhone.Core.Numbers.Assignment;
using ChatPhone.Core.Numbers.Carrier;
using ChatPhone.Core.Numbers.Orders;
using ChatPhone.IntegrationTests.Infrastructure;
using static ChatPhone.IntegrationTests.Core.Numbers.Assignment.NumberAssignmentIntegrationTests;
using static ChatPhone.IntegrationTests.Core.Numbers.Orders.NumberOrderIntegrationTests;
using static ChatPhone.IntegrationTests.Core.Numbers.NumbersWorld;

namespace ChatPhone.IntegrationTests.Core.Numbers;

/// <summary>Role refusal and idempotent replay of the commands not covered elsewhere.</summary>
[Collection(RedisCollection.Name)]
public sealed class NumberCommandGuardsIntegrationTests(RedisServerFixture redis)
{
    private static readonly NumberPlace Seattle = new("WA", "Seattle");

    public static TheoryData<string> Commands() => ["acquire", "cancel", "expire", "release", "set_location", "unassign"];

    [Theory]
    [MemberData(nameof(Commands))]
    public async Task EveryCommand_ByHelpdesk_IsRefused_NothingChanges_RefusalAudited(string name)
    {
        await using var world = await ReadyAsync(redis);
        var order = (await world.Orders.SearchAsync(Search(1, Seattle, "hq"))).Value;
        var before = (await world.AllAsync(NumberCollections.Numbers)).Count;

        var error = name switch
        {
            "acquire" => (await world.Orders.AcquireAsync(new AcquireNumbers(HelpdeskAgent, NewKey(), order.Id))).Error,
            "cancel" => (await world.Orders.CancelAsync(new CancelNumberOrder(HelpdeskAgent, NewKey(), order.Id))).Error,
            "expire" => (await world.Orders.ExpireAsync(new ExpireReservations(HelpdeskAgent, NewKey()))).Error,
            "release" => (await world.Assignment.ReleaseAsync(new ReleaseNumbers(HelpdeskAgent, NewKey(), [UsNumber]))).Error,
            "set_location" => (await world.Assignment.SetLocationAsync(new SetNumberLocation(HelpdeskAgent, NewKey(), UsNumber, "hq-loc"))).Error,
            _ => (await world.Assignment.UnassignAsync(new UnassignNumber(HelpdeskAgent, NewKey(), UsNumber))).Error,
        };

        Assert.Equal("auth.admin_required", error?.Code);
        Assert.Equal(OrderStatus.Reserved, (await world.GetAsync(OrderCollections.Orders, order.Id))!.Status);
        Assert.Single(await world.AllAsync(OrderCollections.Reservations));
        Assert.Equal(before, (await world.AllAsync(NumberCollections.Numbers)).Count);
        Assert.Null((await world.GetAsync(NumberCollections.Numbers, UsNumber))!.LocationId);
        Assert.Single(await world.AuditAsync(), e => e.Outcome == AuditOutcome.Refused && e.ActorId == HelpdeskAgent.UserId);
    }

    [Fact]
    public async Task Acquire_ReplayedKey_ReturnsTheCompletedOrder_NotAnError()
    {
        await using var world = await ReadyAsync(redis);
        var order = (await world.Orders.SearchAsync(Search(2, Seattle, "hq"))).Value;
        var command = new AcquireNumbers(Admin, Key("acquire-1"), order.Id);

        var first = (await world.Orders.AcquireAsync(command)).Value;
        var replay = await world.Orders.AcquireAsync(command);

        Assert.True(replay.IsSuccess, replay.Error?.Code);
        Assert.Equal((first.Id, OrderStatus.Completed), (replay.Value.Id, replay.Value.Status));
        Assert.Equal(first.Acquired, replay.Value.Acquired);
        Assert.Single(await world.AuditAsync(AuditActions.Numbers.Acquire), e => e.Target == $"number-orders:{order.Id}");
    }

    [Fact]
    public async Task Unassign_ReplayedKey_ReturnsTheFirstResult_AndTheKeyCannotServeAnotherAction()
    {
        await using var world = await ReadyAsync(redis);
        await world.Assignment.AssignAsync(Assign(UsNumber, Alex, locationId: "hq-loc"));
        var key = Key("unassign-1");

        var first = await world.Assignment.UnassignAsync(new UnassignNumber(Admin, key, UsNumber, BlockDays: 3));
        var replay = await world.Assignment.UnassignAsync(new UnassignNumber(Admin, key, UsNumber, BlockDays: 3));
        var reused = await world.Assignment.SetLocationAsync(new SetNumberLocation(Admin, key, UsNumber, "hq-loc"));

        Assert.Equal(first.Value, replay.Value);
        Assert.Equal("request.key_reused", reused.Error?.Code);
        Assert.Single(await world.AuditAsync(AuditActions.Numbers.Unassign), e => e.Target == $"numbers:{UsNumber}");
    }

    [Fact]
    public async Task Cancel_AtTheExpiry_IsExpired()
    {
        await using var world = await ReadyAsync(redis);
        var order = (await world.Orders.SearchAsync(Search(1, Seattle, "hq"))).Value;
        world.Clock.Now = order.ExpiresAt;

        Assert.Equal("number.order_expired", (await world.Orders.CancelAsync(new CancelNumberOrder(Admin, NewKey(), order.Id))).Error?.Code);
    }

    [Fact]
    public async Task ErrorMessages_ExistInEnglishAndFrench()
    {
        await using var world = await ReadyAsync(redis);

        var error = (await world.Orders.SearchAsync(Search(1, new NumberPlace(City: "Springfield"), "hq"))).Error!;

        Assert.Contains("Nothing was changed", error.Describe(Language.English), StringComparison.Ordinal);
        Assert.Contains("Rien n’a été modifié", error.Describe(Language.French), StringComparison.Ordinal);
    }
}
