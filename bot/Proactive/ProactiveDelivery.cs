using System.Collections.Concurrent;
using ChatPhone.Core.Common;
using ChatPhone.Core.Notifications;
using ChatPhone.Core.Tenants;
using Microsoft.Extensions.Options;

namespace ChatPhone.Bot.Proactive;

/// <summary>
/// Delivers a tenant's due messages: finds where each goes, groups them by conversation (conversations in parallel, the
/// messages of one oldest first), waits for the rate limits, claims each one, has it sent, and records what came of it.
/// </summary>
public sealed class ProactiveDelivery(
    OutboxService outbox,
    ConversationReferenceStore references,
    NotificationRenderers renderers,
    ClaimedMessageSender sender,
    ProactiveRateLimits limits,
    WaitingRecipients waiting,
    IOptions<ProactiveOptions> options,
    TimeProvider clock,
    ILogger<ProactiveDelivery> logger)
{
    private const int MaxPerSweep = 500;
    private readonly ProactiveOptions _options = options.Value;
    private readonly ConcurrentDictionary<NotificationKind, byte> _unrenderable = new();

    /// <summary>
    /// Delivers the <paramref name="due"/> messages of <paramref name="tenant"/>, oldest first, up to a sweep's worth. Returns
    /// when to come back for those left (a rate-limit slot too far away, a retry), or null when none is.
    /// </summary>
    public async Task<DateTimeOffset?> DeliverAsync(TenantId tenant, IReadOnlyList<OutboxMessage> due, CancellationToken stoppingToken)
    {
        if (due.Count == 0)
        {
            return null;
        }

        var planned = new List<(DeliveryTarget Target, OutboxMessage Message)>();
        foreach (var message in due.OrderBy(m => m.CreatedAt).Take(MaxPerSweep))
        {
            // A kind this build cannot write stays Pending (a build that can will send it), rather than being lost.
            if (renderers.For(message.Kind) is null)
            {
                if (_unrenderable.TryAdd(message.Kind, 0))
                {
                    logger.LogWarning("No renderer for {Kind} messages: they stay pending until one is registered", message.Kind);
                }

                continue;
            }

            planned.Add((await TargetAsync(tenant, message, stoppingToken), message));
        }

        var deferred = new ConcurrentBag<DateTimeOffset?>();
        var groups = planned.GroupBy(p => p.Target.Key, StringComparer.Ordinal).ToArray();
        var parallel = new ParallelOptions { MaxDegreeOfParallelism = Math.Max(1, _options.MaxParallelConversations) };
        await Parallel.ForEachAsync(groups, parallel, async (group, _) =>
            deferred.Add(await DeliverGroupAsync(tenant, group.First().Target, group.Select(p => p.Message).ToArray(), stoppingToken)));
        return deferred.Min();
    }

    private async Task<DeliveryTarget> TargetAsync(TenantId tenant, OutboxMessage message, CancellationToken cancellationToken)
    {
        if (message.Recipient == RecipientKind.HelpdeskChannel)
        {
            return await references.FindHelpdeskAsync(tenant, cancellationToken) is { } channel
                ? new DeliveryTarget(channel.Reference.ConversationId, channel.Reference, null, null, null)
                : new DeliveryTarget("helpdesk", null, null, null, new Error("delivery.no_helpdesk_channel"));
        }

        var userId = RecipientKey.Of(message.RecipientId);
        var contact = await references.FindContactAsync(tenant, userId, cancellationToken);
        if (contact?.Personal is { } personal)
        {
            return new DeliveryTarget(personal.ConversationId, personal, null, null, null);
        }

        return await references.FindEndpointAsync(tenant, cancellationToken) is { } endpoint
            ? new DeliveryTarget("person:" + userId, null, endpoint, contact?.ChannelUserId ?? userId, null)
            : new DeliveryTarget("person:" + userId, null, null, null, new Error("delivery.no_conversation"));
    }

    // Messages of one conversation, oldest first, one at a time. Returns when to come back for the rest (a rate-limit
    // slot further away than MaxInlineWaitMs, or a retry), or null when the group is done.
    private async Task<DateTimeOffset?> DeliverGroupAsync(TenantId tenant, DeliveryTarget target, IReadOnlyList<OutboxMessage> messages, CancellationToken stoppingToken)
    {
        foreach (var message in messages)
        {
            if (stoppingToken.IsCancellationRequested)
            {
                return null;
            }

            var wait = limits.WaitTime(tenant, target.LimitKey);
            if (wait > TimeSpan.FromMilliseconds(_options.MaxInlineWaitMs))
            {
                return clock.GetUtcNow() + wait;
            }

            if (wait > TimeSpan.Zero && !await DelayAsync(wait, stoppingToken))
            {
                return null;
            }

            var claimed = await outbox.ClaimAsync(tenant, message, Lease, CancellationToken.None);
            if (!claimed.IsSuccess)
            {
                logger.LogDebug("Message {MessageId} of tenant {Tenant} was taken by another sender", message.Id, tenant);
                continue;
            }

            (target, var decision) = await sender.SendAsync(tenant, target, claimed.Value);
            await RecordAsync(tenant, claimed.Value, decision);
            if (decision.Step == DeliveryStep.Retry)
            {
                var retryAt = clock.GetUtcNow() + decision.Delay;
                limits.Hold(target.LimitKey, retryAt);
                return retryAt;
            }
        }

        return null;
    }

    private TimeSpan Lease => TimeSpan.FromMilliseconds(Math.Max(_options.ClaimLeaseSeconds * 1000.0, 3.0 * _options.SendTimeoutMs));

    private async Task<bool> DelayAsync(TimeSpan wait, CancellationToken stoppingToken)
    {
        try
        {
            await Task.Delay(wait, clock, stoppingToken);
            return true;
        }
        catch (OperationCanceledException)
        {
            return false;
        }
    }

    private async Task RecordAsync(TenantId tenant, OutboxMessage claimed, DeliveryDecision decision)
    {
        if (decision.Step == DeliveryStep.WaitForContact)
        {
            // Before it is stored: a contact from this person from now on resumes it.
            waiting.Add(tenant, claimed.RecipientId);
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
