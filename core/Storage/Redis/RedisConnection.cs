using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using StackExchange.Redis;

namespace ChatPhone.Core.Storage.Redis;

/// <summary>
/// Owns the process's one <see cref="ConnectionMultiplexer"/> (and the embedded Garnet when no
/// connection string is configured). Connects once, on first use or at start-up, then tells the observers.
/// </summary>
internal sealed class RedisConnection(
    IOptions<StoreOptions> options, ILoggerFactory loggerFactory, IEnumerable<IRedisConnectionObserver> observers) : IAsyncDisposable
{
    private readonly Lazy<Task<Connected>> _connected = new(() => ConnectAsync(options.Value, loggerFactory, observers));

    /// <summary>The database every adapter uses.</summary>
    public async Task<IDatabase> DatabaseAsync() => (await _connected.Value).Multiplexer.GetDatabase();

    /// <summary>The multiplexer itself, for tests that profile the commands a use case sends.</summary>
    internal async Task<IConnectionMultiplexer> MultiplexerAsync() => (await _connected.Value).Multiplexer;

    /// <inheritdoc />
    public async ValueTask DisposeAsync()
    {
        if (!_connected.IsValueCreated)
        {
            return;
        }

        var connected = await _connected.Value;
        await connected.Multiplexer.CloseAsync();
        await connected.Multiplexer.DisposeAsync();
        connected.Embedded?.Dispose();
    }

    private static async Task<Connected> ConnectAsync(
        StoreOptions options, ILoggerFactory loggerFactory, IEnumerable<IRedisConnectionObserver> observers)
    {
        var logger = loggerFactory.CreateLogger<RedisConnection>();
        EmbeddedGarnet? embedded = null;
        var connectionString = options.ConnectionString;
        if (string.IsNullOrWhiteSpace(connectionString))
        {
            embedded = EmbeddedGarnet.Start(options.Embedded);
            connectionString = embedded.ConnectionString;
            logger.LogInformation("Started embedded Garnet on 127.0.0.1:{Port} with data in {DataDirectory}",
                embedded.Port, Path.GetFullPath(options.Embedded.DataDirectory));
        }

        var configuration = ConfigurationOptions.Parse(connectionString);
        configuration.AbortOnConnectFail = false;
        configuration.ConnectTimeout = Math.Max(configuration.ConnectTimeout, options.OperationTimeoutMs);
        configuration.AsyncTimeout = options.OperationTimeoutMs;
        configuration.SyncTimeout = options.OperationTimeoutMs;
        // A chat turn must answer in time: fail pending commands while disconnected instead of queueing them.
        configuration.BacklogPolicy = BacklogPolicy.FailFast;
        // Try to reconnect every second rather than backing off exponentially (up to 10 s): after an outage, people
        // are told "try again in a moment", so the moment should be short.
        configuration.ReconnectRetryPolicy = new LinearRetry(1000);

        var multiplexer = await ConnectionMultiplexer.ConnectAsync(configuration);
        logger.LogInformation("Connected to the store at {Endpoints}", string.Join(", ", configuration.EndPoints));
        foreach (var observer in observers)
        {
            observer.Connected(multiplexer);
        }

        return new Connected(multiplexer, embedded);
    }

    private sealed record Connected(ConnectionMultiplexer Multiplexer, EmbeddedGarnet? Embedded);
}
