namespace ChatPhone.Cards.Diagrams;

/// <summary>What a box of a call-flow diagram stands for; it chooses the box's colours (see <see cref="DiagramColors"/>).</summary>
public enum DiagramNodeKind
{
    /// <summary>A phone number that callers dial.</summary>
    Number,

    /// <summary>A resource account, the identity that holds a voice app's number.</summary>
    ResourceAccount,

    /// <summary>An auto attendant.</summary>
    AutoAttendant,

    /// <summary>One of an auto attendant's call flows (business hours, after hours, a holiday).</summary>
    CallFlow,

    /// <summary>A menu of keys the caller can press.</summary>
    Menu,

    /// <summary>A call queue.</summary>
    CallQueue,

    /// <summary>A person the call rings.</summary>
    Person,

    /// <summary>A voicemail box (personal or shared).</summary>
    Voicemail,

    /// <summary>A number outside the organisation the call is transferred to.</summary>
    ExternalNumber,

    /// <summary>The operator.</summary>
    Operator,

    /// <summary>The call is disconnected on purpose.</summary>
    HangUp,

    /// <summary>The call ends nowhere useful (a queue with no agents, a target that no longer exists…).</summary>
    DeadEnd,
}
