using ChatPhone.Core.AudioFiles;
using ChatPhone.Core.Common;
using ChatPhone.Core.VoiceApps;

namespace ChatPhone.Core.CallQueues;

/// <summary>
/// The rules of a call queue (reference step 7 and §11 rule 10). Pure: it returns every problem at once
/// and the settings with their adjustments (timeout rounded to 15 s, presence-based routing forced on
/// for LongestIdle), each adjustment reported as a note. The queue's own settings (name, language, music, recording)
/// are checked here; its agents, exception actions and callback by <see cref="CallQueueAgentRules"/>,
/// <see cref="CallQueueActionRules"/> and <see cref="CallQueueCallbackRules"/>.
/// </summary>
public static class CallQueueValidator
{
    /// <summary>AgentAlertTime bounds, seconds.</summary>
    public const int MinAgentAlertTime = 15, MaxAgentAlertTime = 180;

    /// <summary>OverflowThreshold bounds, calls.</summary>
    public const int MinOverflowThreshold = 0, MaxOverflowThreshold = 200;

    /// <summary>TimeoutThreshold bounds, seconds, and its step.</summary>
    public const int MinTimeoutThreshold = 0, MaxTimeoutThreshold = 2700, TimeoutStep = 15;

    /// <summary>Agents added individually.</summary>
    public const int MaxUsers = 20;

    /// <summary>Compliance recording templates.</summary>
    public const int MaxComplianceTemplates = 2;

    /// <summary>Checks <paramref name="settings"/> for the queue <paramref name="selfId"/> (null when creating).</summary>
    public static Validated<CallQueueSettings> Validate(CallQueueSettings settings, VoiceAppFacts facts, string? selfId = null)
    {
        var problems = new List<Error>();
        var notes = new List<Error>();
        var value = Normalise(settings, notes);

        Identity(value, facts, selfId, problems);
        CallQueueAgentRules.Check(value, facts, selfId, problems);
        Music(value, problems);
        VoiceAppRules.Range(value.OverflowThreshold, MinOverflowThreshold, MaxOverflowThreshold, "OverflowThreshold", problems);
        VoiceAppRules.Range(settings.TimeoutThreshold, MinTimeoutThreshold, MaxTimeoutThreshold, "TimeoutThreshold", problems);
        CallQueueActionRules.Check("Overflow", value.Overflow, value.Overflow.Kind.Redirect(), facts, problems);
        CallQueueActionRules.Check("Timeout", value.Timeout, value.Timeout.Kind.Redirect(), facts, problems);
        CallQueueActionRules.Check("NoAgent", value.NoAgent, value.NoAgent.Kind.Redirect(), facts, problems);
        CallQueueCallbackRules.Check(value, problems);
        Recording(value, problems);
        AudioFileReferences.Check(AudioFileReferences.Of(value), facts, AudioFileApplication.HuntGroup, problems);
        return new Validated<CallQueueSettings>(value, problems, notes);
    }

    /// <summary>Rounds a timeout to the nearest multiple of 15 s (47 gives 45, 53 gives 60).</summary>
    public static int RoundTimeout(int seconds) =>
        (int)Math.Round(seconds / (double)TimeoutStep, MidpointRounding.AwayFromZero) * TimeoutStep;

    private static CallQueueSettings Normalise(CallQueueSettings settings, List<Error> notes)
    {
        var value = settings with
        {
            Name = settings.Name?.Trim() ?? string.Empty,
            LanguageId = SupportedLanguages.Canonical(settings.LanguageId) ?? settings.LanguageId,
            Users = Ids(settings.Users),
            DistributionLists = Ids(settings.DistributionLists),
            ComplianceRecordingTemplateIds = settings.ComplianceRecordingTemplateIds.Select(t => t.Trim()).Distinct().ToArray(),
            OboResourceAccountIds = Ids(settings.OboResourceAccountIds),
        };

        var rounded = RoundTimeout(settings.TimeoutThreshold);
        if (rounded != settings.TimeoutThreshold && settings.TimeoutThreshold is >= MinTimeoutThreshold and <= MaxTimeoutThreshold)
        {
            notes.Add(new Error("callqueue.timeout_rounded", settings.TimeoutThreshold, rounded));
            value = value with { TimeoutThreshold = rounded };
        }

        if (settings.RoutingMethod == RoutingMethod.LongestIdle && !settings.PresenceBasedRouting)
        {
            notes.Add(new Error("callqueue.presence_forced"));
            value = value with { PresenceBasedRouting = true };
        }

        return value;
    }

    private static void Identity(CallQueueSettings value, VoiceAppFacts facts, string? selfId, List<Error> problems)
    {
        VoiceAppRules.Name(value.Name, "Name", problems);
        if (!string.IsNullOrWhiteSpace(value.Name) && VoiceAppRules.NameTaken(facts.CallQueues, q => q.Name, value.Name, selfId))
        {
            problems.Add(new Error("callqueue.name_taken", value.Name));
        }

        if (value.LanguageId is not null && SupportedLanguages.Canonical(value.LanguageId) is null)
        {
            problems.Add(new Error("voiceapp.language_unsupported", value.LanguageId));
        }

        var sharedVoicemail = new[] { value.Overflow.Kind.Redirect(), value.Timeout.Kind.Redirect(), value.NoAgent.Kind.Redirect() }
            .Contains(QueueRedirect.SharedVoicemail);
        if (sharedVoicemail && string.IsNullOrWhiteSpace(value.LanguageId))
        {
            problems.Add(new Error("callqueue.language_required"));
        }

        VoiceAppRules.Range(value.AgentAlertTime, MinAgentAlertTime, MaxAgentAlertTime, "AgentAlertTime", problems);
        if (value.Greeting is not null)
        {
            VoiceAppRules.Prompt(value.Greeting, "Greeting", problems);
        }
    }

    private static void Music(CallQueueSettings value, List<Error> problems)
    {
        var hasFile = !string.IsNullOrWhiteSpace(value.MusicOnHoldAudioFileId);
        if (value.UseDefaultMusicOnHold == hasFile)
        {
            problems.Add(new Error("callqueue.music_on_hold_one_of"));
        }
        else if (hasFile && !VoiceAppRules.IsGuid(value.MusicOnHoldAudioFileId))
        {
            problems.Add(new Error("voiceapp.audio_file_invalid", "MusicOnHoldAudioFileId", value.MusicOnHoldAudioFileId));
        }
    }

    private static void Recording(CallQueueSettings value, List<Error> problems)
    {
        if (value.ComplianceRecordingTemplateIds.Count > MaxComplianceTemplates)
        {
            problems.Add(new Error("callqueue.too_many_compliance_templates", value.ComplianceRecordingTemplateIds.Count, MaxComplianceTemplates));
        }

        if (value.ComplianceRecordingTemplateIds.Count > 0 && value.ConferenceMode && value.RoutingMethod == RoutingMethod.Attendant)
        {
            problems.Add(new Error("callqueue.compliance_conference_attendant"));
        }

        if (value.SharedCallQueueHistoryTemplateId is not null && (!value.ConferenceMode || value.Channel is not null))
        {
            problems.Add(new Error("callqueue.history_needs_conference_no_channel"));
        }
    }

    private static string[] Ids(IEnumerable<string> ids) =>
        ids.Select(id => id.Trim().ToLowerInvariant()).Distinct().ToArray();
}
