namespace ChatPhone.Cards.VoiceApps;

/// <summary>
/// The input ids the call queue edit form adds beyond <see cref="Actions.CallQueueEditFields"/>: greeting, music on hold,
/// opt-out, and each exception action as what to do (a <see cref="CallQueueFormActions"/> value) and a target in words.
/// </summary>
public static class CallQueueFormFields
{
    /// <summary>The greeting read by text to speech; empty removes it.</summary>
    public const string Greeting = "cqGreeting";

    /// <summary>The music on hold audio file id; empty is the default music.</summary>
    public const string Music = "cqMusic";

    /// <summary>Agents may opt out, <c>true</c> or <c>false</c>.</summary>
    public const string OptOut = "cqOptOut";

    /// <summary>The overflow action.</summary>
    public const string OverflowAction = "cqOverflowAction";

    /// <summary>The overflow target, in words (a person, a number, "queue Support", "auto attendant Reception").</summary>
    public const string OverflowTarget = "cqOverflowTarget";

    /// <summary>The timeout action.</summary>
    public const string TimeoutAction = "cqTimeoutAction";

    /// <summary>The timeout target, in words.</summary>
    public const string TimeoutTarget = "cqTimeoutTarget";

    /// <summary>The no-agent action.</summary>
    public const string NoAgentAction = "cqNoAgentAction";

    /// <summary>The no-agent target, in words.</summary>
    public const string NoAgentTarget = "cqNoAgentTarget";

    /// <summary>Which calls the no-agent action applies to (a <c>NoAgentApplyTo</c> name).</summary>
    public const string NoAgentApplyTo = "cqNoAgentApplyTo";
}

/// <summary>What an exception action does, as the edit form offers it (the same for every slot; Queue for "no agent" only).</summary>
public static class CallQueueFormActions
{
    /// <summary>Disconnect (with a busy tone for overflow).</summary>
    public const string Disconnect = "Disconnect";

    /// <summary>Keep the call in the queue (no agent only).</summary>
    public const string Queue = "Queue";

    /// <summary>Forward to a person, a number, a queue or an auto attendant.</summary>
    public const string Forward = "Forward";

    /// <summary>A person's voicemail.</summary>
    public const string Voicemail = "Voicemail";

    /// <summary>A group's shared voicemail.</summary>
    public const string SharedVoicemail = "SharedVoicemail";
}
