using ChatPhone.Core.AutoAttendants;
using ChatPhone.IntegrationTests.Infrastructure;
using static ChatPhone.IntegrationTests.Core.VoiceApps.VoiceAppHarness;

namespace ChatPhone.IntegrationTests.Core.AutoAttendants;

/// <summary>An edit or a deletion planned on what the admin saw applies only while the attendant is still what they saw.</summary>
[Collection(RedisCollection.Name)]
public sealed class AutoAttendantSeenIntegrationTests(RedisServerFixture redis)
{
    [Fact]
    public async Task Update_AfterSomeoneElseChangedIt_IsRefused_AndKeepsTheOtherChange()
    {
        await using var harness = await StartAsync(redis);
        var main = await harness.AttendantAsync("Main line");
        var other = await harness.Attendants.UpdateAsync(new UpdateAutoAttendant(Admin, NewKey(), main.Id, main.Settings with { TimeZoneId = "UTC" }));

        var stale = await harness.Attendants.UpdateAsync(new UpdateAutoAttendant(Admin, NewKey(), main.Id, main.Settings with { Name = "Reception" }, main.UpdatedAt));

        Assert.True(other.IsSuccess, other.Error?.Code);
        Assert.Equal("autoattendant.changed_meanwhile", stale.Error?.Code);
        var stored = (await harness.Queries.GetAutoAttendantAsync(Admin, main.Id)).Value;
        Assert.Equal(("Main line", "UTC"), (stored.Name, stored.Settings.TimeZoneId));
    }

    [Fact]
    public async Task Update_WithTheVersionSeen_Applies()
    {
        await using var harness = await StartAsync(redis);
        var main = await harness.AttendantAsync("Main line");

        var renamed = await harness.Attendants.UpdateAsync(new UpdateAutoAttendant(Admin, NewKey(), main.Id, main.Settings with { Name = "Reception" }, main.UpdatedAt));

        Assert.True(renamed.IsSuccess, renamed.Error?.Code);
        Assert.Equal("Reception", (await harness.Queries.GetAutoAttendantAsync(Admin, main.Id)).Value.Name);
    }

    [Fact]
    public async Task Delete_AfterSomeoneElseChangedIt_IsRefused_AndTheAttendantStays()
    {
        await using var harness = await StartAsync(redis);
        var main = await harness.AttendantAsync("Main line");
        await harness.Attendants.UpdateAsync(new UpdateAutoAttendant(Admin, NewKey(), main.Id, main.Settings with { Name = "Reception" }));

        var stale = await harness.Attendants.DeleteAsync(new DeleteAutoAttendant(Admin, NewKey(), main.Id, main.UpdatedAt));

        Assert.Equal("autoattendant.changed_meanwhile", stale.Error?.Code);
        Assert.True((await harness.Queries.GetAutoAttendantAsync(Admin, main.Id)).IsSuccess);
    }
}
