using StackExchange.Redis;

namespace ChatPhone.IntegrationTests.Infrastructure;

/// <summary>
/// The real RESP server the integration tests talk to: the one named by <c>CHATPHONE_TEST_REDIS</c>
/// (CI starts Debian's redis-server), else an in-process Garnet in a temporary folder. Never skips:
/// an unreachable named server fails every test with a message saying how to get one.
/// </summary>
public sealed class RedisServerFixture : IAsyncLifetime, IRespServer
{
    public const string Variable = "CHATPHONE_TEST_REDIS";

    private GarnetFixture? _garnet;

    public string ConnectionString { get; private set; } = string.Empty;

    public bool IsEmbedded => _garnet is not null;

    /// <inheritdoc />
    public string Describe => IsEmbedded ? "Garnet (in-process)" : "redis " + ConnectionString;

    public async Task InitializeAsync()
    {
        var named = Environment.GetEnvironmentVariable(Variable);
        if (string.IsNullOrWhiteSpace(named))
        {
            _garnet = new GarnetFixture();
            await _garnet.InitializeAsync();
            ConnectionString = _garnet.ConnectionString;
            return;
        }

        ConnectionString = named;
        try
        {
            await using var probe = await ConnectionMultiplexer.ConnectAsync(named + ",connectTimeout=3000,abortConnect=true");
            await probe.GetDatabase().PingAsync();
        }
        catch (RedisConnectionException exception)
        {
            throw new InvalidOperationException(
                $"{Variable}={named} is not reachable. Start one (apt-get install redis-server && redis-server --port 6379 --daemonize yes) " +
                $"or unset {Variable} to use the in-process Garnet.", exception);
        }
    }

    public Task DisposeAsync() => _garnet?.DisposeAsync() ?? Task.CompletedTask;
}

[CollectionDefinition(Name)]
public sealed class RedisCollection : ICollectionFixture<RedisServerFixture>
{
    public const string Name = "redis";
}
