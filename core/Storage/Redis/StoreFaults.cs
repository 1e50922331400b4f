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

    /// <summary>
    /// False only when the client says the command never left it (no connection: failed fast, or timed out waiting to
    /// be written); any other failure may have reached the server, which may have applied it.
    /// </summary>
    internal static bool MayHaveBeenSent(Exception exception) =>
        exception switch
        {
            RedisConnectionException connection => !NeverSent(connection.CommandStatus),
            RedisTimeoutException timeout => !NeverSent(timeout.Commandstatus),
            _ => true,
        };

    private static bool NeverSent(CommandStatus status) => status is CommandStatus.WaitingToBeSent or CommandStatus.WaitingInBacklog;
}
