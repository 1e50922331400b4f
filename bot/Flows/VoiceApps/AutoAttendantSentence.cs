using System.Globalization;
using System.Text.RegularExpressions;
using ChatPhone.Bot.Recognition;
using ChatPhone.Bot.Recognition.Slots;
using ChatPhone.Core.AutoAttendants;
using ChatPhone.Core.VoiceApps;

namespace ChatPhone.Bot.Flows.VoiceApps;

/// <summary>
/// Reads what a sentence asks to change on an auto attendant, in English or French: a new name ("rename … to Reception",
/// "renomme … en Réception"), a time zone ("time zone Paris", "fuseau horaire New York"), a language ("language French",
/// "langue anglais", "en-GB"), business hours ("now opens at 8", "ouvre à 8 h du lundi au vendredi", "open 8 to 6",
/// "closes at 18:30", "24/7"), several at once. The attendant's own name is taken out first, so its words are never read.
/// </summary>
internal static partial class AutoAttendantSentence
{
    private static readonly (string Words, string Zone)[] Zones =
    [
        ("paris|france|brussels|bruxelles|madrid|romance", "Romance Standard Time"),
        ("london|londres|dublin|lisbon|lisbonne|uk|royaume uni", "GMT Standard Time"),
        ("berlin|amsterdam|rome|vienna|vienne|zurich|stockholm", "W. Europe Standard Time"),
        ("new york|boston|toronto|miami|eastern|est", "Eastern Standard Time"),
        ("chicago|dallas|houston|central", "Central Standard Time"),
        ("denver|mountain", "Mountain Standard Time"),
        ("seattle|los angeles|san francisco|vancouver|pacific|pst", "Pacific Standard Time"),
        ("tokyo|japan|japon", "Tokyo Standard Time"),
        ("sydney|melbourne", "AUS Eastern Standard Time"),
        ("singapore|singapour", "Singapore Standard Time"),
        ("india|inde|mumbai|delhi", "India Standard Time"),
        ("utc|gmt|temps universel", "UTC"),
    ];

    private static readonly (string Words, string Language)[] Languages =
    [
        ("british english|english uk|anglais britannique|anglais du royaume uni", "en-GB"),
        ("canadian french|francais canadien|francais du canada|quebecois", "fr-CA"),
        ("english|anglais", "en-US"),
        ("french|francais", "fr-FR"),
        ("german|allemand", "de-DE"),
        ("spanish|espagnol", "es-ES"),
        ("italian|italien", "it-IT"),
        ("japanese|japonais", "ja-JP"),
        ("dutch|neerlandais", "nl-NL"),
        ("portuguese|portugais", "pt-BR"),
    ];

    /// <summary>What <paramref name="text"/> asks to change on the attendant <paramref name="current"/>; empty when nothing.</summary>
    public static AutoAttendantEdit Read(string text, string language, AutoAttendantSettings current, RecognizerModels models, DateTime now)
    {
        var newName = NewName(text);
        var rest = newName is null ? text : text[..text.LastIndexOf(newName, StringComparison.Ordinal)];
        rest = Regex.Replace(rest, Regex.Escape(current.Name), " ", RegexOptions.IgnoreCase, TimeSpan.FromMilliseconds(200));
        var folded = RecognitionInput.Fold(rest);
        return new AutoAttendantEdit(newName, TimeZone(folded), Language(rest.ToLowerInvariant(), folded), Hours(rest, folded, language, current.Hours, models, now));
    }

    /// <summary>
    /// The time zone and the language a creating sentence names ("…, time zone Paris, in French"), the attendant's own
    /// name taken out first; null for what it does not name.
    /// </summary>
    public static (string? TimeZone, string? Language) ZoneAndLanguage(string text, string name)
    {
        var rest = Regex.Replace(text, Regex.Escape(name), " ", RegexOptions.IgnoreCase, TimeSpan.FromMilliseconds(200));
        var folded = RecognitionInput.Fold(rest);
        return (TimeZone(folded), Language(rest.ToLowerInvariant(), folded));
    }

    /// <summary>The name after "rename … to" / "renomme … en", without quotes.</summary>
    public static string? NewName(string text)
    {
        var match = Rename().Match(text);
        return match.Success && match.Groups["name"].Value.Trim() is { Length: > 0 } name ? name : null;
    }

    private static string? TimeZone(string folded)
    {
        if (!TimeZoneWords().IsMatch(folded))
        {
            return null;
        }

        var named = SupportedTimeZones.Ids.FirstOrDefault(z => folded.Contains(RecognitionInput.Fold(z).Replace('.', ' ').Trim(), StringComparison.Ordinal)
            || folded.Contains(RecognitionInput.Fold(z), StringComparison.Ordinal));
        return named ?? Zones.FirstOrDefault(z => Regex.IsMatch(folded, $@"\b({z.Words})\b", RegexOptions.None, TimeSpan.FromMilliseconds(200))).Zone;
    }

    private static string? Language(string lower, string folded)
    {
        if (LanguageCode().Matches(lower).Select(m => SupportedLanguages.Canonical(m.Value.Replace('_', '-'))).OfType<string>().FirstOrDefault() is { } id)
        {
            return id;
        }

        // "in French", « en anglais »: the language named right there, wherever others are named ("press 1 for English").
        if (InLanguage().Match(folded) is { Success: true } said)
        {
            return Languages.FirstOrDefault(l => Regex.IsMatch(said.Groups["l"].Value, $@"^({l.Words})$", RegexOptions.None, TimeSpan.FromMilliseconds(200))).Language;
        }

        if (!LanguageWords().IsMatch(folded))
        {
            return null;
        }

        return Languages.FirstOrDefault(l => Regex.IsMatch(folded, $@"\b({l.Words})\b", RegexOptions.None, TimeSpan.FromMilliseconds(200))).Language;
    }

    private static BusinessHours? Hours(string text, string folded, string language, BusinessHours current, RecognizerModels models, DateTime now)
    {
        if (AllWeek().IsMatch(folded))
        {
            return BusinessHours.AllWeek;
        }

        if (!HoursWords().IsMatch(folded))
        {
            return null;
        }

        var context = new SlotContext(RecognitionInput.Create(text, language, null, 500), models, now);
        DateSlots.FillHours(context);
        var open = Clock(context.Slots.GetValueOrDefault(SlotNames.Open)) ?? At(OpensAt().Match(folded));
        var close = Clock(context.Slots.GetValueOrDefault(SlotNames.Close)) ?? At(ClosesAt().Match(folded));
        if (open is { } o && close is { } c && c <= o && c < TimeSpan.FromHours(12))
        {
            close = c + TimeSpan.FromHours(12);
        }

        var days = context.Slots.GetValueOrDefault(SlotNames.Days)?.Split(',').Select(Enum.Parse<DayOfWeek>).ToArray();
        if (OpeningRanges.Read(folded) is { Count: > 0 } ranges)
        {
            // "9 to 12 and 2 to 6 on weekdays": those days get exactly these ranges; other open days keep theirs.
            var openDays = current.Days.Where(d => d.Ranges.Count > 0).Select(d => d.Day).ToArray();
            var targets = days ?? (openDays.Length > 0 ? openDays : [.. BusinessHours.Default.Days.Select(d => d.Day)]);
            var kept = current.Days.Where(d => d.Ranges.Count > 0 && !targets.Contains(d.Day));
            return new BusinessHours([.. kept.Concat(targets.Select(d => new DayHours(d, ranges))).OrderBy(d => ((int)d.Day + 6) % 7)]);
        }

        if (open is null && close is null && days is null)
        {
            return null;
        }

        return Reshape(current, open, close, days);
    }

    /// <summary>
    /// The hours with the open days (those named, else today's open days, else Monday–Friday) opening at
    /// <paramref name="open"/> and closing at <paramref name="close"/>, breaks kept; days named alone become the open days.
    /// </summary>
    public static BusinessHours Reshape(BusinessHours current, TimeSpan? open, TimeSpan? close, IReadOnlyList<DayOfWeek>? days)
    {
        var typical = current.Days.FirstOrDefault(d => d.Ranges.Count > 0)?.Ranges
            ?? [new TimeRange(TimeSpan.FromHours(9), TimeSpan.FromHours(17))];
        var openDays = current.Days.Where(d => d.Ranges.Count > 0).Select(d => d.Day).ToArray();
        var targets = days ?? (openDays.Length > 0 ? openDays : BusinessHours.Default.Days.Select(d => d.Day).ToArray());
        var result = new Dictionary<DayOfWeek, IReadOnlyList<TimeRange>>();
        foreach (var day in current.Days.Where(d => d.Ranges.Count > 0 && (open is not null || close is not null || days is null)))
        {
            result[day.Day] = day.Ranges;
        }

        foreach (var day in targets)
        {
            var ranges = current.RangesOf(day).OrderBy(r => r.Start).ToList();
            if (ranges.Count == 0)
            {
                ranges = [.. typical];
            }

            if (open is { } start)
            {
                ranges[0] = ranges[0] with { Start = start };
            }

            if (close is { } end)
            {
                ranges[^1] = ranges[^1] with { End = end };
            }

            result[day] = ranges;
        }

        return new BusinessHours(result.OrderBy(p => ((int)p.Key + 6) % 7).Select(p => new DayHours(p.Key, p.Value)).ToArray());
    }

    private static TimeSpan? Clock(string? text) =>
        text is not null && TimeSpan.TryParseExact(text, @"hh\:mm", CultureInfo.InvariantCulture, out var time) ? time : null;

    private static TimeSpan? At(Match match)
    {
        if (!match.Success)
        {
            return null;
        }

        var hour = int.Parse(match.Groups["h"].Value, CultureInfo.InvariantCulture);
        var minutes = match.Groups["m"].Success ? int.Parse(match.Groups["m"].Value, CultureInfo.InvariantCulture) : 0;
        hour += match.Groups["s"].Value == "pm" && hour < 12 ? 12 : 0;
        hour -= match.Groups["s"].Value == "am" && hour == 12 ? 12 : 0;
        return hour <= 24 && minutes < 60 ? new TimeSpan(hour, minutes, 0) : null;
    }

    [GeneratedRegex(@"\b(?:rename|renames|renamed|renomme|renommer|renommez|call it|appelle le|nomme le)\b.*\s(?:to|as|into|en)\s+[«""“'‘]?\s*(?<name>[^«»""“”]+?)\s*[»""”'’]?\s*[.!]?\s*$", RegexOptions.IgnoreCase, matchTimeoutMilliseconds: 200)]
    private static partial Regex Rename();

    [GeneratedRegex(@"\b(time ?zones?|fuseaux? horaires?|fuseau|(?:paris|london|new york|chicago|denver|seattle|pacific|eastern|central|mountain|tokyo|sydney|singapore|berlin|madrid|brussels|amsterdam|rome|utc|gmt) time|heure (?:de|d') ?(?:paris|londres|new york|tokyo|berlin|madrid|bruxelles|amsterdam|rome|singapour|sydney))\b", RegexOptions.None, matchTimeoutMilliseconds: 200)]
    private static partial Regex TimeZoneWords();

    [GeneratedRegex(@"\b(languages?|langues?|speaks?|parle)\b", RegexOptions.None, matchTimeoutMilliseconds: 200)]
    private static partial Regex LanguageWords();

    [GeneratedRegex(@"\b(?:in|en)\s+(?<l>british english|canadian french|francais canadien|francais du canada|anglais britannique|english|anglais|french|francais|german|allemand|spanish|espagnol|italian|italien|japanese|japonais|dutch|neerlandais|portuguese|portugais)\b", RegexOptions.None, matchTimeoutMilliseconds: 200)]
    private static partial Regex InLanguage();

    [GeneratedRegex(@"(?<![a-z])[a-z]{2}[-_][a-z]{2}(?![a-z])", RegexOptions.None, matchTimeoutMilliseconds: 200)]
    private static partial Regex LanguageCode();

    [GeneratedRegex(@"\b(opens?|opening|closes?|closing|hours|horaires?|heures d'ouverture|ouvre|ouvrira|ouvert|ouverture|ferme|fermera|fermeture|from|de|du|des)\b", RegexOptions.None, matchTimeoutMilliseconds: 200)]
    private static partial Regex HoursWords();

    [GeneratedRegex(@"(24 ?/ ?7|24 ?h ?/ ?24|always open|open all the time|around the clock|tout le temps|en permanence|jour et nuit)", RegexOptions.None, matchTimeoutMilliseconds: 200)]
    private static partial Regex AllWeek();

    [GeneratedRegex(@"\b(?:opens?|opening|ouvre|ouvrira|ouverture|ouvert)\b(?:\s+(?:now|at|from|a|des|de|now at|desormais|maintenant|dorenavant))*\s+(?<h>\d{1,2})(?:\s*[:h]\s*(?<m>\d{2}))?\s*(?<s>am|pm|h)?(?![\d/])", RegexOptions.None, matchTimeoutMilliseconds: 200)]
    private static partial Regex OpensAt();

    [GeneratedRegex(@"\b(?:closes?|closing|ferme|fermera|fermeture|until|till|jusqu'a)\b(?:\s+(?:now|at|a|now at|desormais|maintenant|dorenavant))*\s+(?<h>\d{1,2})(?:\s*[:h]\s*(?<m>\d{2}))?\s*(?<s>am|pm|h)?(?![\d/])", RegexOptions.None, matchTimeoutMilliseconds: 200)]
    private static partial Regex ClosesAt();
}
