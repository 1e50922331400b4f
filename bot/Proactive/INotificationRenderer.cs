using ChatPhone.Bot.Channels;
using ChatPhone.Core.Common;
using ChatPhone.Core.Notifications;
using ChatPhone.Core.Tenants;
using Microsoft.Bot.Schema;

namespace ChatPhone.Bot.Proactive;

/// <summary>
/// Writes the activity for one kind of outbox message, in the recipient's language, when the sender sends it (so it
/// shows the state of that moment). Register one per kind with <c>services.AddNotificationRenderer&lt;T&gt;()</c>.
/// </summary>
public interface INotificationRenderer
{
    /// <summary>The kind of message this renders.</summary>
    NotificationKind Kind { get; }

    /// <summary>
    /// The activity to send (text or card; the sender addresses it), or null when there is nothing to say any more
    /// (what the message announced is gone): the message is then closed as Failed with <c>delivery.obsolete</c>.
    /// </summary>
    /// <param name="tenant">The tenant whose outbox holds the message (to read what it refers to).</param>
    /// <param name="message">The message.</param>
    /// <param name="language">The recipient's language.</param>
    /// <param name="channel">What the recipient's client can do (a card's buttons are written for it).</param>
    /// <param name="cancellationToken">Cancels the rendering.</param>
    Task<Activity?> RenderAsync(TenantId tenant, OutboxMessage message, Language language, ChannelCapabilities channel, CancellationToken cancellationToken);
}
