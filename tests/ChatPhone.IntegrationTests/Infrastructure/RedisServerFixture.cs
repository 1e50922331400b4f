using ChatPhone.Core.Storage;
using ChatPhone.Core.Storage.Redis;
using StackExchange.Redis;

namespace ChatPhone.IntegrationTests.Infrastructure;

/// <summary>
/// The real RESP server the integration tests talk to: the one named by <c>CHATPHONE_TEST_REDIS</c>
/// (CI starts Debian's redis-server), else an in-process Garnet in a temporary folder. Never skips:
/// an unreachable named server fails every test with a message saying how to get one.
/// </summary>
public sealed class RedisServerFixture : IAsyncLifetime
{
    public const string Variable = "CHATPHONE_TEST_REDIS";

    private EmbeddedGarnet? _garnet;
    private string? _dataDirectory;

    public string ConnectionString { get; private set; } = string.Empty;

    public bool IsEmbedded => _garnet is not null;

    public async Task InitializeAsync()
    {
        var named = Environment.GetEnvironmentVariable(Variable);
        if (string.IsNullOrWhiteSpace(named))
        {
            _dataDirectory = Path.Combine(Path.GetTempPath(), "chatphone-tests-" + Guid.NewGuid().ToString("N"));
            _garnet = EmbeddedGarnet.Start(new EmbeddedStoreOptions { DataDirectory = _dataDirectory });
            ConnectionString = $"127.0.0.1:{_garnet.Port}";
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

    public Task DisposeAsync()
    {
        _garnet?.Dispose();
        if (_dataDirectory is not null && Directory.Exists(_dataDirectory))
        {
            Directory.Delete(_dataDirectory, recursive: true);
        }

        return Task.CompletedTask;
    }
}

[CollectionDefinition(Name)]
public sealed class RedisCollection : ICollectionFixture<RedisServerFixture>
{
    public const string Name = "redis";
}
