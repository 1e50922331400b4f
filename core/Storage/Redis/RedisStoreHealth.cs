using StackExchange.Redis;

namespace ChatPhone.Core.Storage.Redis;

/// <summary>Store health from a PING round trip.</summary>
internal sealed class RedisStoreHealth(RedisConnection connection) : IStoreHealth
{
    public async Task<bool> IsHealthyAsync(CancellationToken cancellationToken = default)
    {
        try
        {
            var db = await connection.DatabaseAsync();
            await db.PingAsync();
            return true;
        }
        catch (RedisException)
        {
            return false;
        }
        catch (TimeoutException)
        {
            return false;
        }
    }
}
