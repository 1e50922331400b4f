using ChatPhone.Core.VoiceApps;

namespace ChatPhone.Core.CallQueues;

/// <summary>
/// Everything an admin sets on a call queue (New-CsCallQueue, reference step 7), with the documented
/// defaults as initial values. <see cref="CallQueueValidator"/> checks it and applies adjustments.
/// </summary>
public sealed record CallQueueSettings
{
    /// <summary>Default agent alert time in seconds.</summary>
    public const int DefaultAgentAlertTime = 30;

    /// <summary>Default overflow threshold (calls waiting).</summary>
    public const int DefaultOverflowThreshold = 50;

    /// <summary>Default timeout in seconds.</summary>
    public const int DefaultTimeoutThreshold = 1200;

    /// <summary>The queue's name, unique among the tenant's queues (ignoring case), at most 64 characters.</summary>
    public required string Name { get; init; }

    /// <summary>The language of prompts; required when any action is SharedVoicemail (see <see cref="SupportedLanguages"/>).</summary>
    public string? LanguageId { get; init; }

    /// <summary>How calls are offered to agents.</summary>
    public RoutingMethod RoutingMethod { get; init; } = RoutingMethod.Attendant;

    /// <summary>Offer calls only to agents whose presence is Available; forced on for LongestIdle.</summary>
    public bool PresenceBasedRouting { get; init; } = true;

    /// <summary>Connect callers to agents faster by joining a conference.</summary>
    public bool ConferenceMode { get; init; } = true;

    /// <summary>Agents may opt out of taking calls.</summary>
    public bool AllowOptOut { get; init; } = true;

    /// <summary>Seconds an agent's phone rings before the next agent is tried, 15..180.</summary>
    public int AgentAlertTime { get; init; } = DefaultAgentAlertTime;

    /// <summary>Agents added one by one (object ids), at most 20, each Enterprise Voice enabled.</summary>
    public IReadOnlyList<string> Users { get; init; } = [];

    /// <summary>Groups whose members are agents (group ids; membership lives outside ChatPhone).</summary>
    public IReadOnlyList<string> DistributionLists { get; init; } = [];

    /// <summary>A Teams channel whose members are agents.</summary>
    public ChannelLink? Channel { get; init; }

    /// <summary>The greeting (audio XOR text); none when null.</summary>
    public Prompt? Greeting { get; init; }

    /// <summary>Play the default music on hold; exactly one of this or <see cref="MusicOnHoldAudioFileId"/>.</summary>
    public bool UseDefaultMusicOnHold { get; init; } = true;

    /// <summary>A custom music-on-hold audio file id.</summary>
    public string? MusicOnHoldAudioFileId { get; init; }

    /// <summary>Calls waiting before the overflow action, 0..200 (0: the overflow action at once, no greeting).</summary>
    public int OverflowThreshold { get; init; } = DefaultOverflowThreshold;

    /// <summary>The overflow action.</summary>
    public QueueAction<OverflowActionKind> Overflow { get; init; } = new(OverflowActionKind.DisconnectWithBusy);

    /// <summary>Seconds a call may wait, 0..2700, rounded to the nearest 15 s.</summary>
    public int TimeoutThreshold { get; init; } = DefaultTimeoutThreshold;

    /// <summary>The timeout action.</summary>
    public QueueAction<TimeoutActionKind> Timeout { get; init; } = new(TimeoutActionKind.Disconnect);

    /// <summary>The no-agent action (default Queue; see <see cref="NoAgentActionKind"/> for the documentation conflict).</summary>
    public QueueAction<NoAgentActionKind> NoAgent { get; init; } = new(NoAgentActionKind.Queue);

    /// <summary>Which calls the no-agent action applies to.</summary>
    public NoAgentApplyTo NoAgentApplyTo { get; init; } = NoAgentApplyTo.AllCalls;

    /// <summary>Offer callers a callback.</summary>
    public bool IsCallbackEnabled { get; init; }

    /// <summary>The callback settings, required when <see cref="IsCallbackEnabled"/>.</summary>
    public CallbackSettings Callback { get; init; } = new();

    /// <summary>Compliance recording templates, at most 2.</summary>
    public IReadOnlyList<string> ComplianceRecordingTemplateIds { get; init; } = [];

    /// <summary>Shared call history template; needs conference mode and no channel.</summary>
    public string? SharedCallQueueHistoryTemplateId { get; init; }

    /// <summary>Resource accounts whose numbers agents may use as caller id.</summary>
    public IReadOnlyList<string> OboResourceAccountIds { get; init; } = [];

    /// <summary>Every person the settings name (agents, channel owner, action targets), for reading the directory.</summary>
    public IEnumerable<string> PersonIds() =>
        Users
            .Concat(Channel is null ? [] : [Channel.OwnerUserId])
            .Concat(new[] { Overflow.Target, Timeout.Target, NoAgent.Target }.OfType<string>());
}
