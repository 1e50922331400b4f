using ChatPhone.Core.Common;
using ChatPhone.Core.Directory;
using ChatPhone.Core.Licensing;
using ChatPhone.Core.Numbers;
using ChatPhone.IntegrationTests.Infrastructure;
using static ChatPhone.IntegrationTests.Core.Numbers.Assignment.NumberAssignmentIntegrationTests;
using static ChatPhone.IntegrationTests.Core.Numbers.NumbersWorld;

namespace ChatPhone.IntegrationTests.Core.Numbers;

[Collection(RedisCollection.Name)]
public sealed class NumberQueriesIntegrationTests(RedisServerFixture redis)
{
    [Fact]
    public async Task List_SortsAscending_FiltersByTypeStatusAndCountry()
    {
        await using var world = await ReadyAsync(redis);
        await world.NumbersAsync(
            world.Number("+33184880000", "FR"),
            world.Number("+12065550100", type: NumberType.ConferenceToll),
            world.Number("+12065550200"));
        await world.Assignment.AssignAsync(Assign(UsNumber, Alex, locationId: "hq-loc"));

        var all = (await world.Queries.ListAsync(HelpdeskAgent, new NumberFilter())).Value;
        var unassignedUs = (await world.Queries.ListAsync(HelpdeskAgent, new NumberFilter(NumberType.UserSubscriber, PstnAssignmentStatus.Unassigned, "us"))).Value;

        Assert.Equal(["+12065550100", UsNumber, "+12065550200", "+33184880000"], all.Items.Select(n => n.Number));
        Assert.Equal((4, 0, 500), (all.Total, all.Skip, all.Top));
        Assert.Equal(["+12065550200"], unassignedUs.Items.Select(n => n.Number));
    }

    [Theory]
    [InlineData(0, 1, null), InlineData(0, 1000, null), InlineData(0, 0, "number.page_invalid"), InlineData(0, 1001, "number.page_invalid"), InlineData(-1, 10, "number.page_invalid")]
    public async Task List_PagesHoldOneToAThousandNumbers(int skip, int top, string? error)
    {
        await using var world = await ReadyAsync(redis);

        Assert.Equal(error, (await world.Queries.ListAsync(Admin, new NumberFilter(), skip, top)).Error?.Code);
    }

    [Fact]
    public async Task List_SkipAndTop_Page()
    {
        await using var world = NumbersWorld.Create(redis);
        await world.NumbersAsync(Enumerable.Range(0, 5).Select(i => world.Number($"+1206555010{i}")).ToArray());

        var page = (await world.Queries.ListAsync(Admin, new NumberFilter(), skip: 2, top: 2)).Value;

        Assert.Equal(["+12065550102", "+12065550103"], page.Items.Select(n => n.Number));
        Assert.Equal(5, page.Total);
    }

    [Fact]
    public async Task Queries_ByAUser_AreRefused_ExceptTheirOwnLines()
    {
        await using var world = await ReadyAsync(redis);
        await world.Assignment.AssignAsync(Assign(UsNumber, Alex, locationId: "hq-loc"));
        var alex = new Actor(Tenant, Alex, "Alex", Role.User);

        var list = await world.Queries.ListAsync(alex, new NumberFilter());
        var quotas = await world.Queries.QuotasAsync(alex);
        var order = await world.Queries.OrderAsync(alex, "x");
        var others = await world.Queries.LinesOfAsync(alex, "id-sam");
        var own = await world.Queries.LinesOfAsync(alex, "ID-ALEX");

        Assert.All(new[] { list.Error, quotas.Error, order.Error, others.Error }, e => Assert.Equal("auth.helpdesk_required", e?.Code));
        Assert.Equal([new UserLine(UsNumber, AssignmentCategory.Primary)], own.Value);
        Assert.Equal(own.Value, (await world.Queries.LinesOfAsync(HelpdeskAgent, Alex)).Value);
    }

    [Fact]
    public async Task Quotas_ReportLimitsAndUse()
    {
        await using var world = NumbersWorld.Create(redis);
        await world.SubscriptionsAsync((Sku.DomesticCallingPlan, 50), (Sku.PhoneSystem, 51));
        await world.NumbersAsync(world.Number("+12065550100"), world.Number("+18005550100", type: NumberType.ConferenceTollFree));

        var quotas = (await world.Queries.QuotasAsync(HelpdeskAgent)).Value;

        Assert.Equal((65, 1), (quotas.User.Limit, quotas.User.Used));
        Assert.Equal((20, 0), (quotas.Toll.Limit, quotas.Toll.Used));
        Assert.Equal((20, 1, 19), (quotas.TollFree.Limit, quotas.TollFree.Used, quotas.TollFree.Remaining));
    }

    [Fact]
    public async Task Order_Unknown_IsNotFound()
    {
        await using var world = NumbersWorld.Create(redis);

        Assert.Equal("number.order_not_found", (await world.Queries.OrderAsync(Admin, "nope")).Error?.Code);
    }
}
