using ChatPhone.Bot.Channels;
using ChatPhone.Core.Common;
using ChatPhone.Core.Notifications;
using ChatPhone.Core.Numbers;
using ChatPhone.Core.Tenants;
using Microsoft.Bot.Schema;

namespace ChatPhone.Bot.Proactive.Renderers;

/// <summary>"Tell your users" (step 5): the person's new number, in E.164 and national form, and where Teams shows it.</summary>
public sealed class NumberAssignedRenderer : INotificationRenderer
{
    /// <inheritdoc />
    public NotificationKind Kind => NotificationKind.NumberAssigned;

    /// <inheritdoc />
    public Task<Activity?> RenderAsync(TenantId tenant, OutboxMessage message, Language language, ChannelCapabilities channel, CancellationToken cancellationToken)
    {
        if (!message.Data.TryGetValue("number", out var number) || string.IsNullOrWhiteSpace(number))
        {
            return Task.FromResult<Activity?>(null);
        }

        var text = E164Number.TryParse(number) is { IsSuccess: true } parsed
            ? ProactiveText.Get(language, "NumberAssigned", parsed.Value.Value, parsed.Value.National())
            : ProactiveText.Get(language, "NumberAssigned_Plain", number);
        return Task.FromResult<Activity?>(new Activity(ActivityTypes.Message) { Text = text });
    }
}
