using ChatPhone.Core.Tenants;
using StackExchange.Redis;

namespace ChatPhone.Core.Storage.Redis;

/// <summary>Inbound activity ids claimed with <c>SET NX</c>, kept a day (longer than any redelivery window).</summary>
internal sealed class RedisInboundLedger(RedisConnection connection, RedisKeys keys) : IInboundLedger
{
    private static readonly TimeSpan Lifetime = TimeSpan.FromDays(1);

    public async Task<bool> TryClaimAsync(TenantId tenant, string conversationId, string activityId, CancellationToken cancellationToken = default)
    {
        var db = await connection.DatabaseAsync();
        return await db.StringSetAsync(keys.Inbound(tenant, conversationId, activityId), 1, Lifetime, When.NotExists);
    }

    public async Task ReleaseAsync(TenantId tenant, string conversationId, string activityId, CancellationToken cancellationToken = default)
    {
        var db = await connection.DatabaseAsync();
        await db.KeyDeleteAsync(keys.Inbound(tenant, conversationId, activityId));
    }
}
