using ChatPhone.Core.Audit;
using ChatPhone.Core.Conferencing;
using ChatPhone.Core.Directory;
using ChatPhone.Core.Numbers;
using ChatPhone.IntegrationTests.Infrastructure;
using Microsoft.Extensions.DependencyInjection;
using static ChatPhone.IntegrationTests.Core.Conferencing.ConferencingArrange;

namespace ChatPhone.IntegrationTests.Core.Conferencing;

[Collection(RedisCollection.Name)]
public sealed class ConferencingBridgeDefaultsIntegrationTests(RedisServerFixture redis)
{
    [Fact]
    public async Task TollFree_CanNeverBeTheBridgeDefault()
    {
        await using var services = CoreServices.Create(redis);
        var conferencing = await ArrangeAsync(services, credits: true);

        var asDefault = await conferencing.AssignNumberAsync(new AssignBridgeNumber(Admin, NewKey(), TollFree, MakeDefault: true));
        await conferencing.AssignNumberAsync(new AssignBridgeNumber(Admin, NewKey(), TollFree));
        var setDefault = await conferencing.SetDefaultAsync(new SetBridgeDefault(Admin, NewKey(), TollFree));

        Assert.Equal("conferencing.bridge.toll_free_default", asDefault.Error?.Code);
        Assert.Equal("conferencing.bridge.toll_free_default", setDefault.Error?.Code);
        Assert.Equal(Chicago, (await BridgeAsync(services))!.DefaultNumber);
    }

    [Fact]
    public async Task SetDefault_MustBeOnTheBridge_AndDoesNotChangeOrganizersDefaults()
    {
        await using var services = CoreServices.Create(redis);
        var conferencing = await ArrangeAsync(services);
        await conferencing.EnableOrganizerAsync(new EnableOrganizer(Admin, NewKey(), UserId.Parse(Licensed)));

        var notOnBridge = await conferencing.SetDefaultAsync(new SetBridgeDefault(Admin, NewKey(), Toll));
        await conferencing.AssignNumberAsync(new AssignBridgeNumber(Admin, NewKey(), Toll));
        var changed = await conferencing.SetDefaultAsync(new SetBridgeDefault(Admin, NewKey(), Toll));

        Assert.Equal("conferencing.bridge.not_on_bridge", notOnBridge.Error?.Code);
        Assert.Equal(Toll, changed.Value.DefaultNumber);
        Assert.Equal(Chicago, (await conferencing.GetOrganizerAsync(Admin, Licensed)).Value.TollNumber);
    }

    [Fact]
    public async Task Unassign_WhileAnOrganizersDefault_IsRefused_UntilMoved_ThenFreesTheNumber()
    {
        await using var services = CoreServices.Create(redis);
        var conferencing = await ArrangeAsync(services);
        await conferencing.AssignNumberAsync(new AssignBridgeNumber(Admin, NewKey(), Toll));
        await conferencing.EnableOrganizerAsync(new EnableOrganizer(Admin, NewKey(), UserId.Parse(Licensed)));
        await conferencing.SetOrganizerNumberAsync(new SetOrganizerDefaultNumber(Admin, NewKey(), UserId.Parse(Licensed), DialInKind.Toll, Toll));

        var refused = await conferencing.UnassignNumberAsync(new UnassignBridgeNumber(Admin, NewKey(), Toll));
        var state = (await conferencing.GetBridgeAsync(Admin)).Value;
        var moved = await conferencing.MoveDefaultsAsync(new MoveOrganizerDefaults(Admin, NewKey(), Toll, Chicago, DialInKind.Toll));
        var unassigned = await conferencing.UnassignNumberAsync(new UnassignBridgeNumber(Admin, NewKey(), Toll));

        Assert.Equal("conferencing.bridge.number_in_use", refused.Error?.Code);
        Assert.Equal("1", refused.Error!.Args[1]);
        Assert.Equal(1, state.Numbers.Single(n => n.Number.Number == Toll).OrganizerDefaults);
        Assert.Equal([Licensed], moved.Value.UserIds);
        Assert.Equal(Chicago, (await conferencing.GetOrganizerAsync(Admin, Licensed)).Value.TollNumber);
        Assert.Null(unassigned.Value.Find(Toll));
        Assert.Null((await NumberAsync(services, Toll))!.Assignment);
    }

    [Fact]
    public async Task Unassign_TheBridgeDefault_OrASharedNumber_IsRefused()
    {
        await using var services = CoreServices.Create(redis);
        var conferencing = await ArrangeAsync(services);
        await conferencing.AssignNumberAsync(new AssignBridgeNumber(Admin, NewKey(), Toll, MakeDefault: true));

        var isDefault = await conferencing.UnassignNumberAsync(new UnassignBridgeNumber(Admin, NewKey(), Toll));
        var shared = await conferencing.UnassignNumberAsync(new UnassignBridgeNumber(Admin, NewKey(), Chicago));
        var absent = await conferencing.UnassignNumberAsync(new UnassignBridgeNumber(Admin, NewKey(), Toll2));

        Assert.Equal("conferencing.bridge.number_is_default", isDefault.Error?.Code);
        Assert.Equal("conferencing.bridge.shared_number", shared.Error?.Code);
        Assert.Equal("conferencing.bridge.not_on_bridge", absent.Error?.Code);
        Assert.NotNull((await NumberAsync(services, Toll))!.Assignment);
    }

    [Fact]
    public async Task MoveDefaults_ToATollFreeNumberForTollDefaults_IsRefused()
    {
        await using var services = CoreServices.Create(redis);
        var conferencing = await ArrangeAsync(services, credits: true);
        await conferencing.AssignNumberAsync(new AssignBridgeNumber(Admin, NewKey(), TollFree));

        var result = await conferencing.MoveDefaultsAsync(new MoveOrganizerDefaults(Admin, NewKey(), Chicago, TollFree, DialInKind.Toll));

        Assert.Equal("conferencing.wrong_kind", result.Error?.Code);
    }

    [Fact]
    public async Task Rename_ChangesTheName_AndAnEmptyNameIsRefused()
    {
        await using var services = CoreServices.Create(redis);
        var conferencing = await ArrangeAsync(services);

        var renamed = await conferencing.RenameBridgeAsync(new RenameBridge(Admin, NewKey(), "  Contoso dial-in "));
        var empty = await conferencing.RenameBridgeAsync(new RenameBridge(Admin, NewKey(), " "));

        Assert.Equal("Contoso dial-in", renamed.Value.Name);
        Assert.Equal("conferencing.bridge.name_invalid", empty.Error?.Code);
        Assert.Equal("Contoso dial-in", (await BridgeAsync(services))!.Name);
    }

    [Fact]
    public async Task Edit_AppliesEveryPartAsOneChange_AndARefusedPartLeavesEverythingAsItWas()
    {
        await using var services = CoreServices.Create(redis);
        var conferencing = await ArrangeAsync(services);
        var settings = new UpdateConferencingSettings(Admin, NewKey(), PinLength: 8);

        var refused = await conferencing.EditBridgeAsync(new EditBridge(Admin, NewKey(), Name: "Never", AddNumber: Toll, RemoveNumber: Chicago, Settings: settings));
        var afterRefusal = (await BridgeAsync(services))!;
        var numberAfterRefusal = (await NumberAsync(services, Toll))!;
        var pinAfterRefusal = (await conferencing.GetSettingsAsync(Admin)).Value.PinLength;
        var edited = await conferencing.EditBridgeAsync(new EditBridge(Admin, NewKey(), Name: "Contoso dial-in", AddNumber: Toll, DefaultNumber: Toll, Settings: settings));

        Assert.Equal("conferencing.bridge.shared_number", refused.Error?.Code);
        Assert.NotEqual("Never", afterRefusal.Name);
        Assert.Null(afterRefusal.Find(Toll));
        Assert.Null(numberAfterRefusal.Assignment);
        Assert.NotEqual(8, pinAfterRefusal);
        Assert.True(edited.IsSuccess, edited.Error?.Code);
        Assert.Equal(("Contoso dial-in", Toll), (edited.Value.Name, edited.Value.DefaultNumber));
        Assert.Equal(AssignmentTarget.ConferenceBridge, (await NumberAsync(services, Toll))!.Assignment?.Target);
        Assert.Equal(8, (await conferencing.GetSettingsAsync(Admin)).Value.PinLength);
        var entries = (await AuditAsync(services)).Where(e => e.Action == AuditActions.Conferencing.BridgeEdit && e.Outcome == AuditOutcome.Applied).ToArray();
        Assert.Equal(3, entries.Length);
        Assert.Single(entries.Select(e => e.At).Distinct());
    }

    [Fact]
    public async Task AssignNumber_ReplayedKey_ReturnsTheFirstResult_WithOneChangeAndOneAudit()
    {
        await using var services = CoreServices.Create(redis);
        var conferencing = await ArrangeAsync(services);
        var key = NewKey();

        var first = await conferencing.AssignNumberAsync(new AssignBridgeNumber(Admin, key, Toll));
        var replay = await conferencing.AssignNumberAsync(new AssignBridgeNumber(Admin, key, Toll));
        var fresh = await conferencing.AssignNumberAsync(new AssignBridgeNumber(Admin, NewKey(), Toll));

        Assert.True(replay.IsSuccess);
        Assert.Equal(first.Value.Numbers.Select(n => n.Number), replay.Value.Numbers.Select(n => n.Number));
        Assert.Equal("conferencing.bridge.already_on_bridge", fresh.Error?.Code);
        Assert.Single(await AuditAsync(services, $"numbers:{Toll}"), e => e.Outcome == AuditOutcome.Applied);
    }

    [Fact]
    public async Task AssignNumber_ByHelpdesk_IsRefused_AuditedAndChangesNothing()
    {
        await using var services = CoreServices.Create(redis);
        var conferencing = await ArrangeAsync(services);
        var helpdesk = Admin with { UserId = "id-sam", Role = Role.Helpdesk };

        var result = await conferencing.AssignNumberAsync(new AssignBridgeNumber(helpdesk, NewKey(), Toll));
        var invalid = await conferencing.AssignNumberAsync(new AssignBridgeNumber(helpdesk, NewKey(), "not a number"));

        Assert.Equal(("auth.admin_required", "auth.admin_required"), (result.Error?.Code, invalid.Error?.Code));
        Assert.Null((await NumberAsync(services, Toll))!.Assignment);
        Assert.Equal(2, (await AuditAsync(services)).Count(e => e.Outcome == AuditOutcome.Refused && e.ActorId == "id-sam"));
    }
}
