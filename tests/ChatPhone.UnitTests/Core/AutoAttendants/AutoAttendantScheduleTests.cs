using ChatPhone.Core.AutoAttendants;
using ChatPhone.UnitTests.Core.VoiceApps;
using static ChatPhone.UnitTests.Core.AutoAttendants.Attendants;

namespace ChatPhone.UnitTests.Core.AutoAttendants;

public sealed class AutoAttendantScheduleTests
{
    private static BusinessHours Monday(params (double Start, double End)[] ranges) =>
        new([new DayHours(DayOfWeek.Monday, ranges.Select(r => new TimeRange(TimeSpan.FromHours(r.Start), TimeSpan.FromHours(r.End))).ToArray())]);

    private static string[] HoursCodes(BusinessHours hours) => Codes(Minimal with { Hours = hours });

    [Theory]
    [InlineData(9.25, 17.0, true)]
    [InlineData(9.0, 17.75, true)]
    [InlineData(0.0, 24.0, true)]
    [InlineData(9.1, 17.0, false)]
    [InlineData(9.0, 16.9, false)]
    [InlineData(0.0, 24.25, false)]
    public void Validate_Hours_On15MinuteSteps(double start, double end, bool valid) =>
        Assert.Equal(valid ? [] : ["autoattendant.hours_not_quarter"], HoursCodes(Monday((start, end))));

    [Theory]
    [InlineData(17.0, 9.0)]
    [InlineData(9.0, 9.0)]
    public void Validate_Hours_StartBeforeEnd(double start, double end) =>
        Assert.Equal(["autoattendant.hours_start_not_before_end"], HoursCodes(Monday((start, end))));

    [Fact]
    public void Validate_Hours_SeveralRangesWithABreak_AreFine_ButOverlapsAreNot()
    {
        Assert.Empty(HoursCodes(Monday((9, 12), (13, 17))));
        Assert.Empty(HoursCodes(Monday((9, 12), (12, 17))));
        Assert.Equal(["autoattendant.hours_overlap"], HoursCodes(Monday((9, 12.5), (12, 17))));
    }

    [Fact]
    public void Validate_Hours_NoRangesAtAll_IsRefused() =>
        Assert.Equal(["autoattendant.hours_empty"], HoursCodes(new BusinessHours([])));

    [Fact]
    public void Validate_Hours_ADayListedTwice_IsRefused() =>
        Assert.Equal(["autoattendant.hours_day_repeated"], HoursCodes(new BusinessHours([.. Monday((9, 12)).Days, .. Monday((13, 17)).Days])));

    [Fact]
    public void IsAllWeek_CoveredDaysSplitIntoRanges_Counts()
    {
        var split = new BusinessHours(Enum.GetValues<DayOfWeek>()
            .Select(d => new DayHours(d, [new TimeRange(TimeSpan.Zero, TimeSpan.FromHours(12)), new TimeRange(TimeSpan.FromHours(12), TimeSpan.FromDays(1))])).ToArray());

        Assert.True(split.IsAllWeek);
        Assert.False(new BusinessHours(BusinessHours.AllWeek.Days.Skip(1).ToArray()).IsAllWeek);
    }

    [Theory]
    [InlineData(20, true)]
    [InlineData(21, false)]
    public void Validate_Holidays_AtMost20(int count, bool valid) =>
        Assert.Equal(valid ? [] : ["autoattendant.too_many_holidays"], Codes(Minimal with { Holidays = Enumerable.Range(0, count).Select(i => Holiday($"Holiday {i}")).ToArray() }));

    [Theory]
    [InlineData(10, new string[0])]
    [InlineData(11, new[] { "autoattendant.too_many_date_ranges" })]
    [InlineData(0, new[] { "autoattendant.holiday_no_dates" })]
    public void Validate_HolidayDateRanges_1To10(int ranges, string[] expected) =>
        Assert.Equal(expected, Codes(Minimal with { Holidays = [Holiday("Winter break", ranges)] }));

    [Theory]
    [InlineData(0, true)]
    [InlineData(30, true)]
    [InlineData(15, false)]
    [InlineData(45, false)]
    public void Validate_HolidayTimes_On30MinuteBoundaries(int minute, bool valid)
    {
        var start = new DateTime(2026, 12, 24, 12, minute, 0);
        var holiday = new Holiday("Christmas Eve", [new DateTimeRange(start, start.AddHours(6))]);

        Assert.Equal(valid ? [] : ["autoattendant.holiday_not_aligned"], Codes(Minimal with { Holidays = [holiday] }));
    }

    [Fact]
    public void Validate_HolidayRange_StartBeforeEnd() =>
        Assert.Equal(["autoattendant.holiday_start_not_before_end"], Codes(Minimal with
        {
            Holidays = [new Holiday("Backwards", [new DateTimeRange(new DateTime(2026, 12, 26), new DateTime(2026, 12, 25))])],
        }));

    [Fact]
    public void Validate_HolidayWithoutEnd_EndsAtTheNextMidnight()
    {
        var result = Check(Minimal with { Holidays = [new Holiday("Christmas", [new DateTimeRange(new DateTime(2026, 12, 25, 8, 30, 0))])] });

        Assert.Equal(new DateTime(2026, 12, 26), result.Value.Holidays[0].Dates[0].End);
    }

    [Theory]
    [InlineData(64, true)]
    [InlineData(65, false)]
    public void Validate_HolidayName_AtMost64Characters(int length, bool valid) =>
        Assert.Equal(valid, Check(Minimal with { Holidays = [Holiday(new string('h', length))] }).IsValid);

    [Fact]
    public void Validate_HolidayNameUsedByAnotherAttendant_IsTakenInTheTenant()
    {
        var other = TestFacts.Attendant("a2", Minimal with { Name = "Support line", Holidays = [Holiday("Christmas")] });

        Assert.Equal(["autoattendant.holiday_name_taken"], Codes(Minimal with { Holidays = [Holiday("CHRISTMAS")] }, TestFacts.Tenant(attendants: [other])));
    }

    [Fact]
    public void Validate_HolidayNameRepeatedInOneAttendant_IsRefused() =>
        Assert.Equal(["autoattendant.flow_name_duplicate"], Codes(Minimal with { Holidays = [Holiday("Christmas"), Holiday("christmas")] }));

    [Fact]
    public void Validate_HolidayActions_DisconnectOrRedirectWithTarget()
    {
        var redirect = Holiday("New Year") with { Action = HolidayAction.Redirect };
        var target = new CallableEntity(CallableEntityType.ExternalPstn, "tel:+12065550100");

        Assert.Equal(HolidayAction.Disconnect, Holiday("Any").Action);
        Assert.Equal(["autoattendant.holiday_target_required"], Codes(Minimal with { Holidays = [redirect] }));
        Assert.Empty(Codes(Minimal with { Holidays = [redirect with { RedirectTarget = target }] }));
        Assert.Equal(["autoattendant.holiday_target_unexpected"], Codes(Minimal with { Holidays = [Holiday("New Year") with { RedirectTarget = target }] }));
    }
}
