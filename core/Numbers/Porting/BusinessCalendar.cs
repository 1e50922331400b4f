namespace ChatPhone.Core.Numbers.Porting;

/// <summary>
/// Port orders are processed on US business days only (no weekends). Times are US Eastern Standard Time,
/// as the wizard's "start time (EST)"; a fixed UTC−5 keeps the schedule deterministic (holidays are not modelled).
/// </summary>
public static class BusinessCalendar
{
    /// <summary>The offset of Eastern Standard Time.</summary>
    public static readonly TimeSpan Est = TimeSpan.FromHours(-5);

    /// <summary>True from Monday to Friday.</summary>
    public static bool IsBusinessDay(DateOnly date) => date.DayOfWeek is not (DayOfWeek.Saturday or DayOfWeek.Sunday);

    /// <summary>The date in EST of <paramref name="instant"/>.</summary>
    public static DateOnly DateOf(DateTimeOffset instant) => DateOnly.FromDateTime(instant.ToOffset(Est).DateTime);

    /// <summary><paramref name="date"/> at <paramref name="time"/> EST.</summary>
    public static DateTimeOffset At(DateOnly date, TimeOnly time) => new(date.ToDateTime(time), Est);

    /// <summary>The same time of day <paramref name="days"/> business days later (a weekend start counts from the next Monday).</summary>
    public static DateTimeOffset AddBusinessDays(DateTimeOffset instant, int days)
    {
        var local = instant.ToOffset(Est);
        while (days > 0)
        {
            local = local.AddDays(1);
            if (IsBusinessDay(DateOnly.FromDateTime(local.DateTime)))
            {
                days--;
            }
        }

        return local;
    }

    /// <summary><paramref name="date"/> if it is a business day, else the next one.</summary>
    public static DateOnly OnOrAfter(DateOnly date)
    {
        while (!IsBusinessDay(date))
        {
            date = date.AddDays(1);
        }

        return date;
    }
}
