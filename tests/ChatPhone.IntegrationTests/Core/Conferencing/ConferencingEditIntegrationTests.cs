using ChatPhone.Core.Conferencing;
using ChatPhone.Core.Directory;
using ChatPhone.Core.Licensing;
using ChatPhone.IntegrationTests.Infrastructure;
using static ChatPhone.IntegrationTests.Core.Conferencing.ConferencingArrange;

namespace ChatPhone.IntegrationTests.Core.Conferencing;

/// <summary>
/// One EditBridge changing everything conferencing has: the toll-free number on every organizer's invites (and new
/// organizers'), languages, invites, organizers and the move of organizers to a new default, all or nothing.
/// </summary>
[Collection(RedisCollection.Name)]
public sealed class ConferencingEditIntegrationTests(RedisServerFixture redis)
{
    private const string Megan = "id-megan";

    [Fact]
    public async Task Edit_TollFreeOnInvites_GoesToEveryOrganizer_AndToOrganizersEnabledLater_AndCannotLeaveTheBridge()
    {
        await using var services = CoreServices.Create(redis);
        var conferencing = await ArrangeAsync(services, credits: true);
        await conferencing.AssignNumberAsync(new AssignBridgeNumber(Admin, NewKey(), TollFree));
        await conferencing.EnableOrganizerAsync(new EnableOrganizer(Admin, NewKey(), UserId.Parse(Licensed)));

        var edited = await conferencing.EditBridgeAsync(new EditBridge(Admin, NewKey(), DefaultTollFreeNumber: TollFree));
        await MeganAsync(services);
        var later = await conferencing.EnableOrganizerAsync(new EnableOrganizer(Admin, NewKey(), UserId.Parse(Megan)));
        var removal = await conferencing.UnassignNumberAsync(new UnassignBridgeNumber(Admin, NewKey(), TollFree));
        var cleared = await conferencing.EditBridgeAsync(new EditBridge(Admin, NewKey(), ClearTollFreeDefault: true));

        Assert.Equal(TollFree, edited.Value.DefaultTollFreeNumber);
        Assert.Equal(TollFree, later.Value.TollFreeNumber);
        Assert.Equal("conferencing.bridge.number_is_toll_free_default", removal.Error?.Code);
        Assert.Null(cleared.Value.DefaultTollFreeNumber);
        Assert.All((await conferencing.ListOrganizersAsync(Admin)).Value, o => Assert.Null(o.TollFreeNumber));
    }

    [Fact]
    public async Task Edit_TollFreeOnInvites_WithoutCredits_OrNotTollFree_IsRefused()
    {
        await using var services = CoreServices.Create(redis);
        var conferencing = await ArrangeAsync(services, credits: true);
        await conferencing.AssignNumberAsync(new AssignBridgeNumber(Admin, NewKey(), TollFree));
        await FundAsync(services, 0m);

        var noCredits = await conferencing.EditBridgeAsync(new EditBridge(Admin, NewKey(), DefaultTollFreeNumber: TollFree));
        var toll = await conferencing.EditBridgeAsync(new EditBridge(Admin, NewKey(), DefaultTollFreeNumber: Chicago));

        Assert.Equal("conferencing.credits_required", noCredits.Error?.Code);
        Assert.Equal("conferencing.wrong_kind", toll.Error?.Code);
        Assert.Null((await BridgeAsync(services))!.DefaultTollFreeNumber);
    }

    [Fact]
    public async Task Edit_EverythingAtOnce_IsApplied_AndOneRefusedPart_LeavesAllAsItWas()
    {
        await using var services = CoreServices.Create(redis);
        var conferencing = await ArrangeAsync(services);
        await conferencing.AssignNumberAsync(new AssignBridgeNumber(Admin, NewKey(), Toll));
        await conferencing.EnableOrganizerAsync(new EnableOrganizer(Admin, NewKey(), UserId.Parse(Licensed)));
        var languages = new[] { new NumberLanguagesEdit(Toll, new NumberLanguages("fr-FR", ["en-US"])) };
        var invite = new InviteCustomization("https://contoso.com/help", null, "Call us", null);
        var settings = new UpdateConferencingSettings(Admin, NewKey(), EntryExitAnnouncementsType: EntryExitAnnouncementsType.ToneOnly, AutomaticallyReplaceAcpProvider: true);

        var refused = await conferencing.EditBridgeAsync(new EditBridge(Admin, NewKey(), DefaultNumber: Toll, MoveOrganizers: true, Languages: languages,
            Invite: invite, Settings: settings, Organizers: [new OrganizerEdit(UserId.Parse(Licensed), ConferencingProvider.ThirdParty)]));
        var shared = await conferencing.EditBridgeAsync(new EditBridge(Admin, NewKey(), Languages: [new NumberLanguagesEdit(Chicago, null)], Invite: invite));
        var afterRefusals = (await BridgeAsync(services))!;
        var edited = await conferencing.EditBridgeAsync(new EditBridge(Admin, NewKey(), DefaultNumber: Toll, MoveOrganizers: true, Languages: languages,
            Invite: invite, Settings: settings, Organizers: [new OrganizerEdit(UserId.Parse(Licensed), ConferencingProvider.Microsoft)]));

        Assert.Equal("conferencing.provider.third_party_not_for_teams", refused.Error?.Code);
        Assert.Equal("conferencing.languages.shared_number", shared.Error?.Code);
        Assert.Equal(Chicago, afterRefusals.DefaultNumber);
        Assert.Null(afterRefusals.Find(Toll)?.Languages);
        Assert.True(edited.IsSuccess, edited.Error?.Code);
        Assert.Equal(("fr-FR", "en-US"), (edited.Value.Find(Toll)?.Languages?.Primary, edited.Value.Find(Toll)?.Languages?.Secondary.Single()));
        Assert.Equal(Toll, (await conferencing.GetOrganizerAsync(Admin, Licensed)).Value.TollNumber);
        var now = (await conferencing.GetSettingsAsync(Admin)).Value;
        Assert.Equal((invite, EntryExitAnnouncementsType.ToneOnly, true), (now.Invite, now.EntryExitAnnouncementsType, now.AutomaticallyReplaceAcpProvider));
    }

    [Fact]
    public async Task Edit_OrganizerNumbers_MustBeBridgeNumbersOfTheirKind_AndTheOrganizerMustBeEnabled()
    {
        await using var services = CoreServices.Create(redis);
        var conferencing = await ArrangeAsync(services);
        await conferencing.AssignNumberAsync(new AssignBridgeNumber(Admin, NewKey(), Toll));
        await conferencing.EnableOrganizerAsync(new EnableOrganizer(Admin, NewKey(), UserId.Parse(Licensed)));

        var notEnabled = await conferencing.EditBridgeAsync(new EditBridge(Admin, NewKey(), Organizers: [new OrganizerEdit(UserId.Parse(Unlicensed), TollNumber: Toll)]));
        var wrongKind = await conferencing.EditBridgeAsync(new EditBridge(Admin, NewKey(), Organizers: [new OrganizerEdit(UserId.Parse(Licensed), TollFreeNumber: Toll)]));
        var set = await conferencing.EditBridgeAsync(new EditBridge(Admin, NewKey(), Organizers: [new OrganizerEdit(UserId.Parse(Licensed), TollNumber: Toll)]));

        Assert.Equal("conferencing.organizer.not_enabled", notEnabled.Error?.Code);
        Assert.Equal("conferencing.wrong_kind", wrongKind.Error?.Code);
        Assert.True(set.IsSuccess, set.Error?.Code);
        Assert.Equal(Toll, (await conferencing.GetOrganizerAsync(Admin, Licensed)).Value.TollNumber);
    }

    // A second licensed person, enabled after the toll-free number was chosen for invites.
    private static async Task MeganAsync(Microsoft.Extensions.DependencyInjection.ServiceProvider services)
    {
        await TenantSeed.PeopleAsync(services, Tenant, (Megan, "megan@contoso.com", "Megan Bowen", "US", "user"));
        await TenantSeed.PutAsync(services, Tenant, LicensingCollections.Users, (Megan, new UserLicenses(Megan, "US", [Sku.AudioConferencing])));
    }
}
