using System.Globalization;
using ChatPhone.Core.CallQueues;
using ChatPhone.Core.VoiceApps;

namespace ChatPhone.Bot.Flows.Objects.CallQueues;

/// <summary>
/// The settings one edit of a call queue sets (null: unchanged), whether it came from a sentence or the edit form. It
/// travels in the plan's slots and is applied on top of the queue as it is when the admin confirms.
/// </summary>
internal sealed record CallQueueEdit
{
    /// <summary>The music value that means the default music on hold.</summary>
    public const string DefaultMusic = "default";

    private const string Prefix = "cq.";

    public string? Name { get; init; }

    public RoutingMethod? Routing { get; init; }

    public int? AlertTime { get; init; }

    public int? Timeout { get; init; }

    public int? Overflow { get; init; }

    public bool? Presence { get; init; }

    public bool? Conference { get; init; }

    public bool? OptOut { get; init; }

    public string? LanguageId { get; init; }

    /// <summary>The new greeting; a prompt with neither text nor file removes it.</summary>
    public Prompt? Greeting { get; init; }

    /// <summary><see cref="DefaultMusic"/> or an audio file id.</summary>
    public string? Music { get; init; }

    public QueueActionEdit? OverflowAction { get; init; }

    public QueueActionEdit? TimeoutAction { get; init; }

    public QueueActionEdit? NoAgentAction { get; init; }

    public NoAgentApplyTo? NoAgentApplyTo { get; init; }

    /// <summary>The whole new list of agents (object ids).</summary>
    public IReadOnlyList<string>? Users { get; init; }

    /// <summary>The whole new list of groups whose members answer (object ids).</summary>
    public IReadOnlyList<string>? Groups { get; init; }

    /// <summary>The Teams channel whose members answer; <see cref="NoChannel"/> takes it away.</summary>
    public ChannelLink? Channel { get; init; }

    /// <summary>The channel value that means "no channel any more".</summary>
    public static ChannelLink NoChannel { get; } = new(string.Empty, string.Empty, string.Empty);

    public bool IsEmpty => this == new CallQueueEdit();

    /// <summary><paramref name="settings"/> with this edit applied.</summary>
    public CallQueueSettings ApplyTo(CallQueueSettings settings) => settings with
    {
        Name = Name ?? settings.Name,
        RoutingMethod = Routing ?? settings.RoutingMethod,
        AgentAlertTime = AlertTime ?? settings.AgentAlertTime,
        TimeoutThreshold = Timeout ?? settings.TimeoutThreshold,
        OverflowThreshold = Overflow ?? settings.OverflowThreshold,
        PresenceBasedRouting = Presence ?? settings.PresenceBasedRouting,
        ConferenceMode = Conference ?? settings.ConferenceMode,
        AllowOptOut = OptOut ?? settings.AllowOptOut,
        LanguageId = LanguageId ?? settings.LanguageId,
        Greeting = Greeting is { } greeting ? (greeting is { AudioFileId: null, TextToSpeech: null } ? null : greeting) : settings.Greeting,
        UseDefaultMusicOnHold = Music is { } music ? music == DefaultMusic : settings.UseDefaultMusicOnHold,
        MusicOnHoldAudioFileId = Music is { } file ? (file == DefaultMusic ? null : file) : settings.MusicOnHoldAudioFileId,
        Overflow = OverflowAction?.To<OverflowActionKind>() ?? settings.Overflow,
        Timeout = TimeoutAction?.To<TimeoutActionKind>() ?? settings.Timeout,
        NoAgent = NoAgentAction?.To<NoAgentActionKind>() ?? settings.NoAgent,
        NoAgentApplyTo = NoAgentApplyTo ?? settings.NoAgentApplyTo,
        Users = Users ?? settings.Users,
        DistributionLists = Groups ?? settings.DistributionLists,
        Channel = Channel is { } channel ? (channel == NoChannel ? null : channel) : settings.Channel,
    };

    /// <summary>Only what differs from <paramref name="settings"/>.</summary>
    public CallQueueEdit Against(CallQueueSettings settings) => new()
    {
        Name = Name is { } name && name != settings.Name ? name : null,
        Routing = Routing is { } routing && routing != settings.RoutingMethod ? routing : null,
        AlertTime = AlertTime is { } alert && alert != settings.AgentAlertTime ? alert : null,
        Timeout = Timeout is { } timeout && timeout != settings.TimeoutThreshold ? timeout : null,
        Overflow = Overflow is { } overflow && overflow != settings.OverflowThreshold ? overflow : null,
        Presence = Presence is { } presence && presence != settings.PresenceBasedRouting ? presence : null,
        Conference = Conference is { } conference && conference != settings.ConferenceMode ? conference : null,
        OptOut = OptOut is { } optOut && optOut != settings.AllowOptOut ? optOut : null,
        LanguageId = LanguageId is { } language && !string.Equals(language, settings.LanguageId, StringComparison.OrdinalIgnoreCase) ? language : null,
        Greeting = Greeting is { } greeting && ApplyTo(settings).Greeting != settings.Greeting ? greeting : null,
        Music = Music is { } music && (music == DefaultMusic ? !settings.UseDefaultMusicOnHold : music != settings.MusicOnHoldAudioFileId) ? music : null,
        OverflowAction = OverflowAction is { } o && o.To<OverflowActionKind>() != settings.Overflow ? o : null,
        TimeoutAction = TimeoutAction is { } t && t.To<TimeoutActionKind>() != settings.Timeout ? t : null,
        NoAgentAction = NoAgentAction is { } n && n.To<NoAgentActionKind>() != settings.NoAgent ? n : null,
        NoAgentApplyTo = NoAgentApplyTo is { } applyTo && applyTo != settings.NoAgentApplyTo ? applyTo : null,
        Users = Users is { } users && !users.ToHashSet(StringComparer.OrdinalIgnoreCase).SetEquals(settings.Users) ? users : null,
        Groups = Groups is { } groups && !groups.ToHashSet(StringComparer.OrdinalIgnoreCase).SetEquals(settings.DistributionLists) ? groups : null,
        Channel = Channel is { } channel && ApplyTo(settings).Channel != settings.Channel ? channel : null,
    };

    public Dictionary<string, string> ToSlots()
    {
        var slots = new Dictionary<string, string>();
        void Put(string name, object? value)
        {
            if (value is not null)
            {
                slots[Prefix + name] = value switch
                {
                    bool b => b ? "true" : "false",
                    IReadOnlyList<string> list => string.Join(',', list),
                    _ => Convert.ToString(value, CultureInfo.InvariantCulture)!,
                };
            }
        }

        Put("name", Name);
        Put("routing", Routing);
        Put("alert", AlertTime);
        Put("timeout", Timeout);
        Put("overflow", Overflow);
        Put("presence", Presence);
        Put("conference", Conference);
        Put("optout", OptOut);
        Put("language", LanguageId);
        Put("greeting", Greeting is null ? null : Greeting.AudioFileId is { } audio ? "audio" : Greeting.TextToSpeech is null ? "none" : "text");
        Put("greeting.value", Greeting?.AudioFileId ?? Greeting?.TextToSpeech);
        Put("music", Music);
        foreach (var (slot, action) in new[] { ("ovf", OverflowAction), ("tmo", TimeoutAction), ("noa", NoAgentAction) })
        {
            Put(slot, action?.Kind);
            Put(slot + ".target", action?.Target);
            Put(slot + ".prompt", action?.Prompt);
        }

        Put("applyto", NoAgentApplyTo);
        Put("users", Users);
        Put("groups", Groups);
        Put("channel", Channel is null ? null : Channel == NoChannel ? "none" : string.Join('|', Channel.TeamId, Channel.ChannelId, Channel.OwnerUserId));
        return slots;
    }

    public static CallQueueEdit FromSlots(IReadOnlyDictionary<string, string> slots)
    {
        string? Get(string name) => slots.GetValueOrDefault(Prefix + name);
        int? Int(string name) => Get(name) is { } text ? int.Parse(text, CultureInfo.InvariantCulture) : null;
        bool? Bool(string name) => Get(name) is { } text ? text == "true" : null;
        QueueActionEdit? Action(string slot) => Get(slot) is { } kind ? new QueueActionEdit(kind, Get(slot + ".target"), Get(slot + ".prompt")) : null;
        return new CallQueueEdit
        {
            Name = Get("name"),
            Routing = Get("routing") is { } routing ? Enum.Parse<RoutingMethod>(routing) : null,
            AlertTime = Int("alert"),
            Timeout = Int("timeout"),
            Overflow = Int("overflow"),
            Presence = Bool("presence"),
            Conference = Bool("conference"),
            OptOut = Bool("optout"),
            LanguageId = Get("language"),
            Greeting = Get("greeting") switch
            {
                "audio" => Prompt.Audio(Get("greeting.value")!),
                "text" => Prompt.Text(Get("greeting.value")!),
                "none" => new Prompt(),
                _ => null,
            },
            Music = Get("music"),
            OverflowAction = Action("ovf"),
            TimeoutAction = Action("tmo"),
            NoAgentAction = Action("noa"),
            NoAgentApplyTo = Get("applyto") is { } applyTo ? Enum.Parse<NoAgentApplyTo>(applyTo) : null,
            Users = Get("users") is { } users ? users.Split(',', StringSplitOptions.RemoveEmptyEntries) : null,
            Groups = Get("groups") is { } groups ? groups.Split(',', StringSplitOptions.RemoveEmptyEntries) : null,
            Channel = Get("channel") switch
            {
                null => null,
                "none" => NoChannel,
                var link when link.Split('|') is [var team, var channel, var owner] => new ChannelLink(team, channel, owner),
                _ => null,
            },
        };
    }
}

/// <summary>An exception action of one edit: the slot's action name, its target (an object id or tel:+E164) and the shared voicemail prompt.</summary>
/// <param name="Kind">The action, as the slot's enum names it (Forward, Voicemail, DisconnectWithBusy…).</param>
/// <param name="Target">The target id, or tel:+E164.</param>
/// <param name="Prompt">The shared voicemail greeting (text to speech).</param>
internal sealed record QueueActionEdit(string Kind, string? Target = null, string? Prompt = null)
{
    /// <summary>The action for a slot whose enum is <typeparamref name="TKind"/>.</summary>
    public QueueAction<TKind> To<TKind>()
        where TKind : struct, Enum =>
        new(Enum.Parse<TKind>(Kind), Target, Prompt: Prompt is null ? null : Core.VoiceApps.Prompt.Text(Prompt));
}
