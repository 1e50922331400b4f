namespace ChatPhone.Bot.Flows.Objects.CallQueues;

/// <summary>What an exception action does with a call, whatever its slot (overflow, timeout, no agent).</summary>
internal enum QueueVerb
{
    Disconnect,
    Queue,
    Forward,
    Voicemail,
    SharedVoicemail,
}

/// <summary>What the target of an action names, as typed.</summary>
internal enum QueueTargetType
{
    None,
    Person,
    Number,
    CallQueue,
    AutoAttendant,
    Group,
}

/// <summary>An exception action as read from a sentence or the edit form, before its target is looked up.</summary>
/// <param name="Verb">What to do with the call.</param>
/// <param name="TargetType">What the target names.</param>
/// <param name="Mention">The target as typed: a name, a number, a queue or attendant name, a group id.</param>
/// <param name="Prompt">The shared voicemail greeting, as typed.</param>
internal sealed record QueueActionRequest(QueueVerb Verb, QueueTargetType TargetType = QueueTargetType.None, string? Mention = null, string? Prompt = null);
