using ChatPhone.Core.VoiceApps;

namespace ChatPhone.Core.AutoAttendants;

/// <summary>What a holiday call flow does: the admin center offers only these two (no operator, no menu).</summary>
public enum HolidayAction
{
    /// <summary>Play the greeting, then hang up; the default.</summary>
    Disconnect,

    /// <summary>Transfer to a target.</summary>
    Redirect,
}

/// <summary>
/// A date range of a fixed schedule (New-CsOnlineDateTimeRange), in the auto attendant's time zone;
/// times on 30-minute boundaries. End defaults to 00:00 of the day after Start.
/// </summary>
/// <param name="Start">Start, local to the auto attendant.</param>
/// <param name="End">End (exclusive), local; null means the next midnight.</param>
public sealed record DateTimeRange(DateTime Start, DateTime? End = null)
{
    /// <summary>The end, applying the default.</summary>
    [System.Text.Json.Serialization.JsonIgnore]
    public DateTime EffectiveEnd => End ?? Start.Date.AddDays(1);

    /// <summary>True when <paramref name="local"/> is in the range.</summary>
    public bool Contains(DateTime local) => local >= Start && local < EffectiveEnd;
}

/// <summary>
/// A holiday: a fixed schedule (at most 10 date ranges) with its own call flow, whose name is unique in
/// the tenant and at most 64 characters. Holidays win over business and after hours.
/// </summary>
/// <param name="Name">The holiday call flow's name.</param>
/// <param name="Dates">The date ranges (1..10).</param>
/// <param name="Action">Disconnect (default) or Redirect.</param>
/// <param name="Greeting">The greeting; none when null.</param>
/// <param name="RedirectTarget">The target, for <see cref="HolidayAction.Redirect"/> only.</param>
public sealed record Holiday(
    string Name,
    IReadOnlyList<DateTimeRange> Dates,
    HolidayAction Action = HolidayAction.Disconnect,
    Prompt? Greeting = null,
    CallableEntity? RedirectTarget = null)
{
    /// <summary>True when the holiday is in effect at <paramref name="local"/>.</summary>
    public bool IsInEffect(DateTime local) => Dates.Any(d => d.Contains(local));
}
