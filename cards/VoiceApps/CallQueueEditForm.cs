using System.Globalization;
using ChatPhone.Cards.Actions;
using ChatPhone.Cards.AdaptiveCards;
using ChatPhone.Cards.Common;
using ChatPhone.Core.CallQueues;
using ChatPhone.Core.Common;

namespace ChatPhone.Cards.VoiceApps;

/// <summary>
/// A call queue's edit form, prefilled with today's values: name, routing, agent alert time, presence-based routing,
/// conference mode, opt-out, greeting, music on hold, the overflow threshold and action, the timeout and its action, the
/// no-agent action, and agents. Each action is a choice of what to do and a target typed in words. Its button sends <see cref="EditCallQueuePayload"/>; the bot turns
/// what differs into a plan card, exactly like a sentence.
/// </summary>
public static class CallQueueEditForm
{
    /// <summary>How many people the agent picker offers (the queue's agents always among them).</summary>
    public const int MaxPeople = 100;

    /// <summary>
    /// Builds the form for <paramref name="queue"/>; <paramref name="people"/> are who may be picked as agents (id, name);
    /// <paramref name="targets"/> gives each action target id the words that name it (a name, a number, "queue Support").
    /// </summary>
    public static AdaptiveCard Build(
        CallQueue queue, IReadOnlyList<(string Id, string Name)> people, Language language, IReadOnlyDictionary<string, string>? targets = null)
    {
        string T(string name, params object[] args) => CardText.Get(language, name, args);
        var settings = queue.Settings;
        var agents = settings.Users.ToHashSet(StringComparer.OrdinalIgnoreCase);
        var offered = people.Where(p => agents.Contains(p.Id))
            .Concat(people.Where(p => !agents.Contains(p.Id)))
            .Take(Math.Max(MaxPeople, agents.Count))
            .Select(p => new Choice(CardLists.Clip(p.Name, 80), p.Id))
            .ToArray();
        var seen = queue.UpdatedAt.UtcTicks.ToString(CultureInfo.InvariantCulture);
        var submit = new CardAction(T("CallQueueEdit_Submit"), EditCallQueuePayload.Verb, CardPayloads.Write(new EditCallQueuePayload(queue.Id, seen))) { Primary = true };
        return new AdaptiveCard(
        [
            new TextBlock(T("CallQueueEdit_Title", CardLists.Clip(queue.Name, 80))) { Size = TextSize.Medium, Bolder = true },
            new TextBlock(T("CallQueueEdit_Intro")) { Subtle = true },
            new InputText(CallQueueEditFields.Name, T("CallQueueEdit_Name")) { Value = settings.Name, MaxLength = 64, IsRequired = true, ErrorMessage = T("Form_NameError") },
            new InputChoiceSet(CallQueueEditFields.Routing, T("CallQueues_Routing"),
                Enum.GetValues<RoutingMethod>().Select(m => new Choice(T("CallQueues_Routing_" + m), m.ToString())).ToArray())
            {
                Selected = [settings.RoutingMethod.ToString()],
            },
            Number(CallQueueEditFields.AlertTime, T("CallQueueEdit_AlertTime", CallQueueValidator.MinAgentAlertTime, CallQueueValidator.MaxAgentAlertTime),
                settings.AgentAlertTime, CallQueueValidator.MinAgentAlertTime, CallQueueValidator.MaxAgentAlertTime, T("CallQueueEdit_RangeError")),
            Number(CallQueueEditFields.Timeout, T("CallQueueEdit_Timeout", CallQueueValidator.MinTimeoutThreshold, CallQueueValidator.MaxTimeoutThreshold),
                settings.TimeoutThreshold, CallQueueValidator.MinTimeoutThreshold, CallQueueValidator.MaxTimeoutThreshold, T("CallQueueEdit_RangeError")),
            Number(CallQueueEditFields.Overflow, T("CallQueueEdit_Overflow", CallQueueValidator.MinOverflowThreshold, CallQueueValidator.MaxOverflowThreshold),
                settings.OverflowThreshold, CallQueueValidator.MinOverflowThreshold, CallQueueValidator.MaxOverflowThreshold, T("CallQueueEdit_RangeError")),
            OnOff(CallQueueEditFields.Presence, T("CallQueueEdit_Presence"), settings.PresenceBasedRouting, language),
            OnOff(CallQueueEditFields.Conference, T("CallQueueEdit_Conference"), settings.ConferenceMode, language),
            OnOff(CallQueueFormFields.OptOut, T("Cq2_Form_OptOut"), settings.AllowOptOut, language),
            new InputText(CallQueueFormFields.Greeting, T("Cq2_Form_Greeting"))
            {
                Value = settings.Greeting?.TextToSpeech, MaxLength = 1000, IsMultiline = true, Placeholder = T("Cq2_Form_GreetingHint"),
            },
            new InputText(CallQueueFormFields.Music, T("Cq2_Form_Music")) { Value = settings.MusicOnHoldAudioFileId is { } music ? targets?.GetValueOrDefault(music) ?? music : null, MaxLength = 255, Placeholder = T("Cq2_Form_MusicHint") },
            .. Action(CallQueueFormFields.OverflowAction, CallQueueFormFields.OverflowTarget, T("Cq2_Form_Overflow"), Verb(settings.Overflow.Kind), settings.Overflow.Target, targets, false, language),
            .. Action(CallQueueFormFields.TimeoutAction, CallQueueFormFields.TimeoutTarget, T("Cq2_Form_Timeout"), Verb(settings.Timeout.Kind), settings.Timeout.Target, targets, false, language),
            .. Action(CallQueueFormFields.NoAgentAction, CallQueueFormFields.NoAgentTarget, T("Cq2_Form_NoAgent"), Verb(settings.NoAgent.Kind), settings.NoAgent.Target, targets, true, language),
            new InputChoiceSet(CallQueueFormFields.NoAgentApplyTo, T("Cq2_Form_ApplyTo"),
                Enum.GetValues<NoAgentApplyTo>().Select(a => new Choice(T("Cq2_Form_ApplyTo_" + a), a.ToString())).ToArray())
            {
                Selected = [settings.NoAgentApplyTo.ToString()],
            },
            new InputChoiceSet(CallQueueEditFields.Agents, T("CallQueues_Agents"), offered)
            {
                IsMultiSelect = true,
                Selected = [.. settings.Users],
            },
            new ActionSet([submit]),
        ], []);
    }

    // What to do and the target in words; "keep in the queue" is offered for the no-agent action only.
    private static CardElement[] Action(
        string actionId, string targetId, string label, string verb, string? target, IReadOnlyDictionary<string, string>? targets, bool queue, Language language)
    {
        string T(string name, params object[] args) => CardText.Get(language, name, args);
        string[] verbs = queue
            ? [CallQueueFormActions.Queue, CallQueueFormActions.Disconnect, CallQueueFormActions.Forward, CallQueueFormActions.Voicemail, CallQueueFormActions.SharedVoicemail]
            : [CallQueueFormActions.Disconnect, CallQueueFormActions.Forward, CallQueueFormActions.Voicemail, CallQueueFormActions.SharedVoicemail];
        var words = target is null ? null : targets?.GetValueOrDefault(target) ?? target;
        return
        [
            new InputChoiceSet(actionId, label, verbs.Select(v => new Choice(T("Cq2_Form_Action_" + v), v)).ToArray()) { Selected = [verb] },
            new InputText(targetId, T("Cq2_Form_Target")) { Value = words, MaxLength = 200, Placeholder = T("Cq2_Form_TargetHint") },
        ];
    }

    private static string Verb<TKind>(TKind kind)
        where TKind : struct, Enum =>
        kind.ToString() switch
        {
            "DisconnectWithBusy" => CallQueueFormActions.Disconnect,
            var name => name,
        };

    private static InputNumber Number(string id, string label, int value, int min, int max, string error) =>
        new(id, label) { Value = value, Min = min, Max = max, ErrorMessage = error };

    private static InputChoiceSet OnOff(string id, string label, bool value, Language language) =>
        new(id, label, [new Choice(CardText.Get(language, "CallQueueEdit_On"), "true"), new Choice(CardText.Get(language, "CallQueueEdit_Off"), "false")])
        {
            Selected = [value ? "true" : "false"],
        };
}
