namespace ChatPhone.Core.CallQueues;

/// <summary>How a call queue offers calls to agents (RoutingMethod).</summary>
public enum RoutingMethod
{
    /// <summary>All agents ring at once (parallel); the default.</summary>
    Attendant,

    /// <summary>Agents ring one after another in list order.</summary>
    Serial,

    /// <summary>Calls are spread evenly.</summary>
    RoundRobin,

    /// <summary>The agent idle longest rings first; presence-based routing is forced on.</summary>
    LongestIdle,
}

/// <summary>What happens when more calls wait than the overflow threshold (OverflowAction).</summary>
public enum OverflowActionKind
{
    /// <summary>Disconnect with a busy tone; the default.</summary>
    DisconnectWithBusy,

    /// <summary>Forward to a person, a resource account or a <c>tel:</c> number.</summary>
    Forward,

    /// <summary>Send to a person's voicemail.</summary>
    Voicemail,

    /// <summary>Send to a group's shared voicemail.</summary>
    SharedVoicemail,
}

/// <summary>What happens when a call waits longer than the timeout (TimeoutAction).</summary>
public enum TimeoutActionKind
{
    /// <summary>Disconnect; the default.</summary>
    Disconnect,

    /// <summary>Forward to a person, a resource account or a <c>tel:</c> number.</summary>
    Forward,

    /// <summary>Send to a person's voicemail.</summary>
    Voicemail,

    /// <summary>Send to a group's shared voicemail.</summary>
    SharedVoicemail,
}

/// <summary>
/// What happens when no agent is signed in or available (NoAgentAction). The New-CsCallQueue text gives
/// Queue as the default while its parameter block says Disconnect; ChatPhone follows the text (Queue).
/// </summary>
public enum NoAgentActionKind
{
    /// <summary>Keep the call in the queue; the default (see the type remarks for the documentation conflict).</summary>
    Queue,

    /// <summary>Disconnect.</summary>
    Disconnect,

    /// <summary>Forward to a person, a resource account or a <c>tel:</c> number.</summary>
    Forward,

    /// <summary>Send to a person's voicemail.</summary>
    Voicemail,

    /// <summary>Send to a group's shared voicemail.</summary>
    SharedVoicemail,
}

/// <summary>Which calls the no-agent action applies to (NoAgentApplyTo).</summary>
public enum NoAgentApplyTo
{
    /// <summary>Every call, including those already waiting; the default.</summary>
    AllCalls,

    /// <summary>Only calls that arrive while no agent is available.</summary>
    NewCalls,
}

/// <summary>Where an exception action sends a call, whatever slot it is in.</summary>
public enum QueueRedirect
{
    /// <summary>Nowhere: the call stays, or is disconnected.</summary>
    None,

    /// <summary>To a person, resource account or number.</summary>
    Forward,

    /// <summary>To a person's voicemail.</summary>
    Voicemail,

    /// <summary>To a group's shared voicemail.</summary>
    SharedVoicemail,
}

/// <summary>Maps each slot's action to where it sends the call.</summary>
public static class QueueRedirects
{
    /// <summary>Where an overflow action sends the call.</summary>
    public static QueueRedirect Redirect(this OverflowActionKind kind) => kind switch
    {
        OverflowActionKind.Forward => QueueRedirect.Forward,
        OverflowActionKind.Voicemail => QueueRedirect.Voicemail,
        OverflowActionKind.SharedVoicemail => QueueRedirect.SharedVoicemail,
        _ => QueueRedirect.None,
    };

    /// <summary>Where a timeout action sends the call.</summary>
    public static QueueRedirect Redirect(this TimeoutActionKind kind) => kind switch
    {
        TimeoutActionKind.Forward => QueueRedirect.Forward,
        TimeoutActionKind.Voicemail => QueueRedirect.Voicemail,
        TimeoutActionKind.SharedVoicemail => QueueRedirect.SharedVoicemail,
        _ => QueueRedirect.None,
    };

    /// <summary>Where a no-agent action sends the call.</summary>
    public static QueueRedirect Redirect(this NoAgentActionKind kind) => kind switch
    {
        NoAgentActionKind.Forward => QueueRedirect.Forward,
        NoAgentActionKind.Voicemail => QueueRedirect.Voicemail,
        NoAgentActionKind.SharedVoicemail => QueueRedirect.SharedVoicemail,
        _ => QueueRedirect.None,
    };
}
