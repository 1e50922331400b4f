using ChatPhone.Core.Common;
using ChatPhone.Core.VoiceApps;

namespace ChatPhone.Core.AutoAttendants;

/// <summary>Business hours and holidays.</summary>
public static partial class AutoAttendantValidator
{
    private static readonly TimeSpan Quarter = TimeSpan.FromMinutes(15);
    private static readonly TimeSpan HalfHour = TimeSpan.FromMinutes(30);
    private static readonly TimeSpan Day = TimeSpan.FromDays(1);

    private static void Hours(BusinessHours hours, List<Error> problems)
    {
        if (!hours.Days.SelectMany(d => d.Ranges).Any())
        {
            problems.Add(new Error("autoattendant.hours_empty"));
        }

        foreach (var repeated in hours.Days.GroupBy(d => d.Day).Where(g => g.Count() > 1))
        {
            problems.Add(new Error("autoattendant.hours_day_repeated", repeated.Key));
        }

        foreach (var day in hours.Days)
        {
            foreach (var range in day.Ranges)
            {
                if (range.Start < TimeSpan.Zero || range.End > Day || range.Start.Ticks % Quarter.Ticks != 0 || range.End.Ticks % Quarter.Ticks != 0)
                {
                    problems.Add(new Error("autoattendant.hours_not_quarter", day.Day, Clock(range.Start), Clock(range.End)));
                }
                else if (range.Start >= range.End)
                {
                    problems.Add(new Error("autoattendant.hours_start_not_before_end", day.Day, Clock(range.Start), Clock(range.End)));
                }
            }

            var sorted = day.Ranges.OrderBy(r => r.Start).ToArray();
            if (sorted.Zip(sorted.Skip(1)).Any(p => p.Second.Start < p.First.End))
            {
                problems.Add(new Error("autoattendant.hours_overlap", day.Day));
            }
        }
    }

    private static void Holidays(AutoAttendantSettings value, VoiceAppFacts facts, string? selfId, List<Error> problems)
    {
        if (value.Holidays.Count > MaxHolidays)
        {
            problems.Add(new Error("autoattendant.too_many_holidays", value.Holidays.Count, MaxHolidays));
        }

        var flowNames = new[] { value.DefaultFlow.Name, value.AfterHoursFlow?.Name }.OfType<string>().Concat(value.Holidays.Select(h => h.Name));
        foreach (var repeated in flowNames.Where(n => !string.IsNullOrWhiteSpace(n)).GroupBy(n => n.Trim(), StringComparer.OrdinalIgnoreCase).Where(g => g.Count() > 1))
        {
            problems.Add(new Error("autoattendant.flow_name_duplicate", repeated.Key));
        }

        foreach (var holiday in value.Holidays)
        {
            Holiday(holiday, facts, selfId, problems);
        }
    }

    private static void Holiday(Holiday holiday, VoiceAppFacts facts, string? selfId, List<Error> problems)
    {
        VoiceAppRules.Name(holiday.Name, "Holiday.Name", problems);
        var other = facts.AutoAttendants.Values.FirstOrDefault(a => a.Id != selfId
            && a.Settings.Holidays.Any(h => string.Equals(h.Name, holiday.Name, StringComparison.OrdinalIgnoreCase)));
        if (other is not null && !string.IsNullOrWhiteSpace(holiday.Name))
        {
            problems.Add(new Error("autoattendant.holiday_name_taken", holiday.Name, other.Name));
        }

        if (holiday.Dates.Count == 0)
        {
            problems.Add(new Error("autoattendant.holiday_no_dates", holiday.Name));
        }
        else if (holiday.Dates.Count > MaxDateRanges)
        {
            problems.Add(new Error("autoattendant.too_many_date_ranges", holiday.Name, holiday.Dates.Count, MaxDateRanges));
        }

        foreach (var range in holiday.Dates)
        {
            var end = range.EffectiveEnd;
            if (!OnHalfHour(range.Start) || !OnHalfHour(end))
            {
                problems.Add(new Error("autoattendant.holiday_not_aligned", holiday.Name, Stamp(range.Start), Stamp(end)));
            }
            else if (range.Start >= end)
            {
                problems.Add(new Error("autoattendant.holiday_start_not_before_end", holiday.Name, Stamp(range.Start), Stamp(end)));
            }
        }

        if (holiday.Greeting is not null)
        {
            VoiceAppRules.Prompt(holiday.Greeting, "Holiday.Greeting", problems);
        }

        switch (holiday.Action)
        {
            case HolidayAction.Redirect when holiday.RedirectTarget is null:
                problems.Add(new Error("autoattendant.holiday_target_required", holiday.Name));
                break;
            case HolidayAction.Redirect:
                Target(holiday.RedirectTarget, "Holiday.RedirectTarget", facts, selfId, problems);
                break;
            case HolidayAction.Disconnect when holiday.RedirectTarget is not null:
                problems.Add(new Error("autoattendant.holiday_target_unexpected", holiday.Name));
                break;
            case HolidayAction.Disconnect:
                break;
            default:
                problems.Add(new Error("autoattendant.holiday_action_unknown", holiday.Name, holiday.Action));
                break;
        }
    }

    private static bool OnHalfHour(DateTime value) => value.TimeOfDay.Ticks % HalfHour.Ticks == 0;

    private static string Clock(TimeSpan time) => $"{(int)time.TotalHours:00}:{Math.Abs(time.Minutes):00}";

    private static string Stamp(DateTime value) => value.ToString("yyyy-MM-dd HH:mm", System.Globalization.CultureInfo.InvariantCulture);
}
