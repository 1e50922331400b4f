using ChatPhone.Core.Numbers.Porting;

namespace ChatPhone.UnitTests.Core.Numbers.Porting;

public sealed class PortScheduleTests
{
    private static readonly PortSchedule Schedule = new(new PortingOptions());

    // Monday 2 March 2026, 10:00 EST.
    private static readonly DateTimeOffset Monday = new(2026, 3, 2, 10, 0, 0, BusinessCalendar.Est);

    private static PortOrder Order(string account = "ACC-1", DateTimeOffset? submitted = null, DateOnly? transfer = null)
    {
        var at = submitted ?? Monday;
        var details = PortRequestRules.Details(PortSamples.Request() with { AccountNumber = account, TransferDate = transfer ?? new DateOnly(2026, 3, 20) });
        return new PortOrder("o-1", PortOrderStatus.Processing, details, ["+14252000000"], PortNumberKind.Local, null, at, null, null,
            [new PortStatusChange(PortOrderStatus.Processing, at)]);
    }

    [Fact]
    public void Advance_BeforeOneBusinessDay_StaysProcessing() =>
        Assert.Equal(PortOrderStatus.Processing, Schedule.Advance(Order(), Monday.AddDays(1).AddMinutes(-1)).Status);

    [Fact]
    public void Advance_AfterOneBusinessDay_ContactsTheCarrier()
    {
        var order = Schedule.Advance(Order(), Monday.AddDays(1));

        Assert.Equal(PortOrderStatus.ContactingCarrier, order.Status);
        Assert.Equal(Monday.AddDays(1), order.StatusSince);
    }

    [Fact]
    public void Advance_SubmittedOnFriday_ContactsTheCarrierOnMondayNotSaturday()
    {
        var friday = Monday.AddDays(4);

        Assert.Equal(PortOrderStatus.Processing, Schedule.Advance(Order(submitted: friday), friday.AddDays(2)).Status);
        Assert.Equal(PortOrderStatus.ContactingCarrier, Schedule.Advance(Order(submitted: friday), friday.AddDays(3)).Status);
    }

    [Fact]
    public void Advance_ThreeBusinessDaysAfterContacting_IsApprovedWithTheTransferDateAsFoc()
    {
        var order = Schedule.Advance(Order(), Monday.AddDays(4));

        Assert.Equal(PortOrderStatus.TransferApproved, order.Status);
        Assert.Equal(new DateTimeOffset(2026, 3, 20, 9, 0, 0, BusinessCalendar.Est), order.FocDate);
    }

    [Fact]
    public void Advance_LessThan24HoursBeforeFoc_IsPending()
    {
        var foc = new DateTimeOffset(2026, 3, 20, 9, 0, 0, BusinessCalendar.Est);

        Assert.Equal(PortOrderStatus.TransferApproved, Schedule.Advance(Order(), foc.AddHours(-24).AddTicks(-1)).Status);
        Assert.Equal(PortOrderStatus.TransferPending, Schedule.Advance(Order(), foc.AddHours(-24)).Status);
        Assert.Equal(PortOrderStatus.TransferPending, Schedule.Advance(Order(), foc.AddTicks(-1)).Status);
        Assert.Equal(PortOrderStatus.Completed, Schedule.Advance(Order(), foc).Status);
    }

    [Fact]
    public void Advance_LongAfter_RecordsEveryStepAtItsDueTime()
    {
        var order = Schedule.Advance(Order(), Monday.AddYears(1));

        Assert.Equal(
            [PortOrderStatus.Processing, PortOrderStatus.ContactingCarrier, PortOrderStatus.TransferApproved, PortOrderStatus.TransferPending, PortOrderStatus.Completed],
            order.History.Select(h => h.Status));
        Assert.Equal(new DateTimeOffset(2026, 3, 20, 9, 0, 0, BusinessCalendar.Est), order.History[^1].At);
    }

    [Fact]
    public void Advance_TransferDateBeforeApproval_FocIsTheNextBusinessDayAfterApproval()
    {
        var order = Schedule.Advance(Order(transfer: new DateOnly(2026, 3, 3)), Monday.AddDays(4));

        // Approved Friday 6 March 10:00; the earliest FOC is Monday 10:00, so 9:00 falls on Tuesday.
        Assert.Equal(new DateTimeOffset(2026, 3, 10, 9, 0, 0, BusinessCalendar.Est), order.FocDate);
    }

    [Theory]
    [InlineData("REJECT", "port.rejection.account_number_mismatch")]
    [InlineData("reject-name", "port.rejection.name_mismatch")]
    [InlineData("REJECT-ADDRESS", "port.rejection.address_mismatch")]
    [InlineData("REJECT-BTN", "port.rejection.btn_mismatch")]
    [InlineData("REJECT-FEATURES", "port.rejection.call_features_active")]
    [InlineData("REJECT-PENDING", "port.rejection.pending_carrier_order")]
    [InlineData("REJECT-FROZEN", "port.rejection.account_frozen")]
    public void Advance_RejectionTrigger_EndsInErrorWithTheCause(string account, string code)
    {
        var order = Schedule.Advance(Order(account), Monday.AddYears(1));

        Assert.Equal(PortOrderStatus.Error, order.Status);
        Assert.Equal(code, order.Rejection!.Code);
        Assert.Null(order.FocDate);
    }

    [Fact]
    public void Rejection_CustomPrefix_IsHonoured()
    {
        var schedule = new PortSchedule(new PortingOptions { RejectionPrefix = "NOPE" });

        Assert.NotNull(schedule.Rejection("nope"));
        Assert.Null(schedule.Rejection("REJECT"));
    }

    [Theory]
    [InlineData(2026, 3, 2, 1, 2026, 3, 3)]
    [InlineData(2026, 3, 6, 1, 2026, 3, 9)]
    [InlineData(2026, 3, 7, 1, 2026, 3, 9)]
    [InlineData(2026, 3, 5, 3, 2026, 3, 10)]
    public void AddBusinessDays_SkipsWeekends(int y, int m, int d, int days, int ey, int em, int ed)
    {
        var start = new DateTimeOffset(y, m, d, 10, 0, 0, BusinessCalendar.Est);

        Assert.Equal(new DateTimeOffset(ey, em, ed, 10, 0, 0, BusinessCalendar.Est), BusinessCalendar.AddBusinessDays(start, days));
    }
}
