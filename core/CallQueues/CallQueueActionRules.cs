using ChatPhone.Core.Common;
using ChatPhone.Core.VoiceApps;

namespace ChatPhone.Core.CallQueues;

/// <summary>
/// What a queue does with a call on overflow, on timeout and when no agent is there: the redirect's target, its prompt,
/// and the shared-voicemail-only options.
/// </summary>
internal static class CallQueueActionRules
{
    /// <summary>Adds the problems of the action of <paramref name="slot"/> (Overflow, Timeout, NoAgent), which redirects as <paramref name="redirect"/>.</summary>
    public static void Check<TKind>(string slot, QueueAction<TKind> action, QueueRedirect redirect, VoiceAppFacts facts, List<Error> problems)
        where TKind : struct, Enum
    {
        var field = slot + "ActionTarget";
        if (!Enum.IsDefined(action.Kind))
        {
            problems.Add(new Error("callqueue.action_unknown", slot + "Action", action.Kind));
            return;
        }

        VoiceAppRules.CallPriority(action.CallPriority, slot + "ActionCallPriority", problems);
        switch (redirect)
        {
            case QueueRedirect.None when !string.IsNullOrWhiteSpace(action.Target):
                problems.Add(new Error("callqueue.target_unexpected", slot + "Action", action.Kind));
                break;
            case QueueRedirect.Forward:
                VoiceAppRules.Forward(action.Target, field, facts, problems);
                break;
            case QueueRedirect.Voicemail when string.IsNullOrWhiteSpace(action.Target) || !facts.HasPerson(action.Target):
                problems.Add(new Error("voiceapp.user_not_found", field, action.Target ?? string.Empty));
                break;
            case QueueRedirect.SharedVoicemail:
                VoiceAppRules.Group(action.Target, field, problems);
                if (action.Prompt is null)
                {
                    problems.Add(new Error("callqueue.shared_voicemail_prompt_required", slot + "Action"));
                }

                break;
        }

        if (action.Prompt is not null)
        {
            VoiceAppRules.Prompt(action.Prompt, slot + "ActionPrompt", problems);
        }

        if (redirect != QueueRedirect.SharedVoicemail && (action.EnableTranscription || action.SuppressSystemPrompt))
        {
            problems.Add(new Error("voiceapp.shared_voicemail_only", slot + "Action"));
        }
    }
}
