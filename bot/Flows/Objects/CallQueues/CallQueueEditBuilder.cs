using ChatPhone.Bot.Flows.AudioFiles;
using ChatPhone.Core.AudioFiles;
using ChatPhone.Core.CallQueues;
using ChatPhone.Core.Common;
using ChatPhone.Core.VoiceApps;

namespace ChatPhone.Bot.Flows.Objects.CallQueues;

/// <summary>
/// Turns what a sentence or the edit form names (greeting, music, switches, language, thresholds, the three actions) into
/// an edit, with every target looked up; each thing that cannot be done is said in the person's language, all at once.
/// Used by the change planner, the creation flow and the edit form alike.
/// </summary>
internal sealed class CallQueueEditBuilder(CallQueueTargets targets)
{
    /// <summary><paramref name="edit"/> with the settings of <paramref name="request"/>; problems are added to <paramref name="problems"/>.</summary>
    public async Task<CallQueueEdit> AddAsync(
        Actor actor, CallQueueEdit edit, QueueSettingsRequest request, Language language, List<string> problems, CancellationToken cancellationToken)
    {
        edit = edit with
        {
            Presence = request.Presence ?? edit.Presence,
            Conference = request.Conference ?? edit.Conference,
            OptOut = request.OptOut ?? edit.OptOut,
            LanguageId = request.LanguageId ?? edit.LanguageId,
            Overflow = request.OverflowThreshold ?? edit.Overflow,
            Timeout = request.TimeoutThreshold ?? edit.Timeout,
            NoAgentApplyTo = request.NoAgentApplyTo ?? edit.NoAgentApplyTo,
        };
        var files = request.Greeting?.AudioName is null && request.Music?.AudioName is null ? [] : await targets.AudioFilesAsync(actor, cancellationToken);
        if (request.Greeting is { } greeting)
        {
            edit = edit with { Greeting = Prompt(greeting, "Cq2_Greeting", files, language, problems) ?? edit.Greeting };
        }

        if (request.Music is { } music)
        {
            edit = edit with
            {
                Music = music.None ? CallQueueEdit.DefaultMusic : Prompt(music, "Cq2_MusicOnHold", files, language, problems)?.AudioFileId ?? edit.Music,
            };
        }

        foreach (var (slot, action) in new[] { ("Overflow", request.OverflowAction), ("Timeout", request.TimeoutAction), ("NoAgent", request.NoAgentAction) })
        {
            if (action is null)
            {
                continue;
            }

            var (resolved, problem) = await targets.ResolveAsync(actor, slot, action, language, cancellationToken);
            if (problem is not null)
            {
                problems.Add(problem);
                continue;
            }

            edit = slot switch
            {
                "Overflow" => edit with { OverflowAction = resolved },
                "Timeout" => edit with { TimeoutAction = resolved },
                _ => edit with { NoAgentAction = resolved },
            };
        }

        return edit;
    }

    /// <summary>
    /// The refusals of the Teams rules for <paramref name="settings"/> (the queue as it would be), said plainly: the
    /// limits, and the language shared voicemail needs. Null when none.
    /// </summary>
    public static string? Limits(CallQueueEdit edit, CallQueueSettings settings, Language language)
    {
        string T(string name, params object[] args) => BotText.Get(language, name, args);
        var problems = new List<string>();
        if (edit.AlertTime is { } alert && alert is < CallQueueValidator.MinAgentAlertTime or > CallQueueValidator.MaxAgentAlertTime)
        {
            problems.Add(T("CqObject_AlertOutOfRange", alert, CallQueueValidator.MinAgentAlertTime, CallQueueValidator.MaxAgentAlertTime));
        }

        if (edit.Timeout is { } timeout && timeout is < CallQueueValidator.MinTimeoutThreshold or > CallQueueValidator.MaxTimeoutThreshold)
        {
            problems.Add(T("CqObject_TimeoutOutOfRange", timeout, CallQueueValidator.MinTimeoutThreshold, CallQueueValidator.MaxTimeoutThreshold));
        }

        if (edit.Overflow is { } overflow && overflow is < CallQueueValidator.MinOverflowThreshold or > CallQueueValidator.MaxOverflowThreshold)
        {
            problems.Add(T("CqObject_OverflowOutOfRange", overflow, CallQueueValidator.MinOverflowThreshold, CallQueueValidator.MaxOverflowThreshold));
        }

        if (edit.Greeting?.TextToSpeech is { Length: > VoiceAppLimits.MaxTextToSpeech } text)
        {
            problems.Add(T("Cq2_TextTooLong", text.Length, VoiceAppLimits.MaxTextToSpeech));
        }

        if (edit.Users is { Count: > CallQueueValidator.MaxUsers } users)
        {
            problems.Add(T("Cq2_TooManyAgents", users.Count, CallQueueValidator.MaxUsers));
        }

        var shared = new[] { settings.Overflow.Kind.Redirect(), settings.Timeout.Kind.Redirect(), settings.NoAgent.Kind.Redirect() }.Contains(QueueRedirect.SharedVoicemail);
        if (shared && string.IsNullOrWhiteSpace(settings.LanguageId))
        {
            problems.Add(T("Cq2_SharedNeedsLanguage"));
        }

        return problems.Count == 0 ? null : string.Join(" ", problems);
    }

    // A greeting or music file as typed: text, a file id, or the name of a file imported for queues (else refused,
    // listing the files there are).
    private static Prompt? Prompt(PromptRequest request, string what, IReadOnlyList<AudioFile> files, Language language, List<string> problems)
    {
        if (request.AudioName is { } name)
        {
            var (file, refusal) = AudioFileNames.Resolve(files, name, AudioFileApplication.HuntGroup, language);
            if (file is null)
            {
                problems.Add(BotText.Get(language, "Audio_ForSetting", BotText.Get(language, what), refusal!.Describe(language)));
                return null;
            }

            return Core.VoiceApps.Prompt.Audio(file.Id);
        }

        if (request.IsEmpty)
        {
            problems.Add(BotText.Get(language, "Cq2_PromptMissing", BotText.Get(language, what)));
            return null;
        }

        return request.None ? new Prompt()
            : request.AudioId is { } id ? Core.VoiceApps.Prompt.Audio(id.ToLowerInvariant())
            : Core.VoiceApps.Prompt.Text(request.Text!);
    }
}
