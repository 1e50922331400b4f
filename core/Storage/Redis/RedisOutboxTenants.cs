using ChatPhone.Core.Notifications;
using ChatPhone.Core.Tenants;
using StackExchange.Redis;

namespace ChatPhone.Core.Storage.Redis;

/// <summary>
/// Finds the tenants with an outbox by a SCAN for <c>{prefix}:{t:*}:outbox</c> on every primary (one server
/// standalone or embedded Garnet; each shard of a Redis Cluster). SCAN walks the keyspace in pages, so it never
/// blocks the server the way KEYS would.
/// </summary>
internal sealed class RedisOutboxTenants(RedisConnection connection, RedisKeys keys) : IOutboxTenants
{
    private const int PageSize = 500;

    public async Task<IReadOnlyList<TenantId>> ListAsync(CancellationToken cancellationToken = default)
    {
        var multiplexer = await connection.MultiplexerAsync();
        var database = (await connection.DatabaseAsync()).Database;
        var name = NotificationCollections.Outbox.Name;
        var pattern = keys.CollectionOfEveryTenant(name);
        var found = new HashSet<TenantId>();
        foreach (var server in multiplexer.GetServers().Where(s => s.IsConnected && !s.IsReplica))
        {
            await foreach (var key in server.KeysAsync(database, pattern, PageSize).WithCancellation(cancellationToken))
            {
                if (keys.TenantOfCollection(key.ToString(), name) is { } tenant)
                {
                    found.Add(tenant);
                }
            }
        }

        return found.OrderBy(t => t.Value, StringComparer.Ordinal).ToArray();
    }
}
