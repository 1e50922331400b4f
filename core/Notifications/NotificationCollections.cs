using System.Text.Json.Serialization;
using ChatPhone.Core.Commands;
using ChatPhone.Core.Storage;

namespace ChatPhone.Core.Notifications;

/// <summary>The stored collections of proactive notifications.</summary>
public static class NotificationCollections
{
    /// <summary>The tenant's outbox, by message id.</summary>
    public static readonly DocumentCollection<OutboxMessage> Outbox = new("outbox", OutboxMessage.SchemaVersion, NotificationsJson.Default.OutboxMessage);
}

/// <summary>Adds outbox messages to a command's atomic unit.</summary>
public static class Outbox
{
    /// <summary>
    /// Queues <paramref name="message"/> with the command's other changes: it is stored if and only if they
    /// are. Its id should derive from the command's idempotency key, so a retried decision queues it once.
    /// </summary>
    public static void Add(CommandContext context, OutboxMessage message) =>
        context.Put(NotificationCollections.Outbox, message.Id, message);
}

/// <summary>Source-generated JSON for notifications.</summary>
[JsonSourceGenerationOptions(
    PropertyNamingPolicy = JsonKnownNamingPolicy.CamelCase,
    UseStringEnumConverter = true,
    DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull)]
[JsonSerializable(typeof(OutboxMessage))]
[JsonSerializable(typeof(int))]
internal sealed partial class NotificationsJson : JsonSerializerContext;
