namespace ChatPhone.Core.CallQueues;

/// <summary>A call queue (reference step 7), stored in <c>call-queues</c> by id. Its resource accounts point at it.</summary>
/// <param name="Id">The queue's id (a GUID, lower-case).</param>
/// <param name="Settings">The validated settings.</param>
/// <param name="CreatedAt">When it was created.</param>
/// <param name="UpdatedAt">When it last changed.</param>
public sealed record CallQueue(string Id, CallQueueSettings Settings, DateTimeOffset CreatedAt, DateTimeOffset UpdatedAt)
{
    /// <summary>Version of the stored document shape.</summary>
    public const int SchemaVersion = 1;

    /// <summary>The queue's name.</summary>
    [System.Text.Json.Serialization.JsonIgnore]
    public string Name => Settings.Name;
}

/// <summary>The result of creating or updating a call queue: the queue and notes about adjusted values.</summary>
public sealed record CallQueueSaved(CallQueue Queue, IReadOnlyList<Common.Error> Notes);
