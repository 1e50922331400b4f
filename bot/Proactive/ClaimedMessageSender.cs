using ChatPhone.Bot.Channels;
using ChatPhone.Core.Common;
using ChatPhone.Core.Notifications;
using ChatPhone.Core.Tenants;
using Microsoft.Extensions.Options;

namespace ChatPhone.Bot.Proactive;

/// <summary>
/// Sends one claimed message to where it goes: opens the person's chat when there is none, renders the message in the
/// recipient's language for the channel, sends it once within the send timeout, and says what the delivery policy makes
/// of the answer. Never cancelled half-way.
/// </summary>
public sealed class ClaimedMessageSender(
    IProactiveConnector connector,
    ConversationReferenceStore references,
    NotificationRenderers renderers,
    RecipientLanguage languages,
    ProactiveRateLimits limits,
    IOptions<ProactiveOptions> options,
    TimeProvider clock,
    ILogger<ClaimedMessageSender> logger)
{
    private readonly ProactiveOptions _options = options.Value;
    private readonly DeliveryPolicy _policy = new(options.Value);

    /// <summary>Sends <paramref name="message"/> to <paramref name="target"/>, which comes back with the chat opened for it, if any.</summary>
    internal async Task<(DeliveryTarget Target, DeliveryDecision Decision)> SendAsync(TenantId tenant, DeliveryTarget target, OutboxMessage message)
    {
        if (target.Missing is { } missing)
        {
            var step = message.Recipient == RecipientKind.Person ? DeliveryStep.WaitForContact : DeliveryStep.Fail;
            return (target, new DeliveryDecision(step, missing));
        }

        if (target.Conversation is null)
        {
            var (opened, decision) = await OpenAsync(tenant, target, message);
            if (opened is null)
            {
                return (target, decision);
            }

            target = target with { Conversation = opened };
        }

        Microsoft.Bot.Schema.Activity? activity;
        try
        {
            var language = await languages.ForAsync(tenant, message, CancellationToken.None);
            activity = await renderers.For(message.Kind)!.RenderAsync(
                tenant, message, language, ChannelCapabilities.For(target.Conversation!.ChannelId, target.Conversation.ConversationType), CancellationToken.None);
        }
        catch (Exception exception)
        {
            logger.LogWarning(exception, "Rendering {Kind} message {MessageId} of tenant {Tenant} failed", message.Kind, message.Id, tenant);
            return (target, message.Attempts >= _options.MaxAttempts
                ? new DeliveryDecision(DeliveryStep.Fail, new Error("delivery.render_failed"))
                : new DeliveryDecision(DeliveryStep.Retry, new Error("delivery.render_failed"), _policy.Backoff(message.Attempts, null, Random.Shared.NextDouble())));
        }

        if (activity is null)
        {
            return (target, new DeliveryDecision(DeliveryStep.Fail, new Error("delivery.obsolete")));
        }

        // Texts carry names and ticket words from people; Teams renders markdown, so they are shown literally.
        activity.Text = string.IsNullOrEmpty(activity.Text) ? activity.Text : ChatPhone.Cards.AdaptiveCards.Markdown.Escape(activity.Text);

        using var timeout = new CancellationTokenSource(TimeSpan.FromMilliseconds(_options.SendTimeoutMs), clock);
        var outcome = await connector.SendAsync(target.Conversation!, activity, timeout.Token);
        limits.RecordSend(tenant, target.LimitKey);
        var sent = _policy.Decide(outcome, message.Attempts, message.Recipient, Random.Shared.NextDouble());
        return (target, sent.Step == DeliveryStep.Sent ? sent with { ActivityId = (outcome as SendOutcome.Accepted)?.Id } : sent);
    }

    // Opens the 1:1 chat of a person the bot never had one with (Teams answers with the existing one if there is).
    private async Task<(StoredReference? Opened, DeliveryDecision Decision)> OpenAsync(TenantId tenant, DeliveryTarget target, OutboxMessage message)
    {
        var endpoint = target.Endpoint!;
        using var timeout = new CancellationTokenSource(TimeSpan.FromMilliseconds(_options.SendTimeoutMs), clock);
        var outcome = await connector.CreatePersonalConversationAsync(endpoint, target.MemberId!, timeout.Token);
        limits.RecordOpen(tenant);
        var decision = _policy.DecideOpen(outcome, message.Attempts, Random.Shared.NextDouble());
        if (decision.Step != DeliveryStep.Sent || outcome is not SendOutcome.Accepted { Id: { } conversationId })
        {
            return (null, decision);
        }

        var opened = endpoint with
        {
            ConversationId = conversationId,
            ConversationType = "personal",
            UserId = target.MemberId,
            UserAadObjectId = RecipientKey.Of(message.RecipientId),
        };
        try
        {
            await references.SavePersonalAsync(tenant, RecipientKey.Of(message.RecipientId), opened, CancellationToken.None);
        }
        catch (Exception exception)
        {
            // Not fatal: the chat exists, and opening it again next time just finds it.
            logger.LogWarning(exception, "Could not store the personal chat opened with {UserId} in tenant {Tenant}", message.RecipientId, tenant);
        }

        logger.LogInformation("Opened a personal chat with {UserId} in tenant {Tenant}", message.RecipientId, tenant);
        return (opened, decision);
    }
}
