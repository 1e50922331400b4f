using ChatPhone.Core.Common;
using ChatPhone.Core.Notifications;
using ChatPhone.Core.Tenants;

namespace ChatPhone.Bot.Proactive;

/// <summary>Delivering due messages: find where each goes, group them by conversation, wait for the rate limits, claim each one.</summary>
public sealed partial class ProactiveSender
{
    private async Task<DateTimeOffset?> DeliverAsync(TenantId tenant, IReadOnlyList<OutboxMessage> due, CancellationToken stoppingToken)
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

        DateTimeOffset? next = null;
        var groups = planned.GroupBy(p => p.Target.Key, StringComparer.Ordinal).ToArray();
        var parallel = new ParallelOptions { MaxDegreeOfParallelism = Math.Max(1, _options.MaxParallelConversations) };
        await Parallel.ForEachAsync(groups, parallel, async (group, _) =>
        {
            var deferred = await DeliverGroupAsync(tenant, group.First().Target, group.Select(p => p.Message).ToArray(), stoppingToken);
            lock (groups)
            {
                next = Earliest(next, deferred);
            }
        });
        return next;
    }

    private async Task<DeliveryTarget> TargetAsync(TenantId tenant, OutboxMessage message, CancellationToken cancellationToken)
    {
        if (message.Recipient == RecipientKind.HelpdeskChannel)
        {
            return await references.FindHelpdeskAsync(tenant, cancellationToken) is { } channel
                ? new DeliveryTarget(channel.Reference.ConversationId, channel.Reference, null, null, null)
                : new DeliveryTarget("helpdesk", null, null, null, new Error("delivery.no_helpdesk_channel"));
        }

        var userId = Normalize(message.RecipientId);
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

            var wait = Longest(_perConversation.WaitTime(target.LimitKey), _perTenant.WaitTime(tenant.Value));
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

            (target, var decision) = await SendAsync(tenant, target, claimed.Value);
            await RecordAsync(tenant, claimed.Value, decision);
            if (decision.Step == DeliveryStep.Retry)
            {
                var retryAt = clock.GetUtcNow() + decision.Delay;
                _perConversation.Hold(target.LimitKey, retryAt);
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

    private static TimeSpan Longest(TimeSpan a, TimeSpan b) => a > b ? a : b;
}
