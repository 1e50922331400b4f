using ChatPhone.Core.Storage;
using ChatPhone.Core.Storage.Redis;
using StackExchange.Redis;

namespace ChatPhone.IntegrationTests.Core;

/// <summary>The embedded default store keeps every acknowledged write across a stop and start.</summary>
public sealed class EmbeddedGarnetDurabilityTests : IDisposable
{
    private readonly string _dataDirectory = Path.Combine(Path.GetTempPath(), "chatphone-durability-" + Guid.NewGuid().ToString("N"));

    [Fact]
    public async Task Restart_KeepsEveryAcknowledgedWrite()
    {
        var options = new EmbeddedStoreOptions { DataDirectory = _dataDirectory };
        using (var first = EmbeddedGarnet.Start(options))
        {
            await using var connection = await ConnectionMultiplexer.ConnectAsync(first.ConnectionString);
            var db = connection.GetDatabase();
            for (var i = 0; i < 200; i++)
            {
                await db.StringSetAsync($"k{i}", $"v{i}");
            }

            await db.HashSetAsync("h", "f", "hash-value");
            var transaction = db.CreateTransaction();
            transaction.AddCondition(Condition.HashEqual("h", "f", "hash-value"));
            _ = transaction.StringSetAsync("tx", "committed");
            Assert.True(await transaction.ExecuteAsync());
        }

        using var second = EmbeddedGarnet.Start(options);
        await using var reconnected = await ConnectionMultiplexer.ConnectAsync(second.ConnectionString);
        var reread = reconnected.GetDatabase();

        Assert.Equal("v0", await reread.StringGetAsync("k0"));
        Assert.Equal("v199", await reread.StringGetAsync("k199"));
        Assert.Equal("hash-value", await reread.HashGetAsync("h", "f"));
        Assert.Equal("committed", await reread.StringGetAsync("tx"));
    }

    public void Dispose()
    {
        if (Directory.Exists(_dataDirectory))
        {
            Directory.Delete(_dataDirectory, recursive: true);
        }
    }
}
