using System.Globalization;
using ChatPhone.Cards.AdaptiveCards;
using ChatPhone.Core.CallQueues;
using ChatPhone.Core.Common;
using ChatPhone.Core.ResourceAccounts;
using ChatPhone.Core.VoiceApps;

namespace ChatPhone.Bot.Flows.Objects.CallQueues;

/// <summary>Every setting core keeps for a call queue, one fact each, worded for its detail card.</summary>
internal static class CallQueueDetails
{
    /// <summary>The facts of <paramref name="queue"/>; <paramref name="names"/> turns people and account ids into names.</summary>
    public static IReadOnlyList<Fact> Facts(
        CallQueue queue, IReadOnlyList<ResourceAccount> linked, IReadOnlyDictionary<string, string> names, Language language)
    {
        string T(string name, params object[] args) => BotText.Get(language, name, args);
        var s = queue.Settings;
        var facts = new List<Fact>
        {
            new(T("CqObject_Name"), s.Name),
            new(T("CqObject_Routing"), CallQueueWords.Routing(s.RoutingMethod, language)),
            new(T("CqObject_Agents"), s.Users.Count == 0 && (s.DistributionLists.Count > 0 || s.Channel is not null)
                ? T("CqObject_AgentsFromSources")
                : CallQueueWords.People(s.Users, names, language)),
            new(T("CqObject_AlertTime"), CallQueueWords.Seconds(s.AgentAlertTime, language)),
            new(T("CqObject_Presence"), CallQueueWords.OnOff(s.PresenceBasedRouting, language)),
            new(T("CqObject_Conference"), CallQueueWords.OnOff(s.ConferenceMode, language)),
            new(T("CqObject_OptOut"), CallQueueWords.OnOff(s.AllowOptOut, language)),
            new(T("CqObject_Groups"), CallQueueWords.Groups(s.DistributionLists, language)),
            new(T("CqObject_Channel"), CallQueueWords.Channel(s.Channel, names, language)),
            new(T("CqObject_Overflow"), T("CqObject_ThenAction", CallQueueWords.Calls(s.OverflowThreshold, language), CallQueueWords.Action(s.Overflow, names, language))),
            new(T("CqObject_Timeout"), T("CqObject_ThenAction", CallQueueWords.Seconds(s.TimeoutThreshold, language), CallQueueWords.Action(s.Timeout, names, language))),
            new(T("CqObject_NoAgent"), T("CqObject_NoAgentValue", CallQueueWords.Action(s.NoAgent, names, language), T("CqObject_ApplyTo_" + s.NoAgentApplyTo))),
            new(T("CqObject_Language"), s.LanguageId is { } languageId ? VoiceApps.VoiceLanguageNames.Display(languageId, language) : T("CqObject_NotSet")),
            new(T("CqObject_Greeting"), CallQueueWords.Prompt(s.Greeting, language, names)),
            new(T("CqObject_Music"), CallQueueWords.Music(s, language, names)),
            new(T("CqObject_Callback"), s.IsCallbackEnabled ? T("CqObject_On") : T("CqObject_Off")),
            new(T("CqObject_Recording"), s.ComplianceRecordingTemplateIds.Count == 0 ? T("CqObject_None") : string.Join(", ", s.ComplianceRecordingTemplateIds)),
            new(T("CqObject_History"), s.SharedCallQueueHistoryTemplateId ?? T("CqObject_None")),
            new(T("CqObject_CallerId"), s.OboResourceAccountIds.Count == 0 ? T("CqObject_None") : string.Join(", ", s.OboResourceAccountIds.Select(id => names.GetValueOrDefault(id) ?? id))),
            new(T("CqObject_Accounts"), linked.Count == 0 ? T("CqObject_NoAccount")
                : string.Join(", ", linked.Select(a => a.Number is { } number ? $"{a.Upn} ({number})" : T("CqObject_AccountNoNumber", a.Upn)))),
            new(T("CqObject_Updated"), queue.UpdatedAt.ToUniversalTime().ToString("yyyy-MM-dd HH:mm 'UTC'", CultureInfo.InvariantCulture)),
        };
        return facts;
    }
}
