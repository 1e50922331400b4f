namespace ChatPhone.Cards.Actions;

/// <summary>
/// Submits a call queue's edit form (<see cref="VoiceApps.CallQueueEditForm"/>): the queue it edits and when that queue
/// was read (its <c>UpdatedAt</c> as UTC ticks: a date-shaped string would be reformatted by JSON readers on the way), so a
/// form opened before someone else's change is refused rather than applied over it. The inputs are named by <see cref="CallQueueEditFields"/>. The id is looked up in the clicker's own
/// tenant and only an admin's submit is planned.
/// </summary>
public sealed record EditCallQueuePayload(string QueueId, string Seen) : ICardPayload
{
    /// <inheritdoc />
    public static string Verb => "callqueue.edit";
}

/// <summary>The input ids of the call queue edit form.</summary>
public static class CallQueueEditFields
{
    /// <summary>The queue's name.</summary>
    public const string Name = "cqName";

    /// <summary>The routing method (a <c>RoutingMethod</c> name).</summary>
    public const string Routing = "cqRouting";

    /// <summary>Agent alert time, seconds.</summary>
    public const string AlertTime = "cqAlertTime";

    /// <summary>Timeout, seconds.</summary>
    public const string Timeout = "cqTimeout";

    /// <summary>Overflow threshold, calls.</summary>
    public const string Overflow = "cqOverflow";

    /// <summary>Presence-based routing, <c>true</c> or <c>false</c>.</summary>
    public const string Presence = "cqPresence";

    /// <summary>Conference mode, <c>true</c> or <c>false</c>.</summary>
    public const string Conference = "cqConference";

    /// <summary>The agents (directory object ids, comma-separated).</summary>
    public const string Agents = "cqAgents";
}
