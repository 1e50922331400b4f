using ChatPhone.Bot.Channels;
using ChatPhone.Core.Common;
using ChatPhone.Core.Notifications;
using ChatPhone.Core.Numbers;
using ChatPhone.Core.Numbers.Porting;
using ChatPhone.Core.Tenants;
using Microsoft.Bot.Schema;

namespace ChatPhone.Bot.Proactive.Renderers;

/// <summary>A port order completed: tells the admin who submitted it which numbers now ring in Teams.</summary>
public sealed class PortCompletedRenderer(PortingService porting) : INotificationRenderer
{
    private const int MaxListed = 10;

    /// <inheritdoc />
    public NotificationKind Kind => NotificationKind.PortCompleted;

    /// <inheritdoc />
    public async Task<Activity?> RenderAsync(TenantId tenant, OutboxMessage message, Language language, ChannelCapabilities channel, CancellationToken cancellationToken)
    {
        if (!message.Data.TryGetValue("orderId", out var orderId) || string.IsNullOrWhiteSpace(orderId))
        {
            return null;
        }

        var order = await porting.GetPortOrderAsync(OutboxService.SenderActor(tenant), orderId, cancellationToken);
        if (!order.IsSuccess || order.Value.Numbers.Count == 0)
        {
            return new Activity(ActivityTypes.Message) { Text = ProactiveText.Get(language, "PortCompleted_NoNumbers", orderId) };
        }

        var numbers = order.Value.Numbers;
        var listed = string.Join(", ", numbers.Take(MaxListed).Select(n => E164Number.TryParse(n) is { IsSuccess: true } parsed ? $"{n} ({parsed.Value.National()})" : n));
        if (numbers.Count > MaxListed)
        {
            listed += $", … (+{numbers.Count - MaxListed})";
        }

        return new Activity(ActivityTypes.Message) { Text = ProactiveText.Get(language, "PortCompleted", orderId, listed) };
    }
}
