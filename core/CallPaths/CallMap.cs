using ChatPhone.Core.Common;

namespace ChatPhone.Core.CallPaths;

/// <summary>What a point of a call's journey is.</summary>
public enum CallNodeKind
{
    /// <summary>The phone number dialled.</summary>
    Number,

    /// <summary>A resource account: the identity (and number) of an auto attendant or call queue.</summary>
    ResourceAccount,

    /// <summary>An auto attendant.</summary>
    AutoAttendant,

    /// <summary>One of an auto attendant's call flows (business hours, after hours, a holiday): its greeting and menu.</summary>
    CallFlow,

    /// <summary>A call queue.</summary>
    CallQueue,

    /// <summary>The agents of a call queue.</summary>
    Agents,

    /// <summary>A person.</summary>
    Person,

    /// <summary>A person's voicemail.</summary>
    Voicemail,

    /// <summary>A group's shared voicemail.</summary>
    SharedVoicemail,

    /// <summary>A number outside the organisation.</summary>
    ExternalNumber,

    /// <summary>The call is hung up.</summary>
    HangUp,

    /// <summary>A target that no longer exists.</summary>
    Missing,
}

/// <summary>Why a call takes an edge.</summary>
public enum CallEdgeKind
{
    /// <summary>Always: the only way on.</summary>
    Always,

    /// <summary>During business hours (or all the time, when the hours are 24/7).</summary>
    BusinessHours,

    /// <summary>Outside business hours.</summary>
    AfterHours,

    /// <summary>On a holiday (<see cref="CallEdge.Detail"/> is its name).</summary>
    Holiday,

    /// <summary>The caller pressed a key (<see cref="CallEdge.Detail"/> is the key, 0–9).</summary>
    Key,

    /// <summary>The caller pressed the operator's key, or the menu sends to the operator.</summary>
    Operator,

    /// <summary>An agent answers.</summary>
    Answered,

    /// <summary>Too many calls are waiting (<see cref="CallEdge.Detail"/> is the threshold).</summary>
    Overflow,

    /// <summary>The call waited too long (<see cref="CallEdge.Detail"/> is the threshold, in seconds).</summary>
    Timeout,

    /// <summary>No agent is signed in or opted in.</summary>
    NoAgents,
}

/// <summary>
/// A point of a call's journey. <see cref="Problems"/> are its dead ends and defects (a resource account without a
/// license, a queue without agents…); a node with problems stops the call there.
/// </summary>
/// <param name="Id">A stable id within the map (<c>aa:…</c>, <c>cq:…</c>, <c>person:…</c>…).</param>
/// <param name="Kind">What the point is.</param>
/// <param name="Name">Its name as the admin knows it (a number, a display name).</param>
/// <param name="Says">What the caller hears there: a greeting or prompt (text to speech, or an audio file's name).</param>
/// <param name="Facts">What else matters there, as messages (routing, agents, thresholds…).</param>
/// <param name="Problems">Why the call cannot go on from here, as messages; empty when it can.</param>
public sealed record CallNode(
    string Id,
    CallNodeKind Kind,
    string Name,
    CallPrompt? Says,
    IReadOnlyList<Error> Facts,
    IReadOnlyList<Error> Problems)
{
    /// <summary>True when the call stops here because something is broken.</summary>
    public bool IsDeadEnd => Problems.Count > 0;

    /// <summary>True when the call ends here with someone who can take it (a person, a voicemail, an outside number, agents).</summary>
    public bool ReachesSomeone => !IsDeadEnd && Kind is CallNodeKind.Person or CallNodeKind.Voicemail or CallNodeKind.SharedVoicemail
        or CallNodeKind.ExternalNumber or CallNodeKind.Agents;
}

/// <summary>What a caller hears: text read aloud, or an audio file.</summary>
/// <param name="Text">The text to speech.</param>
/// <param name="AudioFile">The audio file's name.</param>
public sealed record CallPrompt(string? Text, string? AudioFile);

/// <summary>A way from one point to the next.</summary>
/// <param name="From">The node it leaves.</param>
/// <param name="To">The node it reaches.</param>
/// <param name="Kind">Why the call takes it.</param>
/// <param name="Detail">The key, the holiday's name or the threshold; null when none.</param>
public sealed record CallEdge(string From, string To, CallEdgeKind Kind, string? Detail = null);

/// <summary>
/// Everything a call to one entry point can do: every flow, every key, every queue's exits, drawn from the tenant's
/// configuration as it is. The simulator walks it for one moment and one set of keys; the checklist and the diagram
/// read it whole.
/// </summary>
/// <param name="EntryId">The node the call starts at.</param>
/// <param name="Nodes">Every node, each once.</param>
/// <param name="Edges">Every edge.</param>
public sealed record CallMap(string EntryId, IReadOnlyList<CallNode> Nodes, IReadOnlyList<CallEdge> Edges)
{
    /// <summary>The node with <paramref name="id"/>.</summary>
    public CallNode Node(string id) => Nodes.First(n => n.Id == id);

    /// <summary>The edges leaving <paramref name="id"/>.</summary>
    public IEnumerable<CallEdge> From(string id) => Edges.Where(e => e.From == id);

    /// <summary>The nodes where a call can end broken: problems, or a hang-up.</summary>
    public IEnumerable<CallNode> DeadEnds => Nodes.Where(n => n.IsDeadEnd);
}
