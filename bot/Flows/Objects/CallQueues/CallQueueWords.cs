using ChatPhone.Core.CallQueues;
using ChatPhone.Core.Common;

namespace ChatPhone.Bot.Flows.Objects.CallQueues;

/// <summary>A call queue's values in words, for its detail card and its plan card.</summary>
internal static class CallQueueWords
{
    public static string Seconds(int seconds, Language language) => BotText.Get(language, "CallQueue_Seconds", seconds);

    public static string Calls(int calls, Language language) => BotText.Get(language, "CqObject_Calls", calls);

    public static string OnOff(bool on, Language language) => BotText.Get(language, on ? "CqObject_On" : "CqObject_Off");

    public static string Routing(RoutingMethod routing, Language language) => BotText.Get(language, "Routing_" + routing);

    public static string People(IEnumerable<string> ids, IReadOnlyDictionary<string, string> names, Language language)
    {
        var list = ids.Select(id => names.GetValueOrDefault(id) ?? id).ToArray();
        return list.Length == 0 ? BotText.Get(language, "CallQueue_NoAgents") : string.Join(", ", list);
    }

    /// <summary>An exception action and where it sends calls: "Forward: Alex Wilber", "Disconnect".</summary>
    public static string Action<TKind>(QueueAction<TKind> action, IReadOnlyDictionary<string, string> names, Language language)
        where TKind : struct, Enum
    {
        var kind = BotText.Get(language, "QueueAction_" + action.Kind);
        return string.IsNullOrWhiteSpace(action.Target) ? kind : $"{kind}: {names.GetValueOrDefault(action.Target) ?? action.Target}";
    }
}
