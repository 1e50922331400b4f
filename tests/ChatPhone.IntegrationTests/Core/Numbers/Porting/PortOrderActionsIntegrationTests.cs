using ChatPhone.Core.Common;
using ChatPhone.Core.Numbers.Porting;
using ChatPhone.IntegrationTests.Infrastructure;
using Microsoft.Extensions.DependencyInjection;
using static ChatPhone.IntegrationTests.Core.Numbers.Porting.PortingIntegrationTests;

namespace ChatPhone.IntegrationTests.Core.Numbers.Porting;

/// <summary>Every status × action cell of the reference's table, through the real commands.</summary>
[Collection(RedisCollection.Name)]
public sealed class PortOrderActionsIntegrationTests(RedisServerFixture redis)
{
    public static TheoryData<PortOrderStatus> Statuses() => new(Enum.GetValues<PortOrderStatus>());

    private async Task<(ServiceProvider Services, PortingService Porting, PortOrder Order)> SeedAsync(PortOrderStatus status)
    {
        var services = CoreServices.Create(redis, new ManualClock(Monday));
        var details = PortRequestRules.Details(Request());
        var order = new PortOrder("o-1", status, details, [Btn], PortNumberKind.Local, null, Monday.AddDays(-7),
            status is PortOrderStatus.TransferApproved or PortOrderStatus.TransferPending or PortOrderStatus.Completed ? Foc : null,
            status == PortOrderStatus.Error ? new Error("port.rejection.name_mismatch") : null,
            [new PortStatusChange(status, Monday.AddDays(-1))]);
        await TenantSeed.PutAsync(services, Tenant, PortingCollections.Orders, (order.Id, order));
        return (services, services.GetRequiredService<PortingService>(), order);
    }

    [Theory]
    [MemberData(nameof(Statuses))]
    public async Task View_FollowsTheTable(PortOrderStatus status)
    {
        var (services, porting, order) = await SeedAsync(status);
        await using var _s = services;

        var view = await porting.GetPortOrderAsync(Admin, order.Id);

        Assert.Equal(PortOrderPermissions.For(status).View, view.IsSuccess);
        Assert.True(view.IsSuccess || view.Error!.Code == "port.view_not_allowed");
        Assert.Single((await porting.ListPortOrdersAsync(Admin)).Value);
    }

    [Theory]
    [MemberData(nameof(Statuses))]
    public async Task Edit_FollowsTheTable(PortOrderStatus status)
    {
        var (services, porting, order) = await SeedAsync(status);
        await using var _s = services;

        var edit = await porting.EditPortOrderAsync(new EditPortOrder(Admin, Key("e"), order.Id, Request()));

        var expected = PortOrderPermissions.For(status).Edit switch
        {
            PortEdit.Full => null,
            PortEdit.FocDateOnly => "port.edit_foc_only",
            _ => "port.edit_not_allowed",
        };
        Assert.Equal(expected, edit.Error?.Code);
        var stored = await TenantSeed.GetAsync(services, Tenant, PortingCollections.Orders, order.Id);
        Assert.Equal(expected is null ? PortOrderStatus.Processing : status, stored!.Status);
    }

    [Theory]
    [MemberData(nameof(Statuses))]
    public async Task Cancel_FollowsTheTable(PortOrderStatus status)
    {
        var (services, porting, order) = await SeedAsync(status);
        await using var _s = services;

        var cancel = await porting.CancelPortOrderAsync(new CancelPortOrder(Admin, Key("c"), order.Id));

        var allowed = PortOrderPermissions.For(status).Cancel;
        Assert.Equal(allowed ? null : "port.cancel_not_allowed", cancel.Error?.Code);
        var stored = await TenantSeed.GetAsync(services, Tenant, PortingCollections.Orders, order.Id);
        Assert.Equal(allowed ? PortOrderStatus.Cancelled : status, stored!.Status);
    }

    [Theory]
    [MemberData(nameof(Statuses))]
    public async Task Delete_IsRefusedInEveryStatus(PortOrderStatus status)
    {
        var (services, porting, order) = await SeedAsync(status);
        await using var _s = services;

        var delete = await porting.DeletePortOrderAsync(new DeletePortOrder(Admin, Key("d"), order.Id));

        Assert.Equal(status == PortOrderStatus.Error ? "port.delete_error_order" : "port.delete_not_allowed", delete.Error!.Code);
        Assert.NotNull(await TenantSeed.GetAsync(services, Tenant, PortingCollections.Orders, order.Id));
    }

    [Theory]
    [MemberData(nameof(Statuses))]
    public async Task SetFocDate_OnlyInTransferApproved(PortOrderStatus status)
    {
        var (services, porting, order) = await SeedAsync(status);
        await using var _s = services;

        var foc = await porting.SetFocDateAsync(new SetFocDate(Admin, Key("f"), order.Id, new DateOnly(2026, 3, 25)));

        if (status == PortOrderStatus.TransferApproved)
        {
            Assert.Equal(new DateTimeOffset(2026, 3, 25, 9, 0, 0, BusinessCalendar.Est), foc.Value.FocDate);
        }
        else
        {
            Assert.Equal("port.foc_not_allowed", foc.Error!.Code);
        }
    }

    [Theory]
    [InlineData(2026, 3, 7, "port.foc_not_business_day")]
    [InlineData(2026, 3, 3, "port.foc_too_soon")]
    [InlineData(2026, 3, 4, null)]
    public async Task SetFocDate_MustBeABusinessDayMoreThan24HoursAway(int y, int m, int d, string? expected)
    {
        var (services, porting, order) = await SeedAsync(PortOrderStatus.TransferApproved);
        await using var _s = services;

        var foc = await porting.SetFocDateAsync(new SetFocDate(Admin, Key("f"), order.Id, new DateOnly(y, m, d)));

        Assert.Equal(expected, foc.Error?.Code);
    }

    [Fact]
    public async Task Actions_OnAnUnknownOrder_SayItIsNotFound()
    {
        var (services, porting, _) = await SeedAsync(PortOrderStatus.Processing);
        await using var _s = services;

        Assert.Equal("port.order_not_found", (await porting.CancelPortOrderAsync(new CancelPortOrder(Admin, Key("c"), "nope"))).Error!.Code);
        Assert.Equal("port.order_not_found", (await porting.GetPortOrderAsync(Admin, "nope")).Error!.Code);
    }
}
