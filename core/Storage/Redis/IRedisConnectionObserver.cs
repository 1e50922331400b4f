using StackExchange.Redis;

namespace ChatPhone.Core.Storage.Redis;

/// <summary>Told once the process's store connection exists (tracing instruments it); registered in DI, optional.</summary>
public interface IRedisConnectionObserver
{
    /// <summary>Called once, right after the first connect.</summary>
    void Connected(IConnectionMultiplexer multiplexer);
}
