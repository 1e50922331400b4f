using System.Collections.Concurrent;
using ChatPhone.Bot.Channels;
using ChatPhone.Core.Common;
using ChatPhone.Core.Notifications;
using ChatPhone.Core.Tenants;

namespace ChatPhone.Bot.Proactive;

/// <summary>Sending one claimed message and recording what came of it.</summary>
public sealed partial class ProactiveSender
{
    // One claimed message: open the person's chat when there is none, render, send once. Never cancelled half-way.
    private async Task<(DeliveryTarget Target, DeliveryDecision Decision)> SendAsync(TenantId tenant, DeliveryTarget target, OutboxMessage message)
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
        _perConversation.Record(target.LimitKey);
        _perTenant.Record(tenant.Value);
        var sent = _policy.Decide(outcome, message.Attempts, message.Recipient, Random.Shared.NextDouble());
        return (target, sent.Step == DeliveryStep.Sent ? sent with { ActivityId = (outcome as SendOutcome.Accepted)?.Id } : sent);
    }

    // Opens the 1:1 chat of a person the bot never had one with (Teams answers with the existing one if there is).
    private async Task<(StoredReference? Opened, DeliveryDecision Decision)> OpenAsync(TenantId tenant, DeliveryTarget target, OutboxMessage message)
    {
        var endpoint = target.Endpoint!;
        using var timeout = new CancellationTokenSource(TimeSpan.FromMilliseconds(_options.SendTimeoutMs), clock);
        var outcome = await connector.CreatePersonalConversationAsync(endpoint, target.MemberId!, timeout.Token);
        _perTenant.Record(tenant.Value);
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
            UserAadObjectId = Normalize(message.RecipientId),
        };
        try
        {
            await references.SavePersonalAsync(tenant, Normalize(message.RecipientId), opened, CancellationToken.None);
        }
        catch (Exception exception)
        {
            // Not fatal: the chat exists, and opening it again next time just finds it.
            logger.LogWarning(exception, "Could not store the personal chat opened with {UserId} in tenant {Tenant}", message.RecipientId, tenant);
        }

        logger.LogInformation("Opened a personal chat with {UserId} in tenant {Tenant}", message.RecipientId, tenant);
        return (opened, decision);
    }

    private async Task RecordAsync(TenantId tenant, OutboxMessage claimed, DeliveryDecision decision)
    {
        if (decision.Step == DeliveryStep.WaitForContact)
        {
            // Before it is stored: a contact from this person from now on resumes it.
            _waiting.GetOrAdd(tenant, _ => new ConcurrentDictionary<string, byte>(StringComparer.Ordinal)).TryAdd(Normalize(claimed.RecipientId), 0);
        }

        var failure = decision.Failure;
        var recorded = decision.Step switch
        {
            DeliveryStep.Sent => await outbox.MarkSentAsync(tenant, claimed, decision.ActivityId, CancellationToken.None),
            DeliveryStep.Retry => await outbox.ScheduleRetryAsync(tenant, claimed, clock.GetUtcNow() + decision.Delay, failure!, CancellationToken.None),
            DeliveryStep.WaitForContact => await outbox.MarkWaitingForContactAsync(tenant, claimed, failure!, CancellationToken.None),
            DeliveryStep.Unknown => await outbox.MarkUnknownAsync(tenant, claimed, failure!, CancellationToken.None),
            _ => await outbox.MarkFailedAsync(tenant, claimed, failure!, CancellationToken.None),
        };

        if (!recorded.IsSuccess)
        {
            logger.LogWarning("Could not record the outcome {Step} of message {MessageId} of tenant {Tenant}: {Error}",
                decision.Step, claimed.Id, tenant, recorded.Error.Code);
        }
        else if (decision.Step == DeliveryStep.Sent)
        {
            logger.LogInformation("Sent {Kind} message {MessageId} of tenant {Tenant} (attempt {Attempt})", claimed.Kind, claimed.Id, tenant, claimed.Attempts);
        }
        else
        {
            logger.LogWarning("{Kind} message {MessageId} of tenant {Tenant}: {Step} after attempt {Attempt} ({Error}); next try at {NextAttemptAt}",
                claimed.Kind, claimed.Id, tenant, decision.Step, claimed.Attempts, failure?.Code, recorded.Value.NextAttemptAt);
        }
    }
}
