namespace ChatPhone.Core.AutoAttendants;

/// <summary>A time range within a day (New-CsOnlineTimeRange): Start &lt; End, on 15-minute boundaries; End may be 24:00.</summary>
/// <param name="Start">Start, from midnight.</param>
/// <param name="End">End, from midnight, exclusive.</param>
public sealed record TimeRange(TimeSpan Start, TimeSpan End)
{
    /// <summary>True when <paramref name="time"/> is in the range.</summary>
    public bool Contains(TimeSpan time) => time >= Start && time < End;
}

/// <summary>The open ranges of one day; several ranges give breaks.</summary>
/// <param name="Day">The day.</param>
/// <param name="Ranges">The open ranges, not overlapping.</param>
public sealed record DayHours(DayOfWeek Day, IReadOnlyList<TimeRange> Ranges);

/// <summary>
/// The weekly business hours of an auto attendant (a weekly recurrent schedule), in its time zone.
/// Outside them the after-hours flow runs, unless the hours are 24/7.
/// </summary>
/// <param name="Days">The days with open ranges; a day not listed is closed all day.</param>
public sealed record BusinessHours(IReadOnlyList<DayHours> Days)
{
    private static readonly TimeSpan Midnight = TimeSpan.FromDays(1);

    /// <summary>The admin center's default: Monday to Friday, 9:00 to 17:00.</summary>
    public static BusinessHours Default { get; } = new(
        new[] { DayOfWeek.Monday, DayOfWeek.Tuesday, DayOfWeek.Wednesday, DayOfWeek.Thursday, DayOfWeek.Friday }
            .Select(d => new DayHours(d, [new TimeRange(TimeSpan.FromHours(9), TimeSpan.FromHours(17))]))
            .ToArray());

    /// <summary>Open all the time ("Select 24/7").</summary>
    public static BusinessHours AllWeek { get; } = new(
        Enum.GetValues<DayOfWeek>().Select(d => new DayHours(d, [new TimeRange(TimeSpan.Zero, Midnight)])).ToArray());

    /// <summary>True when every day is covered from 00:00 to 24:00 (no after-hours flow is needed).</summary>
    [System.Text.Json.Serialization.JsonIgnore]
    public bool IsAllWeek => Enum.GetValues<DayOfWeek>().All(day =>
    {
        var covered = TimeSpan.Zero;
        foreach (var range in RangesOf(day).OrderBy(r => r.Start))
        {
            if (range.Start > covered)
            {
                return false;
            }

            covered = range.End > covered ? range.End : covered;
        }

        return covered >= Midnight;
    });

    /// <summary>The open ranges of <paramref name="day"/>.</summary>
    public IEnumerable<TimeRange> RangesOf(DayOfWeek day) => Days.Where(d => d.Day == day).SelectMany(d => d.Ranges);

    /// <summary>True when open on <paramref name="day"/> at <paramref name="time"/>.</summary>
    public bool IsOpenAt(DayOfWeek day, TimeSpan time) => RangesOf(day).Any(r => r.Contains(time));
}
