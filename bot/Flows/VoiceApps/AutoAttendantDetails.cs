using ChatPhone.Cards.AdaptiveCards;
using ChatPhone.Core.AutoAttendants;
using ChatPhone.Core.Common;
using ChatPhone.Core.ResourceAccounts;
using ChatPhone.Core.VoiceApps;

namespace ChatPhone.Bot.Flows.VoiceApps;

/// <summary>
/// An auto attendant in words, for its detail card and plans: every setting core keeps, with the people, queues,
/// attendants and accounts it transfers to by name rather than by id.
/// </summary>
/// <param name="names">Display names by id: people, call queues, auto attendants, resource accounts (ids compared without case).</param>
/// <param name="language">The reader's language.</param>
internal sealed class AutoAttendantDetails(IReadOnlyDictionary<string, string> names, Language language)
{
    private static readonly DayOfWeek[] Week = [DayOfWeek.Monday, DayOfWeek.Tuesday, DayOfWeek.Wednesday, DayOfWeek.Thursday, DayOfWeek.Friday, DayOfWeek.Saturday, DayOfWeek.Sunday];

    /// <summary>Every setting of <paramref name="attendant"/>, one fact each, then its resource accounts.</summary>
    public IReadOnlyList<Fact> Facts(AutoAttendant attendant, IReadOnlyList<ResourceAccount> linked)
    {
        var s = attendant.Settings;
        var facts = new List<Fact>
        {
            new(T("AaShow_Name"), s.Name),
            new(T("AaShow_Language"), VoiceLanguageNames.Display(s.LanguageId, language)),
            new(T("AaShow_Voice"), T("AaShow_Voice_" + s.Voice)),
            new(T("AaShow_VoiceInputs"), T(s.EnableVoiceResponse ? "AaShow_On" : "AaShow_Off")),
            new(T("AaShow_TimeZone"), DisplayNames.TimeZone(s.TimeZoneId, language)),
            new(T("AaShow_Operator"), s.Operator is { } op ? Target(op) : T("AaShow_None")),
        };
        facts.AddRange(s.Hours.IsAllWeek
            ? [new Fact(T("AaShow_Hours"), T("AaShow_AllWeek"))]
            : Week.Select(day => new Fact(DayName(day), DayHours(s.Hours, day))));
        facts.AddRange(Flow(T("AaShow_DefaultFlow"), s.DefaultFlow));
        if (s.AfterHoursFlow is { } afterHours)
        {
            facts.AddRange(Flow(T("AaShow_AfterHoursFlow"), afterHours));
        }

        facts.Add(new Fact(T("AaShow_Holidays"), s.Holidays.Count == 0 ? T("AaShow_None") : string.Join("; ", s.Holidays.Select(Holiday))));
        facts.Add(new Fact(T("AaShow_DialScope"), Scope(s.DialScope)));
        facts.Add(new Fact(T("AaShow_NameExtension"), T("AaShow_NameExtension_" + s.UserNameExtension)));
        facts.Add(new Fact(T("AaShow_Accounts"), linked.Count == 0 ? T("AaShow_NoAccount")
            : string.Join(", ", linked.Select(a => a.Number is { } n ? $"{a.Upn} ({n})" : a.Upn))));
        return facts;
    }

    /// <summary>Business hours in a line: days with the same hours grouped ("Monday–Friday 09:00–17:00").</summary>
    public string Hours(BusinessHours hours) =>
        hours.IsAllWeek ? T("AaShow_AllWeek")
        : !hours.Days.Any(d => d.Ranges.Count > 0) ? T("AaShow_Closed")
        : string.Join("; ", Week
            .Where(d => hours.RangesOf(d).Any())
            .GroupBy(d => Ranges(hours, d))
            .Select(g => $"{VoiceAppReplies.Days(g, language)} {g.Key}"));

    /// <summary>A holiday in words: its name, its dates and what callers get.</summary>
    public string Holiday(Holiday holiday) =>
        $"{holiday.Name}: {string.Join(", ", holiday.Dates.Select(Dates))} ({HolidayAction(holiday)})";

    /// <summary>A date range in words: one day, or first to last day, with the times when not whole days.</summary>
    public string Dates(DateTimeRange range)
    {
        var culture = VoiceAppReplies.Culture(language);
        var end = range.EffectiveEnd;
        if (range.Start.TimeOfDay == TimeSpan.Zero && end.TimeOfDay == TimeSpan.Zero)
        {
            var last = end.AddDays(-1).Date;
            return last <= range.Start.Date ? LongDate(range.Start, culture) : T("AaShow_DateRange", LongDate(range.Start, culture), LongDate(last, culture));
        }

        return T("AaShow_DateRange", range.Start.ToString("g", culture), end.ToString("g", culture));
    }

    /// <summary>What a holiday does with calls.</summary>
    public string HolidayAction(Holiday holiday) =>
        (holiday.Greeting is null ? string.Empty : T("Aa2_HolidayGreeting", Prompt(holiday.Greeting)))
        + (holiday.Action == Core.AutoAttendants.HolidayAction.Redirect && holiday.RedirectTarget is { } target
            ? T("AaShow_RedirectTo", Target(target))
            : T("AaShow_Disconnect"));

    /// <summary>A transfer target by name; a resource account by what it serves when the names say so.</summary>
    public string Target(CallableEntity target) => target.Type switch
    {
        CallableEntityType.ExternalPstn => T("AaShow_Target_ExternalPstn", target.Id.Replace("tel:", string.Empty, StringComparison.OrdinalIgnoreCase)),
        CallableEntityType.ApplicationEndpoint when names.GetValueOrDefault(target.Id.ToLowerInvariant()) is { } label => label,
        _ => T("AaShow_Target_" + target.Type, names.GetValueOrDefault(target.Id.ToLowerInvariant()) ?? target.Id),
    };

    /// <summary>A call flow in words under <paramref name="title"/>: its greeting, menu prompt, each key's action and its search.</summary>
    public IEnumerable<Fact> Flow(string title, CallFlow flow)
    {
        yield return new Fact(title + " — " + T("AaShow_Greeting"), Prompt(flow.Greeting));
        if (flow.Menu.Prompt is not null)
        {
            yield return new Fact(title + " — " + T("AaShow_MenuPrompt"), Prompt(flow.Menu.Prompt));
        }

        yield return new Fact(title + " — " + T("AaShow_Menu"), flow.Menu.Options.Count == 0 ? T("AaShow_None")
            : string.Join("; ", flow.Menu.Options.Select(Option)));
        if (flow.Menu.EffectiveSearch != DirectorySearchMethod.None)
        {
            yield return new Fact(title + " — " + T("AaShow_Search"), T("AaShow_Search_" + flow.Menu.EffectiveSearch));
        }
    }

    /// <summary>A menu option in words: "Press 1: call queue Sales (via resource account …)", or the action taken at once.</summary>
    public string Option(MenuOption option)
    {
        var action = option.Action switch
        {
            MenuAction.TransferCallToTarget when option.Target is { } target => Target(target),
            MenuAction.Announcement => T("AaShow_Announcement", Prompt(option.Prompt)),
            _ => T("AaShow_Action_" + option.Action),
        };
        return option.Dtmf == DtmfTone.Automatic
            ? T("Aa2_AtOnce", action)
            : T("Aa2_Press", option.Dtmf.ToString().Replace("Tone", string.Empty, StringComparison.Ordinal), action);
    }

    /// <summary>A greeting in words: its text, its audio file by name, or none.</summary>
    public string Prompt(Prompt? prompt) => prompt switch
    {
        null => T("AaShow_None"),
        { TextToSpeech: { Length: > 0 } text } => language == Language.French
            ? $"« {(text.Length <= 200 ? text : text[..199] + "…")} »"
            : $"“{(text.Length <= 200 ? text : text[..199] + "…")}”",
        { AudioFileId: { } file } => T("AaShow_AudioFile", names.GetValueOrDefault(file) ?? file),
        _ => T("AaShow_None"),
    };

    private string Scope(DialScope scope) =>
        scope.IncludeGroupIds.Count == 0 && scope.ExcludeGroupIds.Count == 0 ? T("AaShow_Everyone")
        : T("AaShow_Scope", scope.IncludeGroupIds.Count == 0 ? T("AaShow_Everyone") : string.Join(", ", scope.IncludeGroupIds),
            scope.ExcludeGroupIds.Count == 0 ? T("AaShow_None") : string.Join(", ", scope.ExcludeGroupIds));

    private string DayHours(BusinessHours hours, DayOfWeek day) =>
        hours.RangesOf(day).Any() ? Ranges(hours, day) : T("AaShow_Closed");

    private static string Ranges(BusinessHours hours, DayOfWeek day) =>
        string.Join(", ", hours.RangesOf(day).OrderBy(r => r.Start).Select(r => $"{HoursText.Clock(r.Start)}–{HoursText.Clock(r.End)}"));

    private string DayName(DayOfWeek day)
    {
        var name = VoiceAppReplies.Culture(language).DateTimeFormat.GetDayName(day);
        return char.ToUpper(name[0], VoiceAppReplies.Culture(language)) + name[1..];
    }

    // "vendredi 25 décembre 2026", "1er janvier": French writes the first of a month as an ordinal.
    private static string LongDate(DateTime date, System.Globalization.CultureInfo culture) =>
        FrenchText.IsFrench(culture) ? FrenchText.FirstOfMonth(date.ToString("D", culture)) : date.ToString("D", culture);

    private string T(string name, params object[] args) => BotText.Get(language, name, args);
}
