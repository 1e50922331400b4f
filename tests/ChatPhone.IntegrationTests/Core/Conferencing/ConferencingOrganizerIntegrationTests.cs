using ChatPhone.Core.Conferencing;
using ChatPhone.Core.Directory;
using ChatPhone.IntegrationTests.Infrastructure;
using static ChatPhone.IntegrationTests.Core.Conferencing.ConferencingArrange;

namespace ChatPhone.IntegrationTests.Core.Conferencing;

[Collection(RedisCollection.Name)]
public sealed class ConferencingOrganizerIntegrationTests(RedisServerFixture redis)
{
    [Fact]
    public async Task EnableOrganizer_Licensed_GetsMicrosoftTheBridgeDefaultAndTheTenantPstnOnlyDefault()
    {
        await using var services = CoreServices.Create(redis);
        var conferencing = await ArrangeAsync(services);
        await conferencing.UpdateSettingsAsync(new UpdateConferencingSettings(Admin, NewKey(), AllowPstnOnlyMeetingsByDefault: true));

        var organizer = (await conferencing.EnableOrganizerAsync(new EnableOrganizer(Admin, NewKey(), UserId.Parse("ID-ALEX")))).Value;

        Assert.Equal(
            (Licensed, ConferencingProvider.Microsoft, Chicago, (string?)null, true, true),
            (organizer.UserId, organizer.Provider, organizer.TollNumber, organizer.TollFreeNumber, organizer.AllowTollFreeDialIn, organizer.AllowPstnOnlyMeetings));
    }

    [Fact]
    public async Task EnableOrganizer_PstnOnlyDefault_AppliesOnlyToOrganizersEnabledAfterwards()
    {
        await using var services = CoreServices.Create(redis);
        var conferencing = await ArrangeAsync(services);
        await conferencing.EnableOrganizerAsync(new EnableOrganizer(Admin, NewKey(), UserId.Parse(Licensed)));

        await conferencing.UpdateSettingsAsync(new UpdateConferencingSettings(Admin, NewKey(), AllowPstnOnlyMeetingsByDefault: true));
        var again = await conferencing.EnableOrganizerAsync(new EnableOrganizer(Admin, NewKey(), UserId.Parse(Licensed)));

        Assert.False(again.Value.AllowPstnOnlyMeetings);
    }

    [Fact]
    public async Task EnableOrganizer_WithoutAudioConferencingLicense_IsRefused()
    {
        await using var services = CoreServices.Create(redis);
        var conferencing = await ArrangeAsync(services);

        var unlicensed = await conferencing.EnableOrganizerAsync(new EnableOrganizer(Admin, NewKey(), UserId.Parse(Unlicensed)));
        var unknown = await conferencing.EnableOrganizerAsync(new EnableOrganizer(Admin, NewKey(), UserId.Parse("id-nobody")));

        Assert.Equal("conferencing.license_missing", unlicensed.Error?.Code);
        Assert.Equal("Sam Taylor", unlicensed.Error!.Args[0]);
        Assert.Equal("directory.person_not_found", unknown.Error?.Code);
        Assert.Equal("conferencing.organizer.not_enabled", (await conferencing.GetOrganizerAsync(Admin, Unlicensed)).Error?.Code);
    }

    [Fact]
    public async Task SetProvider_ThirdParty_IsRefusedForTeamsUsers_MicrosoftIsKept()
    {
        await using var services = CoreServices.Create(redis);
        var conferencing = await ArrangeAsync(services);
        await conferencing.EnableOrganizerAsync(new EnableOrganizer(Admin, NewKey(), UserId.Parse(Licensed)));

        var thirdParty = await conferencing.SetProviderAsync(new SetOrganizerProvider(Admin, NewKey(), UserId.Parse(Licensed), ConferencingProvider.ThirdParty));
        var microsoft = await conferencing.SetProviderAsync(new SetOrganizerProvider(Admin, NewKey(), UserId.Parse(Licensed), ConferencingProvider.Microsoft));

        Assert.Equal("conferencing.provider.third_party_not_for_teams", thirdParty.Error?.Code);
        Assert.Equal(ConferencingProvider.Microsoft, microsoft.Value.Provider);
    }

    [Fact]
    public async Task SetOrganizerNumber_Toll_MustBeATollNumberOnTheBridge()
    {
        await using var services = CoreServices.Create(redis);
        var conferencing = await ArrangeAsync(services, credits: true);
        await conferencing.EnableOrganizerAsync(new EnableOrganizer(Admin, NewKey(), UserId.Parse(Licensed)));
        await conferencing.AssignNumberAsync(new AssignBridgeNumber(Admin, NewKey(), TollFree));

        var notOnBridge = await conferencing.SetOrganizerNumberAsync(new SetOrganizerDefaultNumber(Admin, NewKey(), UserId.Parse(Licensed), DialInKind.Toll, Toll));
        var tollFree = await conferencing.SetOrganizerNumberAsync(new SetOrganizerDefaultNumber(Admin, NewKey(), UserId.Parse(Licensed), DialInKind.Toll, TollFree));
        var shared = await conferencing.SetOrganizerNumberAsync(new SetOrganizerDefaultNumber(Admin, NewKey(), UserId.Parse(Licensed), DialInKind.Toll, "+12125550140"));

        Assert.Equal("conferencing.bridge.not_on_bridge", notOnBridge.Error?.Code);
        Assert.Equal("conferencing.wrong_kind", tollFree.Error?.Code);
        Assert.Equal("+12125550140", shared.Value.TollNumber);
    }

    [Fact]
    public async Task SetOrganizerNumber_TollFree_NeedsCredits_AndCanBeCleared()
    {
        await using var services = CoreServices.Create(redis);
        var conferencing = await ArrangeAsync(services, credits: true);
        await conferencing.EnableOrganizerAsync(new EnableOrganizer(Admin, NewKey(), UserId.Parse(Licensed)));
        await conferencing.AssignNumberAsync(new AssignBridgeNumber(Admin, NewKey(), TollFree));

        var set = await conferencing.SetOrganizerNumberAsync(new SetOrganizerDefaultNumber(Admin, NewKey(), UserId.Parse(Licensed), DialInKind.TollFree, TollFree));
        await FundAsync(services, 0m);
        var broke = await conferencing.SetOrganizerNumberAsync(new SetOrganizerDefaultNumber(Admin, NewKey(), UserId.Parse(Licensed), DialInKind.TollFree, TollFree));
        var cleared = await conferencing.SetOrganizerNumberAsync(new SetOrganizerDefaultNumber(Admin, NewKey(), UserId.Parse(Licensed), DialInKind.TollFree, null));

        Assert.Equal(TollFree, set.Value.TollFreeNumber);
        Assert.Equal("conferencing.credits_required", broke.Error?.Code);
        Assert.Null(cleared.Value.TollFreeNumber);
        Assert.Equal(Chicago, cleared.Value.TollNumber);
    }

    [Fact]
    public async Task SetOrganizerNumber_ForSomeoneNotEnabled_IsRefused()
    {
        await using var services = CoreServices.Create(redis);
        var conferencing = await ArrangeAsync(services);

        var result = await conferencing.SetOrganizerNumberAsync(new SetOrganizerDefaultNumber(Admin, NewKey(), UserId.Parse(Licensed), DialInKind.Toll, Chicago));

        Assert.Equal("conferencing.organizer.not_enabled", result.Error?.Code);
    }

    [Fact]
    public async Task SetTollFreeDialIn_TurnsItOff()
    {
        await using var services = CoreServices.Create(redis);
        var conferencing = await ArrangeAsync(services);
        await conferencing.EnableOrganizerAsync(new EnableOrganizer(Admin, NewKey(), UserId.Parse(Licensed)));

        var result = await conferencing.SetTollFreeDialInAsync(new SetTollFreeDialIn(Admin, NewKey(), UserId.Parse(Licensed), Allow: false));

        Assert.False(result.Value.AllowTollFreeDialIn);
        Assert.False((await conferencing.ListOrganizersAsync(Admin)).Value.Single().AllowTollFreeDialIn);
    }
}
