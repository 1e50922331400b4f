using ChatPhone.Core.Audit;
using ChatPhone.Core.Conferencing;
using ChatPhone.Core.Directory;
using ChatPhone.Core.Numbers;
using ChatPhone.IntegrationTests.Infrastructure;
using Microsoft.Extensions.DependencyInjection;
using static ChatPhone.IntegrationTests.Core.Conferencing.ConferencingArrange;

namespace ChatPhone.IntegrationTests.Core.Conferencing;

[Collection(RedisCollection.Name)]
public sealed class ConferencingBridgeIntegrationTests(RedisServerFixture redis)
{
    [Fact]
    public async Task Enable_Us_BridgeHasTheFourSharedNumbers_ChicagoDefault_AndEnablingAgainChangesNothing()
    {
        await using var services = CoreServices.Create(redis);
        var conferencing = await ArrangeAsync(services);

        var again = await conferencing.EnableAsync(new EnableConferencing(Admin, NewKey(), "us"));
        var state = (await conferencing.GetBridgeAsync(Admin)).Value;

        Assert.Equal(4, state.Bridge.Numbers.Count);
        Assert.All(state.Bridge.Numbers, n => Assert.True(n.Shared));
        Assert.Equal(Chicago, state.Bridge.DefaultNumber);
        Assert.Equal(ConferenceBridge.DefaultName, state.Bridge.Name);
        Assert.Equal(state.Bridge.Id, again.Value.Id);
        Assert.Null(await NumberAsync(services, Chicago));
    }

    [Fact]
    public async Task Enable_WithoutAudioConferencingSubscription_IsRefused()
    {
        await using var services = CoreServices.Create(redis);
        var conferencing = ActivatorUtilities.CreateInstance<ConferencingService>(services);

        var result = await conferencing.EnableAsync(new EnableConferencing(Admin, NewKey(), "US"));
        var country = await conferencing.EnableAsync(new EnableConferencing(Admin, NewKey(), "ZZ"));

        Assert.Equal("conferencing.no_subscription", result.Error?.Code);
        Assert.Equal("conferencing.country_invalid", country.Error?.Code);
        Assert.Null(await BridgeAsync(services));
    }

    [Fact]
    public async Task BridgeCommands_BeforeEnabling_SayConferencingIsNotEnabled()
    {
        await using var services = CoreServices.Create(redis);
        var conferencing = await ArrangeAsync(services, enable: false);

        Assert.Equal("conferencing.not_enabled", (await conferencing.AssignNumberAsync(new AssignBridgeNumber(Admin, NewKey(), Toll))).Error?.Code);
        Assert.Equal("conferencing.not_enabled", (await conferencing.GetBridgeAsync(Admin)).Error?.Code);
        Assert.Equal("conferencing.not_enabled", (await conferencing.EnableOrganizerAsync(new EnableOrganizer(Admin, NewKey(), UserId.Parse(Licensed)))).Error?.Code);
    }

    [Fact]
    public async Task AssignNumber_ConferenceToll_AssignsItToTheBridgeInBothDocuments()
    {
        await using var services = CoreServices.Create(redis);
        var conferencing = await ArrangeAsync(services);

        var bridge = (await conferencing.AssignNumberAsync(new AssignBridgeNumber(Admin, NewKey(), "tel:" + Toll))).Value;

        var entry = Assert.Single(bridge.Numbers, n => n.Number == Toll);
        Assert.False(entry.Shared);
        Assert.Equal(Chicago, bridge.DefaultNumber);
        var number = await NumberAsync(services, Toll);
        Assert.Equal((AssignmentTarget.ConferenceBridge, bridge.Id, AssignmentCategory.Primary),
            (number!.Assignment!.Target, number.Assignment.TargetId, number.Assignment.Category));
        Assert.Equal(PstnAssignmentStatus.ConferenceAssigned, number.Status);
    }

    [Theory]
    [InlineData(CallQueueToll, "CallQueueToll")]
    [InlineData(AutoAttendantToll, "AutoAttendantToll")]
    [InlineData(UserNumber, "UserSubscriber")]
    public async Task AssignNumber_NotAConferenceNumber_IsRefused_AndNothingChanges(string number, string type)
    {
        await using var services = CoreServices.Create(redis);
        var conferencing = await ArrangeAsync(services);

        var result = await conferencing.AssignNumberAsync(new AssignBridgeNumber(Admin, NewKey(), number));

        Assert.Equal("conferencing.bridge.not_conference_number", result.Error?.Code);
        Assert.Equal("NumberType." + type, result.Error!.Args[1]);
        Assert.Null((await NumberAsync(services, number))!.Assignment);
        Assert.Equal(4, (await BridgeAsync(services))!.Numbers.Count);
    }

    [Theory]
    [InlineData("+12065550199", "conferencing.number_not_found")]
    [InlineData(AssignedToll, "conferencing.number_assigned")]
    [InlineData(BlockedToll, "conferencing.number_blocked")]
    [InlineData(Chicago, "conferencing.bridge.already_on_bridge")]
    [InlineData("+1206", "number.invalid")]
    public async Task AssignNumber_UnavailableNumber_IsRefused(string number, string code)
    {
        await using var services = CoreServices.Create(redis);
        var conferencing = await ArrangeAsync(services);

        Assert.Equal(code, (await conferencing.AssignNumberAsync(new AssignBridgeNumber(Admin, NewKey(), number))).Error?.Code);
    }

    [Fact]
    public async Task AssignNumber_TollFree_NeedsAPositiveCreditsBalance()
    {
        await using var services = CoreServices.Create(redis);
        var conferencing = await ArrangeAsync(services);

        var none = await conferencing.AssignNumberAsync(new AssignBridgeNumber(Admin, NewKey(), TollFree));
        await FundAsync(services, 0m);
        var empty = await conferencing.AssignNumberAsync(new AssignBridgeNumber(Admin, NewKey(), TollFree));
        await FundAsync(services, 0.01m);
        var funded = await conferencing.AssignNumberAsync(new AssignBridgeNumber(Admin, NewKey(), TollFree));

        Assert.Equal(("conferencing.credits_required", "conferencing.credits_required"), (none.Error?.Code, empty.Error?.Code));
        Assert.True(funded.IsSuccess);
        Assert.Equal(DialInKind.TollFree, funded.Value.Find(TollFree)!.Kind);
    }
}
