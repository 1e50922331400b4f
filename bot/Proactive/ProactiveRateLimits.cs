using ChatPhone.Core.Tenants;

namespace ChatPhone.Bot.Proactive;

/// <summary>
/// Teams' rate limits on proactive messages, per conversation and per tenant: how long to wait before a send, the sends
/// and chat openings that count, and a conversation held until a retry is due.
/// </summary>
public sealed class ProactiveRateLimits(TimeProvider clock)
{
    private readonly SlidingWindowLimiter _perConversation = new(RateWindow.PerConversation, clock);
    private readonly SlidingWindowLimiter _perTenant = new(RateWindow.PerTenant, clock);

    /// <summary>How long to wait before a send to <paramref name="conversation"/> keeps within both limits (zero: now).</summary>
    public TimeSpan WaitTime(TenantId tenant, string conversation)
    {
        var conversationWait = _perConversation.WaitTime(conversation);
        var tenantWait = _perTenant.WaitTime(tenant.Value);
        return conversationWait > tenantWait ? conversationWait : tenantWait;
    }

    /// <summary>Counts a message sent to <paramref name="conversation"/>.</summary>
    public void RecordSend(TenantId tenant, string conversation)
    {
        _perConversation.Record(conversation);
        _perTenant.Record(tenant.Value);
    }

    /// <summary>Counts the opening of a person's chat (against the tenant only: the conversation did not exist).</summary>
    public void RecordOpen(TenantId tenant) => _perTenant.Record(tenant.Value);

    /// <summary>Sends nothing more to <paramref name="conversation"/> before <paramref name="until"/>.</summary>
    public void Hold(string conversation, DateTimeOffset until) => _perConversation.Hold(conversation, until);
}
