using ChatPhone.Core.Audit;
using ChatPhone.Core.Audit.Undo;
using ChatPhone.Core.Commands;
using ChatPhone.Core.Licensing;
using ChatPhone.Core.Numbers;
using ChatPhone.Core.Numbers.Assignment;
using ChatPhone.Core.Numbers.Carrier;
using ChatPhone.Core.Numbers.Orders;
using ChatPhone.Core.Storage;
using ChatPhone.Core.Tenants;
using ChatPhone.IntegrationTests.Infrastructure;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using static ChatPhone.IntegrationTests.Core.Numbers.NumbersWorld;
using static ChatPhone.IntegrationTests.Core.Numbers.Orders.NumberOrderIntegrationTests;

namespace ChatPhone.IntegrationTests.Core.Numbers;

/// <summary>The quota-usage index: kept in the commit of every change to the inventory, rebuilt once for a tenant without it.</summary>
[Collection(RedisCollection.Name)]
public sealed class NumberUsageIntegrationTests(RedisServerFixture redis)
{
    private static readonly NumberPlace Seattle = new("WA", "Seattle");

    [Fact]
    public async Task Acquire_AndRelease_MoveTheCountOfTheirKind_InTheSameCommit()
    {
        await using var world = NumbersWorld.Create(redis);
        await world.AddressAsync("hq", "US", "Seattle");
        var order = (await world.Orders.SearchAsync(Search(3, Seattle, "hq"))).Value;

        await world.Orders.AcquireAsync(new AcquireNumbers(Admin, NewKey(), order.Id));
        var afterAcquire = await UsageAsync(world);
        var released = await world.Assignment.ReleaseAsync(new ReleaseNumbers(Admin, NewKey(), [order.Numbers[0].Number]));
        var afterRelease = await UsageAsync(world);

        Assert.Equal([order.Numbers[0].Number], released.Value.Released);
        Assert.Equal((3, 0, 0), afterAcquire);
        Assert.Equal((2, 0, 0), afterRelease);
        Assert.Equal(2, (await world.Queries.QuotasAsync(Admin)).Value.User.Used);
        var acquireAudit = await world.AuditAsync(AuditActions.Numbers.Acquire);
        Assert.Contains(acquireAudit, e => e.Target == "number-usage:User" && e.After == """{"acquired":3}""");
    }

    [Fact]
    public async Task ATenantWithoutTheIndex_IsCountedByTheQuotas_AndItsFirstSearchBuildsIt()
    {
        await using var world = NumbersWorld.Create(redis);
        await world.AddressAsync("hq", "US", "Seattle");
        await world.NumbersAsync(
            world.Number("+14255550001"), world.Number("+14255550002"),
            world.Number("+14255550003") with { Source = NumberSource.Ported },
            world.Number("+18005550100", type: NumberType.CallQueueTollFree));

        var before = (await world.Queries.QuotasAsync(Admin)).Value;
        var unbuilt = await world.AllAsync(NumberCollections.Usage);
        var search = await world.Orders.SearchAsync(Search(1, Seattle, "hq"));

        Assert.Equal((2, 0, 1), (before.User.Used, before.Toll.Used, before.TollFree.Used));
        Assert.Empty(unbuilt);
        Assert.True(search.IsSuccess, search.Error?.Code);
        Assert.Equal((2, 0, 1), await UsageAsync(world));
        Assert.Empty(await new ChatPhone.Core.Integrity.InvariantChecker(world.Runner).CheckAsync(Tenant));
    }

    [Fact]
    public async Task Search_InAPlaceWhereTheTenantHoldsHundredsOfNumbers_StillPicksTheFirstFreeOnes_InStockOrder()
    {
        await using var world = NumbersWorld.Create(redis);
        var stock = await SeattleStockAsync(world);
        var held = stock.Length - 2;
        Assert.True(held > 64 + 2, $"Seattle's stock in the tests ({stock.Length}) is too small to need more than one read.");
        await world.NumbersAsync(stock.Take(held).Where((_, i) => i != held / 2).Select(n => world.Number(n)).ToArray());

        var order = await world.Orders.SearchAsync(Search(2, Seattle, "hq"));

        Assert.True(order.IsSuccess, order.Error?.Code);
        Assert.Equal([stock[held / 2], stock[held]], order.Value.Numbers.Select(n => n.Number));
        var seattle = CarrierSearch.Select("US", false, Seattle).Places.Single().Key;
        Assert.Equal(held / 2, (await world.AllAsync(OrderCollections.StockCursors))[seattle].Held);
        Assert.Empty(await new ChatPhone.Core.Integrity.InvariantChecker(world.Runner).CheckAsync(Tenant));
    }

    [Fact]
    public async Task TheStockCursor_SkipsWhatTheTenantHolds_AndAReleaseMakesTheNextSearchOfferTheNumberAgain()
    {
        await using var world = NumbersWorld.Create(redis);
        var stock = await SeattleStockAsync(world);
        await world.NumbersAsync(stock.Take(80).Select(n => world.Number(n)).ToArray());
        var first = (await world.Orders.SearchAsync(Search(1, Seattle, "hq"))).Value;
        await world.Orders.CancelAsync(new CancelNumberOrder(Admin, NewKey(), first.Id));

        var second = (await world.Orders.SearchAsync(Search(1, Seattle, "hq"))).Value;
        await world.Orders.CancelAsync(new CancelNumberOrder(Admin, NewKey(), second.Id));
        var released = await world.Assignment.ReleaseAsync(new ReleaseNumbers(Admin, NewKey(), [stock[3]]));
        var cursorsAfterRelease = await world.AllAsync(OrderCollections.StockCursors);
        var third = (await world.Orders.SearchAsync(Search(1, Seattle, "hq"))).Value;

        Assert.Equal([stock[80]], first.Numbers.Select(n => n.Number));
        Assert.Equal([stock[80]], second.Numbers.Select(n => n.Number));
        Assert.Equal([stock[3]], released.Value.Released);
        Assert.Empty(cursorsAfterRelease);
        Assert.Equal([stock[3]], third.Numbers.Select(n => n.Number));
        Assert.Equal(3, (await world.AllAsync(OrderCollections.StockCursors)).Single().Value.Held);
        Assert.Empty(await new ChatPhone.Core.Integrity.InvariantChecker(world.Runner).CheckAsync(Tenant));
    }

    // A tenant with an address and an allowance in Seattle, and Seattle's carrier stock in the order a search walks it.
    private static async Task<string[]> SeattleStockAsync(NumbersWorld world)
    {
        await world.AddressAsync("hq", "US", "Seattle");
        await world.SubscriptionsAsync((Sku.DomesticCallingPlan, 100));
        var options = world.Services.GetRequiredService<IOptions<NumbersOptions>>().Value;
        return CarrierSearch.Select("US", false, Seattle).Stock(p => options.StockOf(p.Key)).Select(n => n.Number).ToArray();
    }

    [Fact]
    public async Task Search_Acquire_Release_AndTheQuotas_NeverReadTheWholeInventory()
    {
        await using var world = NumbersWorld.Create(redis);
        await world.AddressAsync("hq", "US", "Seattle");
        await world.SubscriptionsAsync((Sku.DomesticCallingPlan, 100));
        await world.NumbersAsync(Enumerable.Range(0, 40).Select(i => world.Number($"+1425555{i:D4}")).ToArray());
        await world.Orders.SearchAsync(Search(1, Seattle, "hq")); // builds the index, reading the inventory once
        var reads = new List<ReadSet>();
        var runner = ActivatorUtilities.CreateInstance<CommandRunner>(world.Services, world.Clock,
            new ReadRecordingStore(world.Services.GetRequiredService<ITenantStore>(), reads));
        var orders = new NumberOrderService(runner, Options.Create(new NumbersOptions()));

        var order = (await orders.SearchAsync(Search(2, Seattle, "hq"))).Value;
        var acquired = await orders.AcquireAsync(new AcquireNumbers(Admin, NewKey(), order.Id));
        var released = await new NumberAssignmentService(runner, new ChatPhone.Core.Numbers.Microsoft365.NoConnectedNumbers()).ReleaseAsync(new ReleaseNumbers(Admin, NewKey(), ["+14255550001"]));
        var quotas = await new NumberQueries(runner, world.Clock).QuotasAsync(Admin);

        Assert.True(acquired.IsSuccess && released.IsSuccess && quotas.IsSuccess);
        Assert.NotEmpty(reads);
        Assert.DoesNotContain(reads, r => r.Collections.Contains(NumberCollections.Numbers.Name));
        var numbersRead = reads.SelectMany(r => r.Documents).Where(d => d.Collection == NumberCollections.Numbers.Name).Select(d => d.Id).ToHashSet();
        Assert.DoesNotContain("+14255550030", numbersRead); // a number none of them touches
        Assert.Equal((41, 0, 0), await UsageAsync(world)); // 40, less one released, and the order's two
        Assert.Equal(41 + 1, quotas.Value.User.Used); // and the first search's reservation, still held
    }

    [Fact]
    public async Task Undo_RefusesToTakeBackAnAcquireOrARelease_AndTakingBackALocationLeavesTheCountsRight()
    {
        await using var world = NumbersWorld.Create(redis);
        await world.AddressAsync("hq", "US", "Seattle");
        await world.AddressAsync("branch", "US", "Spokane");
        var undo = new UndoService(world.Services.GetRequiredService<IAuditLog>(), world.Runner, world.Clock);
        var order = (await world.Orders.SearchAsync(Search(2, Seattle, "hq"))).Value;
        await Later(world, () => world.Orders.AcquireAsync(new AcquireNumbers(Admin, NewKey(), order.Id)));
        var undoAcquire = await UndoLastAsync(world, undo);
        await Later(world, () => world.Assignment.SetLocationAsync(new SetNumberLocation(Admin, NewKey(), order.Numbers[0].Number, "branch-loc")));
        var undoLocation = await UndoLastAsync(world, undo);
        await Later(world, () => world.Assignment.ReleaseAsync(new ReleaseNumbers(Admin, NewKey(), [order.Numbers[1].Number])));
        var undoRelease = await UndoLastAsync(world, undo);

        Assert.Equal(["undo.acquired", null, "undo.carrier"], new[] { undoAcquire, undoLocation, undoRelease }.Select(r => r.Error?.Code));
        Assert.Equal("hq-loc", (await world.GetAsync(NumberCollections.Numbers, order.Numbers[0].Number))!.LocationId);
        Assert.Equal((1, 0, 0), await UsageAsync(world));
        // (The checker's number.acquired_in_inventory also reports the completed order whose number was released since.)
        Assert.DoesNotContain(await new ChatPhone.Core.Integrity.InvariantChecker(world.Runner).CheckAsync(Tenant), v => v.Rule == "number.usage_matches_inventory");
    }

    // Each change a second after the one before, so "the last change" is one command.
    private static async Task Later<T>(NumbersWorld world, Func<Task<ChatPhone.Core.Common.Result<T>>> change)
    {
        world.Clock.Now = world.Clock.Now.AddSeconds(1);
        var result = await change();
        Assert.True(result.IsSuccess, result.Error?.Code);
    }

    private static async Task<ChatPhone.Core.Common.Result<UndoResult>> UndoLastAsync(NumbersWorld world, UndoService undo)
    {
        var last = (await undo.LastChangeAsync(Admin)).Value!;
        world.Clock.Now = world.Clock.Now.AddSeconds(1);
        return await undo.ApplyAsync(new UndoChange(Admin, NewKey(), last.Change));
    }

    private static async Task<(int User, int Toll, int TollFree)> UsageAsync(NumbersWorld world)
    {
        var usage = await world.AllAsync(NumberCollections.Usage);
        return (usage["User"].Acquired, usage["Toll"].Acquired, usage["TollFree"].Acquired);
    }
}
