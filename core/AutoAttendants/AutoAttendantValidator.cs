using ChatPhone.Core.AudioFiles;
using ChatPhone.Core.Common;
using ChatPhone.Core.VoiceApps;

namespace ChatPhone.Core.AutoAttendants;

/// <summary>
/// The rules of an auto attendant (reference step 8 and §11 rule 11). Pure: it returns every problem at
/// once and the settings with defaults applied (holiday ends, a Disconnect after-hours flow), each
/// adjustment reported as a note.
/// </summary>
public static partial class AutoAttendantValidator
{
    /// <summary>Holidays per auto attendant.</summary>
    public const int MaxHolidays = 20;

    /// <summary>Date ranges per holiday (fixed schedule).</summary>
    public const int MaxDateRanges = 10;

    /// <summary>Voice responses per menu option, and their length.</summary>
    public const int MaxVoiceResponses = 1, MaxVoiceResponseLength = 64;

    /// <summary>The name given to a supplied after-hours flow.</summary>
    public const string DefaultAfterHoursFlowName = "After hours";

    /// <summary>Checks <paramref name="settings"/> for the attendant <paramref name="selfId"/> (null when creating).</summary>
    public static Validated<AutoAttendantSettings> Validate(AutoAttendantSettings settings, VoiceAppFacts facts, string? selfId = null)
    {
        var problems = new List<Error>();
        var notes = new List<Error>();
        var value = Normalise(settings, notes);

        Identity(value, facts, selfId, problems);
        if (value.Operator is { } @operator)
        {
            Target(@operator, "Operator", facts, selfId, problems);
        }

        Flow(value.DefaultFlow, "DefaultCallFlow", value, facts, selfId, problems);
        Hours(value.Hours, problems);
        if (value.AfterHoursFlow is { } afterHours)
        {
            if (value.Hours.IsAllWeek)
            {
                problems.Add(new Error("autoattendant.after_hours_unused"));
            }

            Flow(afterHours, "AfterHoursCallFlow", value, facts, selfId, problems);
        }

        Holidays(value, facts, selfId, problems);
        DirectorySearch(value, problems);
        foreach (var group in value.DialScope.IncludeGroupIds.Concat(value.DialScope.ExcludeGroupIds))
        {
            VoiceAppRules.Group(group, "DialScope", problems);
        }

        AudioFileReferences.Check(AudioFileReferences.Of(value), facts, AudioFileApplication.OrgAutoAttendant, problems);
        return new Validated<AutoAttendantSettings>(value, problems, notes);
    }

    private static AutoAttendantSettings Normalise(AutoAttendantSettings settings, List<Error> notes)
    {
        var value = settings with
        {
            Name = settings.Name?.Trim() ?? string.Empty,
            LanguageId = SupportedLanguages.Canonical(settings.LanguageId) ?? settings.LanguageId,
            TimeZoneId = SupportedTimeZones.Canonical(settings.TimeZoneId) ?? settings.TimeZoneId,
            Holidays = settings.Holidays.Select(h => h with
            {
                Name = h.Name?.Trim() ?? string.Empty,
                Dates = h.Dates.Select(d => new DateTimeRange(Unspecified(d.Start), Unspecified(d.EffectiveEnd))).ToArray(),
            }).ToArray(),
            DialScope = new DialScope(
                settings.DialScope.IncludeGroupIds.Select(g => g.Trim().ToLowerInvariant()).Distinct().ToArray(),
                settings.DialScope.ExcludeGroupIds.Select(g => g.Trim().ToLowerInvariant()).Distinct().ToArray()),
        };

        if (value.AfterHoursFlow is null && !value.Hours.IsAllWeek)
        {
            notes.Add(new Error("autoattendant.after_hours_defaulted"));
            value = value with { AfterHoursFlow = CallFlow.Disconnect(DefaultAfterHoursFlowName) };
        }

        return value;
    }

    private static void Identity(AutoAttendantSettings value, VoiceAppFacts facts, string? selfId, List<Error> problems)
    {
        VoiceAppRules.Name(value.Name, "Name", problems);
        if (!string.IsNullOrWhiteSpace(value.Name) && VoiceAppRules.NameTaken(facts.AutoAttendants, a => a.Name, value.Name, selfId))
        {
            problems.Add(new Error("autoattendant.name_taken", value.Name));
        }

        if (string.IsNullOrWhiteSpace(value.LanguageId))
        {
            problems.Add(new Error("autoattendant.language_required"));
        }
        else if (SupportedLanguages.Canonical(value.LanguageId) is null)
        {
            problems.Add(new Error("voiceapp.language_unsupported", value.LanguageId));
        }
        else if (value.EnableVoiceResponse && !SupportedLanguages.HasSpeechRecognition(value.LanguageId))
        {
            problems.Add(new Error("autoattendant.voice_response_unsupported", value.LanguageId));
        }

        if (!Enum.IsDefined(value.Voice))
        {
            problems.Add(new Error("autoattendant.voice_unknown", value.Voice));
        }

        if (string.IsNullOrWhiteSpace(value.TimeZoneId))
        {
            problems.Add(new Error("autoattendant.time_zone_required"));
        }
        else if (SupportedTimeZones.Canonical(value.TimeZoneId) is null)
        {
            problems.Add(new Error("autoattendant.time_zone_unsupported", value.TimeZoneId));
        }
    }

    private static void DirectorySearch(AutoAttendantSettings value, List<Error> problems)
    {
        foreach (var (flow, menu) in value.Menus().Where(m => m.Menu.EnableDialByName && m.Menu.DirectorySearch == DirectorySearchMethod.ByExtension))
        {
            problems.Add(new Error("autoattendant.dial_by_conflict", flow));
        }

        // One attendant offers one search method; chain two attendants to offer both.
        var methods = value.Menus().Select(m => m.Menu.EffectiveSearch).Where(m => m != DirectorySearchMethod.None).Distinct().Count();
        if (methods > 1)
        {
            problems.Add(new Error("autoattendant.dial_by_mixed"));
        }
    }

    private static DateTime Unspecified(DateTime value) => DateTime.SpecifyKind(value, DateTimeKind.Unspecified);
}
