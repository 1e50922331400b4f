using System.Globalization;
using System.Text.RegularExpressions;
using ChatPhone.Core.AutoAttendants;

namespace ChatPhone.Bot.Flows.VoiceApps;

/// <summary>
/// Several opening ranges in one day, from a sentence's folded text: "9 to 12 and 2 to 6", "from 9am to noon and 1:30pm
/// to 5pm", « de 9h à 12h et de 14h à 18h ». A range without am/pm that would end before it starts is read in the
/// afternoon ("9 to 6"), and a range that starts before the previous one ended is too ("… and 2 to 6").
/// </summary>
internal static partial class OpeningRanges
{
    /// <summary>The ranges said, in order, when there are at least two of them; else empty (one range is the hours' own business).</summary>
    public static IReadOnlyList<TimeRange> Read(string folded)
    {
        var ranges = new List<TimeRange>();
        foreach (Match match in Range().Matches(folded))
        {
            if (Clock(match, "h1", "m1", "s1") is not { } start || Clock(match, "h2", "m2", "s2") is not { } end)
            {
                continue;
            }

            var previousEnd = ranges.Count > 0 ? ranges[^1].End : TimeSpan.Zero;
            if (start < previousEnd && start < Noon && !match.Groups["s1"].Success)
            {
                start += Noon;
            }

            if (end <= start && end < Noon && !match.Groups["s2"].Success)
            {
                end += Noon;
            }

            if (end > start && end <= TimeSpan.FromDays(1))
            {
                ranges.Add(new TimeRange(start, end));
            }
        }

        return ranges.Count >= 2 ? ranges : [];
    }

    private static readonly TimeSpan Noon = TimeSpan.FromHours(12);

    private static TimeSpan? Clock(Match match, string hour, string minutes, string suffix)
    {
        var word = match.Groups[hour].Value;
        if (word is "noon" or "midi")
        {
            return Noon;
        }

        if (word is "midnight" or "minuit")
        {
            return TimeSpan.FromDays(1);
        }

        var h = int.Parse(word, CultureInfo.InvariantCulture);
        var m = match.Groups[minutes].Success ? int.Parse(match.Groups[minutes].Value, CultureInfo.InvariantCulture) : 0;
        var s = match.Groups[suffix].Value;
        h += s == "pm" && h < 12 ? 12 : 0;
        h -= s == "am" && h == 12 ? 12 : 0;
        return h <= 24 && m < 60 ? new TimeSpan(h, m, 0) : null;
    }

    // "[from|de] 9[:30|h30][am|pm|h] (to|-|–|until|a|jusqu'a) 12[…]"; the hours are never part of a longer number.
    [GeneratedRegex(@"(?<![\d+:/.])(?:(?<h1>\d{1,2})(?:\s*[:h]\s*(?<m1>\d{2}))?\s*(?:(?<s1>am|pm)|h(?:eures?)?)?|(?<h1>noon|midi))\s*(?:to|until|till|-|–|a|jusqu'a)\s*(?:(?<h2>\d{1,2})(?:\s*[:h]\s*(?<m2>\d{2}))?\s*(?:(?<s2>am|pm)|h(?:eures?)?)?|(?<h2>noon|midi|midnight|minuit))(?![\d:/.]|\s*(?:calls?|appels?|minutes?|seconds?|secondes?|s\b|min\b))", RegexOptions.None, matchTimeoutMilliseconds: 200)]
    private static partial Regex Range();
}
