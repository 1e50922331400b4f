using ChatPhone.Core.Audit;
using ChatPhone.Core.Conferencing;
using ChatPhone.Core.Directory;
using ChatPhone.IntegrationTests.Infrastructure;
using static ChatPhone.IntegrationTests.Core.Conferencing.ConferencingArrange;

namespace ChatPhone.IntegrationTests.Core.Conferencing;

[Collection(RedisCollection.Name)]
public sealed class ConferencingSettingsIntegrationTests(RedisServerFixture redis)
{
    [Theory]
    [InlineData(3, false)]
    [InlineData(4, true)]
    [InlineData(12, true)]
    [InlineData(13, false)]
    public async Task UpdateSettings_PinLength_FourToTwelve(int length, bool accepted)
    {
        await using var services = CoreServices.Create(redis);
        var conferencing = await ArrangeAsync(services, enable: false);

        var result = await conferencing.UpdateSettingsAsync(new UpdateConferencingSettings(Admin, NewKey(), PinLength: length));

        Assert.Equal(accepted, result.IsSuccess);
        Assert.Equal(accepted ? length : 5, (await conferencing.GetSettingsAsync(Admin)).Value.PinLength);
        if (!accepted)
        {
            Assert.Equal("conferencing.pin_length_out_of_range", result.Error!.Code);
        }
    }

    [Fact]
    public async Task UpdateSettings_ChangesOnlyTheGivenFields_AndResetRestoresEveryDefault()
    {
        await using var services = CoreServices.Create(redis);
        var conferencing = await ArrangeAsync(services, enable: false);
        await conferencing.CustomizeInvitesAsync(new CustomizeMeetingInvites(Admin, NewKey(), new InviteCustomization("https://contoso.com/help", null, "Dial in", null)));

        var updated = (await conferencing.UpdateSettingsAsync(new UpdateConferencingSettings(Admin, NewKey(),
            EntryExitAnnouncementsType: EntryExitAnnouncementsType.ToneOnly, MaskPstnNumbersType: MaskPstnNumbersType.NoMasking))).Value;
        var reset = (await conferencing.ResetSettingsAsync(new ResetConferencingSettings(Admin, NewKey()))).Value;

        Assert.Equal(ConferencingSettings.Defaults with
        {
            EntryExitAnnouncementsType = EntryExitAnnouncementsType.ToneOnly,
            MaskPstnNumbersType = MaskPstnNumbersType.NoMasking,
            Invite = new InviteCustomization("https://contoso.com/help", null, "Dial in", null),
        }, updated);
        Assert.Equal(ConferencingSettings.Defaults, reset);
        Assert.Equal(ConferencingSettings.Defaults, (await conferencing.GetSettingsAsync(Admin)).Value);
    }

    [Fact]
    public async Task CustomizeInvites_HttpLogo_IsRefused_HttpsIsStored()
    {
        await using var services = CoreServices.Create(redis);
        var conferencing = await ArrangeAsync(services, enable: false);

        var http = await conferencing.CustomizeInvitesAsync(new CustomizeMeetingInvites(Admin, NewKey(), new InviteCustomization(null, null, null, "http://contoso.com/logo.png")));
        var https = await conferencing.CustomizeInvitesAsync(new CustomizeMeetingInvites(Admin, NewKey(), new InviteCustomization(null, "https://contoso.com/legal", null, "https://contoso.com/logo.png")));

        Assert.Equal("conferencing.invite.url_invalid", http.Error?.Code);
        Assert.Equal("https://contoso.com/logo.png", (await conferencing.GetSettingsAsync(Admin)).Value.Invite?.LogoUrl);
        Assert.True(https.IsSuccess);
    }

    [Fact]
    public async Task UpdateSettings_ByAUser_IsRefused_AndNothingChanges()
    {
        await using var services = CoreServices.Create(redis);
        var conferencing = await ArrangeAsync(services, enable: false);
        var user = Admin with { UserId = Licensed, Role = Role.User };

        var update = await conferencing.UpdateSettingsAsync(new UpdateConferencingSettings(user, NewKey(), PinLength: 8));
        var read = await conferencing.GetSettingsAsync(user);

        Assert.Equal("auth.admin_required", update.Error?.Code);
        Assert.Equal("auth.helpdesk_required", read.Error?.Code);
        Assert.Equal(5, (await conferencing.GetSettingsAsync(Admin)).Value.PinLength);
        Assert.Single(await AuditAsync(services), e => e.Outcome == AuditOutcome.Refused && e.ActorId == Licensed);
    }

    [Fact]
    public async Task UpdateSettings_ReplayedKey_AppliesOnce()
    {
        await using var services = CoreServices.Create(redis);
        var conferencing = await ArrangeAsync(services, enable: false);
        var key = NewKey();

        var first = await conferencing.UpdateSettingsAsync(new UpdateConferencingSettings(Admin, key, PinLength: 7));
        var replay = await conferencing.UpdateSettingsAsync(new UpdateConferencingSettings(Admin, key, PinLength: 7));

        Assert.Equal(first.Value, replay.Value);
        Assert.Single(await AuditAsync(services, "conferencing-settings:tenant"));
    }
}
