using ChatPhone.Core.Audit;
using ChatPhone.Core.AutoAttendants;
using ChatPhone.Core.ResourceAccounts;
using ChatPhone.Core.VoiceApps;
using ChatPhone.IntegrationTests.Infrastructure;
using ChatPhone.IntegrationTests.Core.VoiceApps;
using static ChatPhone.IntegrationTests.Core.VoiceApps.VoiceAppHarness;

namespace ChatPhone.IntegrationTests.Core.AutoAttendants;

[Collection(RedisCollection.Name)]
public sealed class AutoAttendantIntegrationTests(RedisServerFixture redis)
{
    private static Holiday Christmas(string name = "Christmas") => new(name, [new DateTimeRange(new DateTime(2026, 12, 25))]);

    [Fact]
    public async Task Create_StoresTheAttendant_WithADefaultAfterHoursFlowNote()
    {
        await using var harness = await StartAsync(redis);

        var saved = await harness.Attendants.CreateAsync(new CreateAutoAttendant(Admin, NewKey(), Minimal("Main line") with { LanguageId = "fr-fr" }));

        Assert.True(saved.IsSuccess, saved.Error?.Code);
        Assert.Equal("autoattendant.after_hours_defaulted", Assert.Single(saved.Value.Notes).Code);
        var stored = (await harness.Queries.GetAutoAttendantAsync(HelpdeskAgent, "main LINE")).Value;
        Assert.Equal(("fr-FR", BusinessHours.Default.Days.Count), (stored.Settings.LanguageId, stored.Settings.Hours.Days.Count));
        Assert.Equal(FlowKind.AfterHours, stored.WhichFlowAt(new DateTimeOffset(2026, 11, 29, 20, 0, 0, TimeSpan.Zero)).Kind);
    }

    [Fact]
    public async Task Create_NameTakenIgnoringCase_IsRefused()
    {
        await using var harness = await StartAsync(redis);
        await harness.AttendantAsync("Main line");

        var result = await harness.Attendants.CreateAsync(new CreateAutoAttendant(Admin, NewKey(), Minimal("MAIN line")));

        Assert.Equal("autoattendant.name_taken", result.Error?.Code);
    }

    [Fact]
    public async Task Create_ByANonAdmin_IsRefused_AndNothingChanges()
    {
        await using var harness = await StartAsync(redis);

        var result = await harness.Attendants.CreateAsync(new CreateAutoAttendant(HelpdeskAgent, NewKey(), Minimal("Main line")));

        Assert.Equal("auth.admin_required", result.Error?.Code);
        Assert.Empty((await harness.Queries.ListAutoAttendantsAsync(Admin)).Value);
    }

    [Fact]
    public async Task AddHoliday_ReplayedKey_AddsOnce()
    {
        await using var harness = await StartAsync(redis);
        var main = await harness.AttendantAsync("Main line");
        var command = new AddHoliday(Admin, Key("holiday-1"), main.Id, Christmas());

        var first = await harness.Attendants.AddHolidayAsync(command);
        var replay = await harness.Attendants.AddHolidayAsync(command);

        Assert.Equal(first.Value.Attendant.UpdatedAt, replay.Value.Attendant.UpdatedAt);
        Assert.Single((await harness.Queries.GetAutoAttendantAsync(Admin, main.Id)).Value.Settings.Holidays);
        Assert.Single(await harness.AuditAsync(), e => e.Action == AuditActions.AutoAttendants.HolidayAdd && e.Outcome == AuditOutcome.Applied);
    }

    [Fact]
    public async Task AddHoliday_NameUsedByAnotherAttendant_IsRefused()
    {
        await using var harness = await StartAsync(redis);
        await harness.AttendantAsync("Support line", Minimal("x") with { Holidays = [Christmas()] });
        var main = await harness.AttendantAsync("Main line");

        var result = await harness.Attendants.AddHolidayAsync(new AddHoliday(Admin, NewKey(), main.Id, Christmas("CHRISTMAS")));

        Assert.Equal(new ChatPhone.Core.Common.Error("autoattendant.holiday_name_taken", "CHRISTMAS", "Support line"), result.Error);
    }

    [Fact]
    public async Task AddHoliday_The21st_IsRefused()
    {
        await using var harness = await StartAsync(redis);
        var twenty = Enumerable.Range(1, 20).Select(i => Christmas($"Holiday {i}")).ToArray();
        var main = await harness.AttendantAsync("Main line", Minimal("x") with { Holidays = twenty });

        var result = await harness.Attendants.AddHolidayAsync(new AddHoliday(Admin, NewKey(), main.Id, Christmas("Holiday 21")));

        Assert.Equal(20, main.Settings.Holidays.Count);
        Assert.Equal("autoattendant.too_many_holidays", result.Error?.Code);
    }

    [Fact]
    public async Task RemoveHoliday_UnknownName_SaysNothingChanged()
    {
        await using var harness = await StartAsync(redis);
        var main = await harness.AttendantAsync("Main line", Minimal("x") with { Holidays = [Christmas()] });

        var missing = await harness.Attendants.RemoveHolidayAsync(new RemoveHoliday(Admin, NewKey(), main.Id, "Easter"));
        var removed = await harness.Attendants.RemoveHolidayAsync(new RemoveHoliday(Admin, NewKey(), main.Id, "christmas"));

        Assert.Equal("autoattendant.holiday_not_found", missing.Error?.Code);
        Assert.Empty(removed.Value.Attendant.Settings.Holidays);
    }

    [Fact]
    public async Task SetBusinessHours_AllWeek_DropsTheAfterHoursFlow()
    {
        await using var harness = await StartAsync(redis);
        var main = await harness.AttendantAsync("Main line");

        var result = await harness.Attendants.SetBusinessHoursAsync(new SetBusinessHours(Admin, NewKey(), main.Id, BusinessHours.AllWeek));

        Assert.True(result.Value.Attendant.Settings.Hours.IsAllWeek);
        Assert.Null(result.Value.Attendant.Settings.AfterHoursFlow);
    }

    [Fact]
    public async Task SetMenu_TransferToANewPerson_ReadsThatPersonsLicense()
    {
        await using var harness = await StartAsync(redis);
        var main = await harness.AttendantAsync("Main line");
        Menu MenuTo(string user) => new("Main", null, [new MenuOption(DtmfTone.Tone1, MenuAction.TransferCallToTarget, Target: new CallableEntity(CallableEntityType.User, user))]);

        var licensed = await harness.Attendants.SetMenuAsync(new SetMenu(Admin, NewKey(), main.Id, FlowKind.Default, MenuTo(Alex)));
        var unlicensed = await harness.Attendants.SetMenuAsync(new SetMenu(Admin, NewKey(), main.Id, FlowKind.AfterHours, MenuTo(Sam)));
        var holiday = await harness.Attendants.SetMenuAsync(new SetMenu(Admin, NewKey(), main.Id, FlowKind.Holiday, MenuTo(Alex)));

        Assert.True(licensed.IsSuccess, licensed.Error?.Code);
        Assert.Equal(Alex, licensed.Value.Attendant.Settings.DefaultFlow.Menu.Options[0].Target!.Id);
        Assert.Equal("voiceapp.user_not_voice_enabled", unlicensed.Error?.Code);
        Assert.Equal("autoattendant.menu_not_for_holiday", holiday.Error?.Code);
    }

    [Fact]
    public async Task Delete_AttendantAnotherTransfersTo_IsRefusedNamingIt()
    {
        await using var harness = await StartAsync(redis);
        var nested = await harness.AttendantAsync("Nested");
        await harness.AttendantAsync("Main line", Minimal("x") with { Operator = new CallableEntity(CallableEntityType.ConfigurationEndpoint, nested.Id) });

        var result = await harness.Attendants.DeleteAsync(new DeleteAutoAttendant(Admin, NewKey(), nested.Id));

        Assert.Equal(new ChatPhone.Core.Common.Error("autoattendant.in_use", "Nested", "Main line"), result.Error);
    }

    [Fact]
    public async Task Delete_WithALinkedResourceAccount_IsRefused_ThenAllowedOnceUnlinked()
    {
        await using var harness = await StartAsync(redis);
        var main = await harness.AttendantAsync("Main line");
        await harness.AccountAsync("ra-main", ResourceAccountKind.AutoAttendant);
        await harness.Associations.AssociateAsync(new AssociateResourceAccount(Admin, NewKey(), "ra-main", main.Id));

        var refused = await harness.Attendants.DeleteAsync(new DeleteAutoAttendant(Admin, NewKey(), main.Id));
        await harness.Associations.DisassociateAsync(new DisassociateResourceAccount(Admin, NewKey(), "ra-main"));
        var deleted = await harness.Attendants.DeleteAsync(new DeleteAutoAttendant(Admin, NewKey(), main.Id));

        Assert.Equal(new ChatPhone.Core.Common.Error("autoattendant.has_resource_accounts", "Main line", "ra-main@contoso.com"), refused.Error);
        Assert.Equal(new VoiceAppDeleted(main.Id, "Main line"), deleted.Value);
    }
}
