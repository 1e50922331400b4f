using System.Globalization;
using ChatPhone.Core.AutoAttendants;

namespace ChatPhone.Bot.Flows.VoiceApps;

/// <summary>
/// What an admin asked to change on an auto attendant (from a sentence or the Edit form): each part null when unchanged.
/// Kept in the plan's slots as text, and applied on confirm to the attendant as it was when planned.
/// </summary>
/// <param name="Name">The new name.</param>
/// <param name="TimeZoneId">The new time zone (a supported id).</param>
/// <param name="LanguageId">The new language (a supported id).</param>
/// <param name="Hours">The new business hours, whole.</param>
public sealed record AutoAttendantEdit(string? Name, string? TimeZoneId, string? LanguageId, BusinessHours? Hours)
{
    private const string NameSlot = "aaNewName", TimeZoneSlot = "aaNewTimeZone", LanguageSlot = "aaNewLanguage", HoursSlot = "aaNewHours", FlowsSlot = "aaNewFlows";

    /// <summary>The new call flows, operator and holiday actions, with their targets found.</summary>
    public CallFlowPlan Flows { get; init; } = CallFlowPlan.None;

    /// <summary>True when nothing is asked.</summary>
    public bool IsEmpty => Name is null && TimeZoneId is null && LanguageId is null && Hours is null && Flows.IsEmpty;

    /// <summary><paramref name="settings"/> with the change made; hours open all week need no after-hours flow.</summary>
    public AutoAttendantSettings Apply(AutoAttendantSettings settings)
    {
        var changed = Flows.Apply(settings) with
        {
            Name = Name ?? settings.Name,
            TimeZoneId = TimeZoneId ?? settings.TimeZoneId,
            LanguageId = LanguageId ?? settings.LanguageId,
            Hours = Hours ?? settings.Hours,
        };
        return Hours is { IsAllWeek: true } ? changed with { AfterHoursFlow = null } : changed;
    }

    /// <summary>Only what differs from <paramref name="settings"/>.</summary>
    public AutoAttendantEdit Against(AutoAttendantSettings settings) => new(
        Name is not null && Name != settings.Name ? Name : null,
        TimeZoneId is not null && TimeZoneId != settings.TimeZoneId ? TimeZoneId : null,
        LanguageId is not null && LanguageId != settings.LanguageId ? LanguageId : null,
        Hours is not null && HoursText.Write(Hours) != HoursText.Write(settings.Hours) ? Hours : null)
    {
        Flows = Flows.Against(settings),
    };

    /// <summary>The slots that keep the change in a plan.</summary>
    public IEnumerable<KeyValuePair<string, string>> ToSlots()
    {
        if (Name is not null)
        {
            yield return new(NameSlot, Name);
        }

        if (TimeZoneId is not null)
        {
            yield return new(TimeZoneSlot, TimeZoneId);
        }

        if (LanguageId is not null)
        {
            yield return new(LanguageSlot, LanguageId);
        }

        if (Hours is not null)
        {
            yield return new(HoursSlot, HoursText.Write(Hours));
        }

        if (!Flows.IsEmpty)
        {
            yield return new(FlowsSlot, Flows.Write());
        }
    }

    /// <summary>The change kept in a plan's slots.</summary>
    public static AutoAttendantEdit FromSlots(IReadOnlyDictionary<string, string> slots) => new(
        slots.GetValueOrDefault(NameSlot),
        slots.GetValueOrDefault(TimeZoneSlot),
        slots.GetValueOrDefault(LanguageSlot),
        slots.GetValueOrDefault(HoursSlot) is { } hours ? HoursText.Read(hours) : null)
    {
        Flows = slots.GetValueOrDefault(FlowsSlot) is { } flows ? CallFlowPlan.Read(flows) : CallFlowPlan.None,
    };
}

/// <summary>Business hours as plan-slot text: "Monday=08:00-12:00+13:00-17:00;Tuesday=…", in week order.</summary>
internal static class HoursText
{
    public static string Write(BusinessHours hours) => string.Join(';', hours.Days
        .Where(d => d.Ranges.Count > 0)
        .OrderBy(d => ((int)d.Day + 6) % 7)
        .Select(d => $"{d.Day}={string.Join('+', d.Ranges.OrderBy(r => r.Start).Select(r => $"{Clock(r.Start)}-{Clock(r.End)}"))}"));

    public static BusinessHours Read(string text) => new(text
        .Split(';', StringSplitOptions.RemoveEmptyEntries)
        .Select(day => day.Split('='))
        .Select(parts => new DayHours(
            Enum.Parse<DayOfWeek>(parts[0]),
            parts[1].Split('+').Select(r => r.Split('-')).Select(r => new TimeRange(Time(r[0]), Time(r[1]))).ToArray()))
        .ToArray());

    public static string Clock(TimeSpan time) => $"{(int)time.TotalHours:00}:{time.Minutes:00}";

    private static TimeSpan Time(string text)
    {
        var parts = text.Split(':');
        return new TimeSpan(int.Parse(parts[0], CultureInfo.InvariantCulture), int.Parse(parts[1], CultureInfo.InvariantCulture), 0);
    }
}
