using System.Globalization;
using ChatPhone.Cards.Actions;
using ChatPhone.Cards.AdaptiveCards;
using ChatPhone.Cards.Common;
using ChatPhone.Core.CallQueues;
using ChatPhone.Core.Common;

namespace ChatPhone.Cards.VoiceApps;

/// <summary>
/// A call queue's edit form, prefilled with today's values: name, routing, agent alert time, timeout, overflow threshold,
/// presence-based routing, conference mode and agents. Its button sends <see cref="EditCallQueuePayload"/>; the bot turns
/// what differs into a plan card, exactly like a sentence.
/// </summary>
public static class CallQueueEditForm
{
    /// <summary>How many people the agent picker offers (the queue's agents always among them).</summary>
    public const int MaxPeople = 100;

    /// <summary>Builds the form for <paramref name="queue"/>; <paramref name="people"/> are who may be picked as agents (id, name).</summary>
    public static AdaptiveCard Build(CallQueue queue, IReadOnlyList<(string Id, string Name)> people, Language language)
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
            new InputChoiceSet(CallQueueEditFields.Agents, T("CallQueues_Agents"), offered)
            {
                IsMultiSelect = true,
                Selected = [.. settings.Users],
            },
            new ActionSet([submit]),
        ], []);
    }

    private static InputNumber Number(string id, string label, int value, int min, int max, string error) =>
        new(id, label) { Value = value, Min = min, Max = max, ErrorMessage = error };

    private static InputChoiceSet OnOff(string id, string label, bool value, Language language) =>
        new(id, label, [new Choice(CardText.Get(language, "CallQueueEdit_On"), "true"), new Choice(CardText.Get(language, "CallQueueEdit_Off"), "false")])
        {
            Selected = [value ? "true" : "false"],
        };
}
