using ChatPhone.Core.Common;
using ChatPhone.Core.VoiceApps;

namespace ChatPhone.Core.CallQueues;

/// <summary>Agents, exception actions, callback and recording rules.</summary>
public static partial class CallQueueValidator
{
    private static void Agents(CallQueueSettings value, VoiceAppFacts facts, string? selfId, List<Error> problems)
    {
        if (value.Users.Count > MaxUsers)
        {
            problems.Add(new Error("callqueue.too_many_users", value.Users.Count, MaxUsers));
        }

        foreach (var user in value.Users)
        {
            VoiceAppRules.VoiceEnabledUser(user, "Users", facts, problems);
        }

        // Group membership lives outside ChatPhone, so the 200-agents-via-groups cap cannot be counted here;
        // the service itself uses only the first 200 members in alphabetical order.
        foreach (var group in value.DistributionLists)
        {
            VoiceAppRules.Group(group, "DistributionLists", problems);
        }

        foreach (var account in value.OboResourceAccountIds.Where(a => !facts.HasResourceAccount(a)))
        {
            problems.Add(new Error("voiceapp.target_not_found", "OboResourceAccountIds", account));
        }

        if (value.Channel is { } channel)
        {
            VoiceAppRules.Group(channel.TeamId, "ChannelTeamId", problems);
            if (string.IsNullOrWhiteSpace(channel.ChannelId))
            {
                problems.Add(new Error("callqueue.channel_required"));
            }
            else if (facts.CallQueues.Values.FirstOrDefault(q => q.Id != selfId
                && string.Equals(q.Settings.Channel?.ChannelId, channel.ChannelId, StringComparison.OrdinalIgnoreCase)) is { } other)
            {
                problems.Add(new Error("callqueue.channel_taken", channel.ChannelId, other.Name));
            }

            if (string.IsNullOrWhiteSpace(channel.OwnerUserId) || !facts.HasPerson(channel.OwnerUserId))
            {
                problems.Add(new Error("voiceapp.user_not_found", "ChannelUserObjectId", channel.OwnerUserId ?? string.Empty));
            }
        }
    }

    private static void Action<TKind>(string slot, QueueAction<TKind> action, QueueRedirect redirect, VoiceAppFacts facts, List<Error> problems)
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

    private static void Callback(CallQueueSettings value, List<Error> problems)
    {
        if (!value.IsCallbackEnabled)
        {
            return;
        }

        var callback = value.Callback;
        if (callback.RequestDtmf is not { } tone || tone == DtmfTone.Automatic || !Enum.IsDefined(tone))
        {
            problems.Add(new Error("callqueue.callback_dtmf_required"));
        }

        if (callback.OfferPrompt is null)
        {
            problems.Add(new Error("callqueue.callback_prompt_required"));
        }
        else
        {
            VoiceAppRules.Prompt(callback.OfferPrompt, "CallbackOfferPrompt", problems);
        }

        if (callback.EmailNotificationGroupId is null)
        {
            problems.Add(new Error("callqueue.callback_email_required"));
        }
        else
        {
            VoiceAppRules.Group(callback.EmailNotificationGroupId, "CallbackEmailNotificationTarget", problems);
        }

        if (callback is { WaitTimeSeconds: null, CallsInQueue: null, CallToAgentRatio: null })
        {
            problems.Add(new Error("callqueue.callback_threshold_required"));
        }

        if (callback.WaitTimeSeconds < 1 || callback.CallsInQueue < 1 || callback.CallToAgentRatio < 1)
        {
            problems.Add(new Error("callqueue.callback_threshold_below_one"));
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
}
