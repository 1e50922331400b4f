using ChatPhone.Core.CallQueues;
using ChatPhone.Core.VoiceApps;

namespace ChatPhone.Core.Export.PowerShell;

/// <summary>
/// Call queues (New-CsCallQueue with every setting ChatPhone keeps), found by exact name; a queue whose settings differ
/// is updated with Set-CsCallQueue.
/// </summary>
internal static class CallQueuesWriter
{
    // Settings the CallQueue object returns under the parameter's name: what decides whether an existing queue differs.
    private static readonly HashSet<string> Compared =
    [
        "LanguageId", "RoutingMethod", "PresenceBasedRouting", "ConferenceMode", "AllowOptOut", "AgentAlertTime",
        "UseDefaultMusicOnHold", "WelcomeTextToSpeechPrompt", "OverflowThreshold", "OverflowAction", "TimeoutThreshold",
        "TimeoutAction", "NoAgentAction", "NoAgentApplyTo", "IsCallbackEnabled",
    ];

    public static void Write(ScriptBuilder script, TenantConfiguration tenant)
    {
        if (tenant.Queues.Count == 0)
        {
            return;
        }

        script.Section("Section_CallQueues");
        foreach (var queue in tenant.Queues)
        {
            var name = PsLiteral.Quote(queue.Name);
            var create = Settings(new PsCommand("New-CsCallQueue").With("Name", name), queue.Settings, tenant);
            var update = Settings(new PsCommand("Set-CsCallQueue").With("Identity", "$queue.Identity").With("Name", name), queue.Settings, tenant);
            script.Blank()
                .Line($"$queue = Get-CsCallQueue -NameFilter {name} | Where-Object {{ $_.Name -eq {name} }} | Select-Object -First 1");
            using (script.Block("if (-not $queue)"))
            using (script.ShouldProcess(name, "Action_CreateQueue"))
            {
                script.Command(create, "$queue").Report("Done_QueueCreated", name);
            }

            using (script.Block($"elseif ({PsCompare.Differs("$queue", create, Compared)})"))
            using (script.ShouldProcess(name, "Action_UpdateQueue"))
            {
                script.Command(update, "$null").Report("Done_QueueUpdated", name);
            }

            using (script.Block("if ($queue)"))
            {
                script.Line($"{ScriptReferences.Of(ScriptReferences.Queues, queue.Id)} = $queue.Identity");
            }
        }
    }

    private static PsCommand Settings(PsCommand command, CallQueueSettings s, TenantConfiguration tenant)
    {
        command.WithText("LanguageId", s.LanguageId)
            .With("RoutingMethod", PsLiteral.Quote(s.RoutingMethod.ToString()))
            .With("PresenceBasedRouting", PsLiteral.Bool(s.PresenceBasedRouting))
            .With("ConferenceMode", PsLiteral.Bool(s.ConferenceMode))
            .With("AllowOptOut", PsLiteral.Bool(s.AllowOptOut))
            .With("AgentAlertTime", PsLiteral.Number(s.AgentAlertTime));
        if (s.Users.Count > 0)
        {
            command.With("Users", PsLiteral.Array(s.Users.Select(u => ScriptReferences.Of(ScriptReferences.Users, u))));
        }

        var groups = s.DistributionLists.Concat(s.Channel is null ? [] : [s.Channel.TeamId]).Distinct(StringComparer.OrdinalIgnoreCase).ToList();
        if (groups.Count > 0)
        {
            command.With("DistributionLists", PsLiteral.QuotedArray(groups));
        }

        if (s.Channel is { } channel)
        {
            command.With("ChannelId", PsLiteral.Quote(channel.ChannelId))
                .With("ChannelUserObjectId", ScriptReferences.Of(ScriptReferences.Users, channel.OwnerUserId));
        }

        command.WithText("WelcomeTextToSpeechPrompt", s.Greeting?.TextToSpeech)
            .WithOptional("WelcomeMusicAudioFileId", ScriptReferences.AudioFile(s.Greeting?.AudioFileId))
            .With("UseDefaultMusicOnHold", PsLiteral.Bool(s.UseDefaultMusicOnHold))
            .WithOptional("MusicOnHoldAudioFileId", ScriptReferences.AudioFile(s.UseDefaultMusicOnHold ? null : s.MusicOnHoldAudioFileId))
            .With("OverflowThreshold", PsLiteral.Number(s.OverflowThreshold));
        Action(command, "Overflow", s.Overflow.Kind.ToString(), s.Overflow.Kind.Redirect(), s.Overflow, tenant);
        command.With("TimeoutThreshold", PsLiteral.Number(s.TimeoutThreshold));
        Action(command, "Timeout", s.Timeout.Kind.ToString(), s.Timeout.Kind.Redirect(), s.Timeout, tenant);
        Action(command, "NoAgent", s.NoAgent.Kind.ToString(), s.NoAgent.Kind.Redirect(), s.NoAgent, tenant);
        command.With("NoAgentApplyTo", PsLiteral.Quote(s.NoAgentApplyTo.ToString()))
            .With("IsCallbackEnabled", PsLiteral.Bool(s.IsCallbackEnabled));
        if (s.IsCallbackEnabled)
        {
            Callback(command, s.Callback);
        }

        if (s.ComplianceRecordingTemplateIds.Count > 0)
        {
            command.With("ComplianceRecordingForCallQueueTemplateId", PsLiteral.QuotedArray(s.ComplianceRecordingTemplateIds));
        }

        command.WithText("SharedCallQueueHistoryTemplateId", s.SharedCallQueueHistoryTemplateId);
        if (s.OboResourceAccountIds.Count > 0)
        {
            command.With("OboResourceAccountIds", PsLiteral.Array(s.OboResourceAccountIds.Select(id => ScriptReferences.Of(ScriptReferences.ResourceAccounts, id))));
        }

        return command;
    }

    private static void Action<TKind>(PsCommand command, string slot, string kind, QueueRedirect redirect, QueueAction<TKind> action, TenantConfiguration tenant)
        where TKind : struct, Enum
    {
        command.With(slot + "Action", PsLiteral.Quote(kind));
        if (action.Target is null || redirect == QueueRedirect.None)
        {
            return;
        }

        if (redirect == QueueRedirect.SharedVoicemail)
        {
            command.With(slot + "ActionTarget", PsLiteral.Quote(action.Target))
                .WithText(slot + "SharedVoicemailTextToSpeechPrompt", action.Prompt?.TextToSpeech)
                .WithOptional(slot + "SharedVoicemailAudioFilePrompt", ScriptReferences.AudioFile(action.Prompt?.AudioFileId))
                .With("Enable" + slot + "SharedVoicemailTranscription", PsLiteral.Bool(action.EnableTranscription))
                .With("Enable" + slot + "SharedVoicemailSystemPromptSuppression", PsLiteral.Bool(action.SuppressSystemPrompt));
            return;
        }

        command.With(slot + "ActionTarget", ScriptReferences.Target(tenant, action.Target));
        if (redirect == QueueRedirect.Forward && tenant.ResourceAccount(action.Target) is not null)
        {
            command.With(slot + "ActionCallPriority", PsLiteral.Number(action.CallPriority));
        }
    }

    private static void Callback(PsCommand command, CallbackSettings callback)
    {
        if (callback.RequestDtmf is { } dtmf)
        {
            command.With("CallbackRequestDtmf", PsLiteral.Quote(dtmf.ToString()));
        }

        command.WithText("CallbackOfferTextToSpeechPrompt", callback.OfferPrompt?.TextToSpeech)
            .WithOptional("CallbackOfferAudioFilePromptResourceId", ScriptReferences.AudioFile(callback.OfferPrompt?.AudioFileId))
            .WithText("CallbackEmailNotificationTarget", callback.EmailNotificationGroupId)
            .WithOptional("WaitTimeBeforeOfferingCallbackInSecond", callback.WaitTimeSeconds is { } wait ? PsLiteral.Number(wait) : null)
            .WithOptional("NumberOfCallsInQueueBeforeOfferingCallback", callback.CallsInQueue is { } calls ? PsLiteral.Number(calls) : null)
            .WithOptional("CallToAgentRatioThresholdBeforeOfferingCallback", callback.CallToAgentRatio is { } ratio ? PsLiteral.Number(ratio) : null);
    }
}
