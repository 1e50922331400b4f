using System.Text.Json.Serialization;
using ChatPhone.Core.Storage;

namespace ChatPhone.Core.CallQueues;

/// <summary>The stored collections of the CallQueues area.</summary>
public static class CallQueueCollections
{
    /// <summary>Call queues, by id.</summary>
    public static readonly DocumentCollection<CallQueue> Queues = new("call-queues", CallQueue.SchemaVersion, CallQueuesJson.Default.CallQueue);
}

/// <summary>Source-generated JSON for the CallQueues area (aggregates and command results).</summary>
[JsonSourceGenerationOptions(
    PropertyNamingPolicy = JsonKnownNamingPolicy.CamelCase,
    UseStringEnumConverter = true,
    DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull)]
[JsonSerializable(typeof(CallQueue))]
[JsonSerializable(typeof(CallQueueSaved))]
[JsonSerializable(typeof(CallQueueSettings))]
[JsonSerializable(typeof(VoiceApps.VoiceAppDeleted))]
internal sealed partial class CallQueuesJson : JsonSerializerContext;
