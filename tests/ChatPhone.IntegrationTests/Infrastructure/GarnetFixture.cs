using ChatPhone.Core.Storage;
using ChatPhone.Core.Storage.Redis;

namespace ChatPhone.IntegrationTests.Infrastructure;

/// <summary>
/// An in-process Garnet in a temporary folder, whatever <c>CHATPHONE_TEST_REDIS</c> says: the tests that must run on
/// Garnet as well as on redis-server (the races of issue 8) use it, so CI covers both stores.
/// </summary>
public sealed class GarnetFixture : IAsyncLifetime, IRespServer
{
    private readonly string _dataDirectory = Path.Combine(Path.GetTempPath(), "chatphone-garnet-" + Guid.NewGuid().ToString("N"));
    private EmbeddedGarnet? _garnet;

    /// <inheritdoc />
    public string ConnectionString { get; private set; } = string.Empty;

    /// <inheritdoc />
    public string Describe => "Garnet (in-process)";

    public Task InitializeAsync()
    {
        _garnet = EmbeddedGarnet.Start(new EmbeddedStoreOptions { DataDirectory = _dataDirectory });
        ConnectionString = _garnet.ConnectionString;
        return Task.CompletedTask;
    }

    public Task DisposeAsync()
    {
        _garnet?.Dispose();
        if (Directory.Exists(_dataDirectory))
        {
            Directory.Delete(_dataDirectory, recursive: true);
        }

        return Task.CompletedTask;
    }
}

[CollectionDefinition(Name)]
public sealed class GarnetCollection : ICollectionFixture<GarnetFixture>
{
    public const string Name = "garnet";
}
