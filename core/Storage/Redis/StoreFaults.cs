using StackExchange.Redis;

namespace ChatPhone.Core.Storage.Redis;

/// <summary>Tells infrastructure faults of the store (unreachable, timed out) from bugs.</summary>
public static class StoreFaults
{
    /// <summary>True when <paramref name="exception"/> (or an inner one) means the store could not be reached in time.</summary>
    public static bool IsStoreFault(Exception exception) =>
        exception switch
        {
            RedisConnectionException or RedisTimeoutException or TimeoutException => true,
            AggregateException aggregate => aggregate.InnerExceptions.Any(IsStoreFault),
            { InnerException: { } inner } => IsStoreFault(inner),
            _ => false,
        };
}
