using ChatPhone.Core.AutoAttendants;
using static ChatPhone.UnitTests.Core.AutoAttendants.Attendants;

namespace ChatPhone.UnitTests.Core.AutoAttendants;

public sealed class WhichFlowAtTests
{
    private static readonly AutoAttendant Paris = new("a1", Minimal with
    {
        TimeZoneId = "Romance Standard Time",
        AfterHoursFlow = Flow("After hours"),
        Holidays = [new Holiday("Christmas", [new DateTimeRange(new DateTime(2026, 12, 25))])],
    }, DateTimeOffset.UnixEpoch, DateTimeOffset.UnixEpoch);

    [Theory]
    [InlineData("2026-11-23T08:00:00Z", FlowKind.Default)]          // Monday 09:00 in Paris (CET): opening minute is open
    [InlineData("2026-11-23T07:59:00Z", FlowKind.AfterHours)]       // 08:59 in Paris, though 07:59 UTC
    [InlineData("2026-11-23T08:30:00Z", FlowKind.Default)]          // 09:30 in Paris, while UTC would still be closed
    [InlineData("2026-11-23T15:59:00Z", FlowKind.Default)]          // 16:59 in Paris
    [InlineData("2026-11-23T16:00:00Z", FlowKind.AfterHours)]       // 17:00 in Paris: closing minute is closed
    [InlineData("2026-11-23T16:30:00Z", FlowKind.AfterHours)]       // 17:30 in Paris, while UTC would still be open
    [InlineData("2026-11-28T11:00:00Z", FlowKind.AfterHours)]       // Saturday noon
    [InlineData("2026-07-06T07:30:00Z", FlowKind.Default)]          // Monday 09:30 in summer time (CEST, UTC+2)
    [InlineData("2026-07-06T15:30:00Z", FlowKind.AfterHours)]       // 17:30 CEST
    [InlineData("2026-12-25T09:00:00Z", FlowKind.Holiday)]          // Friday 10:00 on Christmas: holiday beats business hours
    [InlineData("2026-12-24T23:00:00Z", FlowKind.Holiday)]          // 00:00 on Christmas in Paris, still the 24th in UTC
    [InlineData("2026-12-25T22:59:00Z", FlowKind.Holiday)]          // 23:59 on Christmas
    [InlineData("2026-12-25T23:00:00Z", FlowKind.AfterHours)]       // Saturday 00:00: the holiday ended at midnight
    public void WhichFlowAt_JudgesInTheAttendantsZone_HolidayThenAfterHoursThenDefault(string instant, FlowKind expected) =>
        Assert.Equal(expected, Paris.WhichFlowAt(DateTimeOffset.Parse(instant, System.Globalization.CultureInfo.InvariantCulture)).Kind);

    [Fact]
    public void WhichFlowAt_NamesTheFlow()
    {
        Assert.Equal(new ActiveFlow(FlowKind.Holiday, "Christmas"), Paris.WhichFlowAt(new DateTimeOffset(2026, 12, 25, 12, 0, 0, TimeSpan.Zero)));
        Assert.Equal(new ActiveFlow(FlowKind.AfterHours, "After hours"), Paris.WhichFlowAt(new DateTimeOffset(2026, 11, 28, 12, 0, 0, TimeSpan.Zero)));
        Assert.Equal(new ActiveFlow(FlowKind.Default, "Default"), Paris.WhichFlowAt(new DateTimeOffset(2026, 11, 23, 12, 0, 0, TimeSpan.Zero)));
    }

    [Theory]
    [InlineData("2026-11-23T16:59:00Z", FlowKind.AfterHours)]   // 08:59 PST
    [InlineData("2026-11-23T17:00:00Z", FlowKind.Default)]      // 09:00 PST
    [InlineData("2026-11-24T00:59:00Z", FlowKind.Default)]      // Monday 16:59 PST, already Tuesday in UTC
    [InlineData("2026-11-24T01:00:00Z", FlowKind.AfterHours)]   // Monday 17:00 PST
    public void WhichFlowAt_PacificTime(string instant, FlowKind expected)
    {
        var seattle = Paris with { Settings = Paris.Settings with { TimeZoneId = "Pacific Standard Time", Holidays = [] } };

        Assert.Equal(expected, seattle.WhichFlowAt(DateTimeOffset.Parse(instant, System.Globalization.CultureInfo.InvariantCulture)).Kind);
    }

    [Fact]
    public void WhichFlowAt_OpenAllWeek_IsAlwaysDefaultOutsideHolidays()
    {
        var always = Paris with { Settings = Paris.Settings with { Hours = BusinessHours.AllWeek, AfterHoursFlow = null } };

        Assert.Equal(FlowKind.Default, always.WhichFlowAt(new DateTimeOffset(2026, 11, 29, 2, 0, 0, TimeSpan.Zero)).Kind);
        Assert.Equal(FlowKind.Holiday, always.WhichFlowAt(new DateTimeOffset(2026, 12, 25, 2, 0, 0, TimeSpan.Zero)).Kind);
    }

    [Fact]
    public void WhichFlowAt_BusinessHoursWithABreak_LunchIsAfterHours()
    {
        var lunch = new BusinessHours([new DayHours(DayOfWeek.Monday, [
            new TimeRange(TimeSpan.FromHours(9), TimeSpan.FromHours(12)), new TimeRange(TimeSpan.FromHours(13), TimeSpan.FromHours(17))])]);
        var utc = Paris with { Settings = Paris.Settings with { TimeZoneId = "UTC", Hours = lunch } };

        Assert.Equal(FlowKind.AfterHours, utc.WhichFlowAt(new DateTimeOffset(2026, 11, 23, 12, 30, 0, TimeSpan.Zero)).Kind);
        Assert.Equal(FlowKind.Default, utc.WhichFlowAt(new DateTimeOffset(2026, 11, 23, 13, 0, 0, TimeSpan.Zero)).Kind);
    }
}
