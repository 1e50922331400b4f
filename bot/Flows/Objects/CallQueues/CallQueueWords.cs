using ChatPhone.Core.CallQueues;
using ChatPhone.Core.Common;
using ChatPhone.Core.VoiceApps;

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

    /// <summary>An exception action and where it sends calls: "Forward: Alex Wilber", "Forward: +33 1 23 45 67 89", "Disconnect".</summary>
    public static string Action<TKind>(QueueAction<TKind> action, IReadOnlyDictionary<string, string> names, Language language)
        where TKind : struct, Enum
    {
        var kind = BotText.Get(language, "QueueAction_" + action.Kind);
        if (string.IsNullOrWhiteSpace(action.Target))
        {
            return kind;
        }

        var target = VoiceAppRules.TryParseTel(action.Target) is { } number ? number.Value : names.GetValueOrDefault(action.Target) ?? action.Target;
        var text = BotText.Get(language, "Cq2_ActionTarget", kind, target);
        return action.Prompt is null ? text : $"{text} ({Prompt(action.Prompt, language, names)})";
    }

    /// <summary>A greeting in words: none, its text, or its audio file by name (<paramref name="names"/> names file ids).</summary>
    public static string Prompt(Prompt? prompt, Language language, IReadOnlyDictionary<string, string>? names = null) => prompt switch
    {
        { TextToSpeech: { Length: > 0 } text } => BotText.Get(language, "CqObject_GreetingText", text.Length <= 200 ? text : text[..199] + "…"),
        { AudioFileId: { Length: > 0 } file } => BotText.Get(language, "CqObject_AudioFile", names?.GetValueOrDefault(file) ?? file),
        _ => BotText.Get(language, "CqObject_None"),
    };

    /// <summary>The music on hold in words: the default, or its audio file by name (<paramref name="names"/> names file ids).</summary>
    public static string Music(CallQueueSettings settings, Language language, IReadOnlyDictionary<string, string>? names = null) =>
        settings.UseDefaultMusicOnHold ? BotText.Get(language, "CqObject_DefaultMusic")
            : BotText.Get(language, "CqObject_AudioFile", settings.MusicOnHoldAudioFileId is { } file ? names?.GetValueOrDefault(file) ?? file : string.Empty);

    /// <summary>The groups whose members answer, by object id, or "none".</summary>
    public static string Groups(IReadOnlyList<string> groups, Language language) =>
        groups.Count == 0 ? BotText.Get(language, "CqObject_None") : string.Join(", ", groups);

    /// <summary>The Teams channel whose members answer, with its owner, or "none".</summary>
    public static string Channel(ChannelLink? channel, IReadOnlyDictionary<string, string> names, Language language) =>
        channel is null ? BotText.Get(language, "CqObject_None")
            : BotText.Get(language, "CqObject_ChannelValue", channel.ChannelId, names.GetValueOrDefault(channel.OwnerUserId) ?? channel.OwnerUserId);
}
