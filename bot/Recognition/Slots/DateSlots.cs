using System.Globalization;
using System.Text.RegularExpressions;
using Microsoft.Recognizers.Text;

namespace ChatPhone.Bot.Recognition.Slots;

/// <summary>Dates (yyyy-MM-dd), time ranges (HH:mm) and week days, with the date-time model and a fallback for bare "9 to 5".</summary>
internal static partial class DateSlots
{
    private static readonly (string Word, DayOfWeek Day)[] DayWords =
    [
        ("monday", DayOfWeek.Monday), ("tuesday", DayOfWeek.Tuesday), ("wednesday", DayOfWeek.Wednesday),
        ("thursday", DayOfWeek.Thursday), ("friday", DayOfWeek.Friday), ("saturday", DayOfWeek.Saturday), ("sunday", DayOfWeek.Sunday),
        ("lundi", DayOfWeek.Monday), ("mardi", DayOfWeek.Tuesday), ("mercredi", DayOfWeek.Wednesday),
        ("jeudi", DayOfWeek.Thursday), ("vendredi", DayOfWeek.Friday), ("samedi", DayOfWeek.Saturday), ("dimanche", DayOfWeek.Sunday),
    ];

    /// <summary>
    /// A day or a period: sets <paramref name="startSlot"/> and, for a period, <paramref name="endSlot"/>. A period
    /// wins over a day, and what is written with digits over a named day ("New Year from December 31 to
    /// January 2" is the period, not New Year's Day); a period that ends before it starts ends the next year.
    /// </summary>
    public static void FillDate(SlotContext context, string startSlot, string endSlot, bool preferFuture, bool endOfDay = false)
    {
        var candidates = Parse(context)
            .Select(result => (Result: result, Values: Values(result)))
            .Select(r => (r.Result, Type: r.Values.FirstOrDefault()?.GetValueOrDefault("type"), Chosen: (preferFuture ? r.Values.LastOrDefault() : r.Values.FirstOrDefault()) ?? []))
            .Where(r => r.Type is "date" or "datetime" or "daterange" or "datetimerange")
            .OrderByDescending(r => r.Type is "daterange" or "datetimerange")
            .ThenByDescending(r => r.Result.Text.Any(char.IsAsciiDigit))
            .ToArray();
        foreach (var (_, type, chosen) in candidates)
        {
            if (type is "date" or "datetime" && Day(chosen.GetValueOrDefault("value")) is { } day)
            {
                context.Set(startSlot, day);
                if (endOfDay)
                {
                    context.Set(endSlot, day);
                }

                return;
            }

            var start = Day(chosen.GetValueOrDefault("start"));
            var end = Day(chosen.GetValueOrDefault("end"));
            if (type is "daterange" or "datetimerange" && (start is not null || end is not null))
            {
                if (start is not null && end is not null && string.CompareOrdinal(end, start) < 0)
                {
                    end = DateTime.ParseExact(end, "yyyy-MM-dd", CultureInfo.InvariantCulture).AddYears(1).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
                }

                context.Set(startSlot, start);
                context.Set(endSlot, end ?? context.Now.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
                return;
            }
        }
    }

    /// <summary>Opening hours: "open" and "close" (HH:mm) and "days" (English day names, comma-separated).</summary>
    public static void FillHours(SlotContext context)
    {
        var range = Parse(context).Select(Values)
            .Select(v => v.FirstOrDefault())
            .FirstOrDefault(v => v?.GetValueOrDefault("type") is "timerange");
        if (range is not null && Time(range.GetValueOrDefault("start")) is { } open && Time(range.GetValueOrDefault("end")) is { } close)
        {
            context.Set(SlotNames.Open, open);
            context.Set(SlotNames.Close, close);
        }
        else if (HourRange().Match(context.Folded) is { Success: true } match)
        {
            var from = Hour(match.Groups["from"].Value, match.Groups["fm"].Value, match.Groups["fa"].Value);
            var to = Hour(match.Groups["to"].Value, match.Groups["tm"].Value, match.Groups["ta"].Value);
            // "9 to 5": an end before the start is in the afternoon.
            if (to <= from && match.Groups["ta"].Value.Length == 0 && to < TimeSpan.FromHours(12))
            {
                to += TimeSpan.FromHours(12);
            }

            if (from < TimeSpan.FromHours(24) && to <= TimeSpan.FromHours(24))
            {
                context.Set(SlotNames.Open, from.ToString(@"hh\:mm", CultureInfo.InvariantCulture));
                context.Set(SlotNames.Close, to.ToString(@"hh\:mm", CultureInfo.InvariantCulture));
            }
        }

        context.Set(SlotNames.Days, Days(context.Folded));
    }

    // "monday to friday", "du lundi au vendredi", "weekdays", "monday, wednesday and friday".
    private static string? Days(string folded)
    {
        if (Weekdays().IsMatch(folded))
        {
            return "Monday,Tuesday,Wednesday,Thursday,Friday";
        }

        var found = DayWords.Select(d => (d.Day, Match: Regex.Match(folded, $@"\b{d.Word}s?\b", RegexOptions.None, TimeSpan.FromMilliseconds(200))))
            .Where(d => d.Match.Success).OrderBy(d => d.Match.Index).ToArray();
        if (found.Length == 2 && DayRange().IsMatch(folded[(found[0].Match.Index + found[0].Match.Length)..found[1].Match.Index]))
        {
            var days = new List<DayOfWeek>();
            for (var day = found[0].Day; ; day = (DayOfWeek)(((int)day + 1) % 7))
            {
                days.Add(day);
                if (day == found[1].Day)
                {
                    break;
                }
            }

            return string.Join(",", days);
        }

        return found.Length > 0 ? string.Join(",", found.Select(d => d.Day).Distinct()) : null;
    }

    private static List<ModelResult> Parse(SlotContext context) =>
        context.Models.DateTime(context.Input.Culture) is Microsoft.Recognizers.Text.DateTime.DateTimeModel model
            ? context.Run(text => model.Parse(text, context.Now), context.Text)
            : context.Run(context.Models.DateTime(context.Input.Culture).Parse, context.Text);

    private static IReadOnlyList<Dictionary<string, string>> Values(ModelResult result) =>
        result.Resolution?.GetValueOrDefault("values") is IEnumerable<Dictionary<string, string>> values ? values.ToArray() : [];

    private static string? Day(string? value) =>
        value is not null && DateTime.TryParse(value, CultureInfo.InvariantCulture, DateTimeStyles.None, out var date)
            ? date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)
            : null;

    private static string? Time(string? value) =>
        value is not null && TimeSpan.TryParse(value, CultureInfo.InvariantCulture, out var time) ? time.ToString(@"hh\:mm", CultureInfo.InvariantCulture) : null;

    private static TimeSpan Hour(string hours, string minutes, string suffix)
    {
        var hour = int.Parse(hours, CultureInfo.InvariantCulture);
        hour += suffix == "pm" && hour < 12 ? 12 : 0;
        hour -= suffix == "am" && hour == 12 ? 12 : 0;
        return new TimeSpan(hour, minutes.Length > 0 ? int.Parse(minutes, CultureInfo.InvariantCulture) : 0, 0);
    }

    [GeneratedRegex(@"\b(?<from>\d{1,2})(?:[:h](?<fm>\d{2}))?\s*(?<fa>am|pm|h)?\s*(?:to|until|till|a|au|jusqu'a|\s)\s*(?<to>\d{1,2})(?:[:h](?<tm>\d{2}))?\s*(?<ta>am|pm|h)?\b", RegexOptions.None, matchTimeoutMilliseconds: 200)]
    private static partial Regex HourRange();

    [GeneratedRegex(@"\b(weekdays|week days|business days|en semaine|jours ouvres|jours de semaine)\b", RegexOptions.None, matchTimeoutMilliseconds: 200)]
    private static partial Regex Weekdays();

    [GeneratedRegex(@"^\s*(to|through|thru|until|au|a|jusqu'au)\s*$", RegexOptions.None, matchTimeoutMilliseconds: 200)]
    private static partial Regex DayRange();
}
